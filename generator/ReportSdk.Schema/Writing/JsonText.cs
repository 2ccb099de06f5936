using System.Globalization;
using System.Text;

namespace ReportSdk.Schema.Writing
{
    /// <summary>
    /// JSON string literals for the JSON the compiler prints by hand (this netstandard2.0 library
    /// runs inside the compiler and references no JSON library). Only what JSON requires is
    /// escaped, so Chinese text stays readable in the file.
    /// </summary>
    internal static class JsonText
    {
        /// <summary>Appends <paramref name="value"/> as a JSON string literal, quotes included.</summary>
        public static StringBuilder AppendString(this StringBuilder json, string value)
        {
            json.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\r': json.Append("\\r"); break;
                    case '\t': json.Append("\\t"); break;
                    default:
                        // Controls must be escaped; U+2028/U+2029 are escaped for JavaScript readers;
                        // a lone surrogate is escaped so the file stays valid UTF-8.
                        if (c < '\u0020' || c == '\u2028' || c == '\u2029' || IsLoneSurrogate(value, i))
                        {
                            json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            json.Append(c);
                        }
                        break;
                }
            }
            return json.Append('"');
        }

        private static bool IsLoneSurrogate(string text, int i)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
            if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
            return false;
        }
    }
}
