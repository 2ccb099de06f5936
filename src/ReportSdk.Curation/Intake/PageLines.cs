using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The lines a page had before it was flattened. A page that turned its line breaks into spaces (…提出意见。
    /// 一、2006年计划执行情况 2006年是…) still shows where they stood: before a top-level heading mark (一、) after a space
    /// or a sentence's end, at the first space after that heading's words, and after a sentence's end followed by a space
    /// (and after the heading it opens, if its words up to the next space name a part of a report: 2021年工作回顾), and
    /// before a —— bullet after a space.
    /// Only a long line is read so: a paragraph of a report rarely runs that long. new-report finds its headings in these
    /// lines (<see cref="HeadingFinder"/>) and the drafter its paragraphs (<see cref="Drafting.ClauseSplitter"/>).
    /// </summary>
    public static class PageLines
    {
        /// <summary>The shortest line read as flattened.</summary>
        public const int FlattenedLength = 300;

        /// <summary>The longest heading read up to a space.</summary>
        private const int MaxTitleLength = 60;

        // 一、 at the line's start or after a space or a sentence's end; not 一、二、三产业, a list of numerals. Not （一）: a
        // subsection found without its section would stand at the top of the tree.
        private static readonly Regex InlineHeadingMark = new(@"(?<=^|[\s\u3000。！？!?])[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]、)", RegexOptions.CultureInvariant);

        // —— after a space: a bullet or a subtitle that opened a line (；  ——研发经费支出占GDP比重达到2.6%).
        private static readonly Regex DashAfterSpace = new(@"(?<=[\s\u3000])——(?=\S)", RegexOptions.CultureInvariant);

        // A sentence's end, then a space: where a paragraph ended.
        private static readonly Regex SpaceAfterSentence = new(@"(?<=[。！？!?])[\s\u3000]+(?=\S)", RegexOptions.CultureInvariant);

        /// <summary>The lines, and for each the 1-based line of <paramref name="text"/> it stands on.</summary>
        public static (string[] Lines, int[] SourceLines) Split(string text)
        {
            var lines = new List<string>();
            var sourceLines = new List<int>();
            var breaks = Breaks(text);
            var next = 0;
            var lineNumber = 1;
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var lineEnds = i == text.Length || text[i] == '\n';
                var breaksHere = next < breaks.Count && breaks[next] == i;
                if (!lineEnds && !breaksHere) continue;
                lines.Add(text.Substring(start, i - start));
                sourceLines.Add(lineNumber);
                if (breaksHere) { next++; start = i; }
                else { lineNumber++; start = i + 1; }
            }
            return (lines.ToArray(), sourceLines.ToArray());
        }

        /// <summary>The offsets in <paramref name="text"/>, in order, where a line of the page starts inside a long line.</summary>
        public static IReadOnlyList<int> Breaks(string text)
        {
            var breaks = new SortedSet<int>();
            var lineStart = 0;
            while (lineStart <= text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.Length;
                if (lineEnd - lineStart >= FlattenedLength)
                {
                    var line = text.Substring(lineStart, lineEnd - lineStart);
                    foreach (Match mark in InlineHeadingMark.Matches(line))
                    {
                        if (mark.Index > 0) breaks.Add(lineStart + mark.Index);
                        var space = IndexOfSpace(line, mark.Index + mark.Length + 1);
                        if (space > 0 && space - mark.Index <= MaxTitleLength && NextNonSpace(line, space) is var after and < int.MaxValue)
                        {
                            breaks.Add(lineStart + after);
                        }
                    }
                    foreach (Match dash in DashAfterSpace.Matches(line)) breaks.Add(lineStart + dash.Index);
                    foreach (Match space in SpaceAfterSentence.Matches(line))
                    {
                        var start = space.Index + space.Length;
                        breaks.Add(lineStart + start);
                        // 提出意见。 2021年工作回顾 2021年，是…: a heading without a number, up to the next space, when its words name a part of a report.
                        var end = IndexOfSpace(line, start + 1);
                        if (end > 0 && TitleRoles.OfUnnumberedHeading(line.Substring(start, end - start)) is not null && NextNonSpace(line, end) is var after and < int.MaxValue)
                        {
                            breaks.Add(lineStart + after);
                        }
                    }
                }
                lineStart = lineEnd + 1;
            }
            return new List<int>(breaks);
        }

        private static int IndexOfSpace(string line, int from)
        {
            for (var i = from; i < line.Length; i++)
            {
                // A space after a digit is a PDF's around a number (一、 2022 年工作回顾), inside the heading.
                if (line[i] is ' ' or '\t' or '\u3000' && !char.IsAsciiDigit(line[i - 1])) return i;
            }
            return -1;
        }

        private static int NextNonSpace(string line, int from)
        {
            for (var i = from; i < line.Length; i++)
            {
                if (!char.IsWhiteSpace(line[i])) return i;
            }
            return int.MaxValue;
        }
    }
}
