using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Curating
{
    /// <summary>Text as a YAML scalar that reads back as exactly that text: plain where that is safe, else double-quoted.</summary>
    internal static class YamlText
    {
        private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

        public static string Scalar(string text)
        {
            var plain = text.Length > 0
                && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[text.Length - 1])
                && Indicators.IndexOf(text[0]) < 0
                && !text.Contains(": ") && !text.Contains(" #") && !text.EndsWith(":")
                && !text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                && !text.Any(c => c is '[' or ']' or '{' or '}' or ',')
                && text is not ("null" or "Null" or "NULL" or "~" or "true" or "false");
            return plain ? text : Quoted(text);
        }

        /// <summary>A double-quoted scalar: backslash, quote and control characters escaped.</summary>
        public static string Quoted(string text)
        {
            var result = new StringBuilder("\"");
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': result.Append("\\\""); break;
                    case '\\': result.Append("\\\\"); break;
                    case '\n': result.Append("\\n"); break;
                    case '\t': result.Append("\\t"); break;
                    default:
                        if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') result.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        else result.Append(c);
                        break;
                }
            }
            return result.Append('"').ToString();
        }
    }
}
