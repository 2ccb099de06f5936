using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The width at which a page broke its lines, as text copied from a PDF or a fixed-width page has it: many of its
    /// lines are as long as the longest, within <see cref="Slack"/> characters (punctuation is narrower on some pages).
    /// A page of real paragraphs has no such width. The read is of the whole page, never of one line.
    /// </summary>
    public static class PageWidth
    {
        /// <summary>The fewest lines at the width for a page to read as wrapped.</summary>
        public const int MinWrappedLines = 5;

        /// <summary>The share of a page's non-blank lines that must stand at the width.</summary>
        public const double MinWrappedShare = 0.4;

        /// <summary>The narrowest width read: shorter lines are lists and headings, not wraps.</summary>
        public const int MinWidth = 16;

        /// <summary>The widest width read: no page breaks its lines wider (a longer line is a paragraph or a flattened page).</summary>
        public const int MaxWidth = 400;

        /// <summary>How much shorter than the width a line at the width may be.</summary>
        public const int Slack = 2;

        /// <summary>The width <paramref name="lines"/> were broken at, or null for lines of real paragraphs.</summary>
        public static int? Of(IReadOnlyList<string> lines)
        {
            var lengths = lines.Select(l => l.Trim(' ', '\t', '\u3000').Length).Where(l => l > 0).ToList();
            if (lengths.Count < MinWrappedLines) return null;
            var counts = new int[MaxWidth + 1];
            foreach (var length in lengths) if (length <= MaxWidth) counts[length]++;
            // The width: the length with the most lines at it or up to Slack below it; few lines may run longer.
            var best = 0;
            var bestCount = 0;
            for (var width = MinWidth; width < counts.Length; width++)
            {
                var at = 0;
                for (var l = width - Slack; l <= width; l++) at += counts[l];
                if (at > bestCount) { best = width; bestCount = at; }
            }
            var longer = lengths.Count(l => l > best);
            return bestCount >= MinWrappedLines && bestCount >= lengths.Count * MinWrappedShare && longer <= lengths.Count / 10 ? best : null;
        }

        /// <summary>Whether <paramref name="line"/> stands at <paramref name="width"/> (null: no width).</summary>
        public static bool IsAt(string line, int? width)
        {
            var length = line.Trim(' ', '\t', '\u3000').Length;
            return width is { } w && length <= w && length >= w - Slack;
        }
    }
}
