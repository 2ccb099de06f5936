using System.Globalization;
using System.Text;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// Keeps text that echoes user values on one line: every finding's message (escaped where it is
    /// made, so the build log, the IDE and the CLI show the same whole message) and output whose
    /// contract is one record a line (the text and GitHub formats, messages on standard error): line
    /// breaks (CR, LF, U+0085, U+2028, U+2029) and other control characters become escapes such as
    /// <c>\n</c> or <c>\u2028</c>. Everything else, Chinese text and backslashes included, is kept as it is.
    /// </summary>
    internal static class LineText
    {
        /// <summary>The text with every line break and control character escaped.</summary>
        public static string Escape(string text) => Escape(text, keepCrLf: false);

        /// <summary>
        /// As <see cref="Escape(string)"/>, but CR and LF are left alone when <paramref name="keepCrLf"/>
        /// is true, for a caller that encodes them its own way (GitHub's <c>%0D</c>, <c>%0A</c>).
        /// </summary>
        public static string Escape(string text, bool keepCrLf)
        {
            var first = 0;
            while (first < text.Length && !NeedsEscape(text[first], keepCrLf)) first++;
            if (first == text.Length) return text;

            var result = new StringBuilder(text.Length + 8).Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (!NeedsEscape(c, keepCrLf))
                {
                    result.Append(c);
                    continue;
                }
                switch (c)
                {
                    case '\n': result.Append("\\n"); break;
                    case '\r': result.Append("\\r"); break;
                    case '\t': result.Append("\\t"); break;
                    default: result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                }
            }
            return result.ToString();
        }

        /// <summary>Whether <paramref name="c"/> is a line break or a control character (Unicode category Cc, U+2028, U+2029).</summary>
        public static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

        private static bool NeedsEscape(char c, bool keepCrLf) => IsLineBreakOrControl(c) && !(keepCrLf && (c is '\r' or '\n'));
    }
}
