using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ReportSdk.Generator.Emit
{
    /// <summary>
    /// How text from YAML reaches C#: every string through <see cref="String"/>, every comment
    /// through <see cref="XmlDocLines"/>. Nothing from the data is pasted into code unescaped.
    /// </summary>
    internal static class CSharp
    {
        /// <summary>A C# string literal, or <c>null</c>.</summary>
        public static string String(string? value)
        {
            if (value is null) return "null";
            var builder = new StringBuilder(value.Length + 2).Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[++i]);
                        }
                        else if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || char.IsSurrogate(c))
                        {
                            // Line breaks C# knows, controls and lone surrogates become escapes: no text can end the literal.
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            return builder.Append('"').ToString();
        }

        /// <summary>
        /// A UTF-8 string literal (<c>"…"u8</c>) holding exactly <paramref name="utf8"/>, which must
        /// be valid UTF-8 (the payload writer's output is). The compiler stores it as data in the
        /// assembly: reading it allocates nothing.
        /// </summary>
        public static string Utf8Literal(byte[] utf8)
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
            return String(text) + "u8";
        }

        /// <summary>A decimal literal from text already checked to be a plain decimal: <c>5128.4</c> → <c>5128.4m</c>.</summary>
        public static string Decimal(string? text) => text is null ? "null" : text + "m";

        public static string Bool(bool value) => value ? "true" : "false";

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Text for a <c>//</c> comment: one line, nothing that could end it.</summary>
        public static string CommentText(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text) builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? '?' : c);
            return builder.ToString();
        }

        /// <summary>The lines of an XML doc comment: XML-escaped, one line per line of text, no empty trailing line.</summary>
        public static IEnumerable<string> XmlDocLines(string text)
        {
            foreach (var line in text.Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029'))
            {
                yield return Xml(line);
            }
        }

        /// <summary>Escapes text for XML content and removes characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE, U+FFFF).</summary>
        public static string Xml(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else if ((c >= '\u0020' || c == '\t') && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && !(c >= '\u007F' && c <= '\u009F'))
                        {
                            builder.Append(c);
                        }
                        break;
                }
            }
            return builder.ToString();
        }
    }
}
