using System.Globalization;
using System.Text;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The anchor GitHub gives a Markdown heading (the algorithm of github-slugger): lowercase;
    /// letters, digits, marks, '_' and '-' kept; each space becomes '-'; everything else (the em
    /// dash, '#', parentheses, commas…) is dropped. Runs of '-' are not merged, so
    /// <c>RS1001 — YAML syntax error</c> becomes <c>rs1001--yaml-syntax-error</c>.
    /// </summary>
    /// <remarks>A heading that repeats an earlier one gets a suffix (-1, -2…) on GitHub; the headings linked here are unique.</remarks>
    internal static class HeadingAnchor
    {
        /// <summary>The anchor, without '#', of the heading text (without the leading '#'s).</summary>
        public static string Of(string heading)
        {
            var anchor = new StringBuilder(heading.Length);
            foreach (var c in heading.Trim().ToLowerInvariant())
            {
                if (c == ' ') anchor.Append('-');
                else if (c is '-' or '_' || char.IsLetterOrDigit(c) || IsMark(c)) anchor.Append(c);
            }
            return anchor.ToString();
        }

        private static bool IsMark(char c)
            => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
