using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Cuts a source text into runs at every start and end of a mark (<see cref="SourceText"/>).
    /// Marks may nest or overlap; each run lists the marks covering it in one fixed order (start,
    /// longer first, layer, id), so that the printer can keep the marks two runs share open.
    /// </summary>
    internal static class SourceLayout
    {
        public static SourceText Layout(string text, IReadOnlyList<SourceMark> marks)
        {
            var ordered = marks.Where(m => m.Start < m.End && m.End <= text.Length)
                .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Layer).ThenBy(m => m.Id, StringComparer.Ordinal)
                .ToList();
            var edges = new SortedSet<int> { 0, text.Length };
            foreach (var mark in ordered)
            {
                edges.Add(mark.Start);
                edges.Add(mark.End);
            }
            var runs = new List<SourceRun>();
            var cuts = edges.ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                var (start, end) = (cuts[i], cuts[i + 1]);
                if (start == end) continue;
                var covering = ordered.Where(m => m.Start <= start && end <= m.End).ToList();
                runs.Add(new SourceRun(text.Substring(start, end - start), covering));
            }
            return new SourceText(runs, ordered.OfType<QuoteMark>().ToList());
        }
    }
}
