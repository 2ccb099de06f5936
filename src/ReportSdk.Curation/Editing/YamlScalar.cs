using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportSdk.Curation.Editing
{
    /// <summary>
    /// Text as a YAML scalar that the parser reads back as exactly that text: plain where that is
    /// safe, otherwise double-quoted with backslash, quote, line breaks and control characters
    /// escaped. The one writer of YAML values, for <c>reportsdk draft</c> and <c>new-report</c>.
    /// </summary>
    public static class YamlScalar
    {
        private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

        /// <summary>Plain when nothing in <paramref name="text"/> means something to YAML, else <see cref="Quoted"/>.</summary>
        public static string Plain(string text)
        {
            var plain = text.Length > 0
                && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[text.Length - 1])
                && Indicators.IndexOf(text[0]) < 0
                && !text.Contains(": ") && !text.Contains(" #") && !text.EndsWith(":")
                && !text.Any(c => NeedsEscape(c) || c is '[' or ']' or '{' or '}' or ',')
                && text is not ("null" or "Null" or "NULL" or "~" or "true" or "false");
            return plain ? text : Quoted(text);
        }

        /// <summary>A double-quoted scalar.</summary>
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
                    case '\r': result.Append("\\r"); break;
                    case '\t': result.Append("\\t"); break;
                    default:
                        if (NeedsEscape(c)) result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else result.Append(c);
                        break;
                }
            }
            return result.Append('"').ToString();
        }

        // Control characters, and the line and paragraph separators and BOM a reader may break or drop.
        private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';
    }
}
