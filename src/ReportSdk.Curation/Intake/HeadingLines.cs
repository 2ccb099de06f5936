using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The lines of a text as <see cref="HeadingFinder"/> reads them. A page that flattened its paragraphs into one long
    /// line (its line breaks turned into spaces: …提出意见。 一、2006年计划执行情况 2006年是…) still has its top-level
    /// headings inside that line: a long line is broken before each 一、 that follows a space or a sentence end, and
    /// such a heading's words end at the first space after them, as its line did.
    /// </summary>
    public static class HeadingLines
    {
        /// <summary>The shortest line read as flattened: a paragraph of a report rarely runs this long without a heading inside.</summary>
        public const int FlattenedLength = 300;

        /// <summary>The longest heading read up to a space.</summary>
        private const int MaxTitleLength = 60;

        private static readonly Regex InlineSectionMark = new(@"(?<=[\s\u3000。！？!?])[一二三四五六七八九十]{1,3}、", RegexOptions.CultureInvariant);

        /// <summary>The lines, and for each the 1-based line of <paramref name="text"/> it stands on.</summary>
        public static (string[] Lines, int[] SourceLines) Split(string text)
        {
            var lines = new List<string>();
            var sourceLines = new List<int>();
            var raw = text.Split('\n');
            for (var i = 0; i < raw.Length; i++)
            {
                var line = raw[i];
                var start = 0;
                if (line.Length >= FlattenedLength)
                {
                    foreach (Match mark in InlineSectionMark.Matches(line))
                    {
                        if (mark.Index < start) continue;
                        lines.Add(line.Substring(start, mark.Index - start));
                        sourceLines.Add(i + 1);
                        start = mark.Index;
                        var space = IndexOfSpace(line, mark.Index + mark.Length + 1);
                        if (space > 0 && space - mark.Index <= MaxTitleLength)
                        {
                            lines.Add(line.Substring(start, space - start));
                            sourceLines.Add(i + 1);
                            start = space;
                        }
                    }
                }
                lines.Add(line.Substring(start));
                sourceLines.Add(i + 1);
            }
            return (lines.ToArray(), sourceLines.ToArray());
        }

        private static int IndexOfSpace(string line, int from)
        {
            for (var i = from; i < line.Length; i++)
            {
                if (line[i] is ' ' or '\t' or '\u3000') return i;
            }
            return -1;
        }
    }
}
