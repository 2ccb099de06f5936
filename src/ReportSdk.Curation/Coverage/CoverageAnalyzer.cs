using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>
    /// Finds every number in a report's normalized source — a run of digits, or a quantity in
    /// Chinese numerals (<see cref="ChineseNumerals"/>: 四家, 十五万人, 三分之一) — and whether the
    /// quote of a target or actual, or a dismissed text, accounts for it. Matching is the same as
    /// for quotes: whitespace and full/half-width punctuation are ignored.
    /// </summary>
    public static class CoverageAnalyzer
    {
        private const int ContextChars = 12;

        public static ReportCoverage Analyze(ReportSpec report, SourceDocument source)
        {
            var folded = FoldedText.Fold(source.Text);
            var spans = SectionLocator.Locate(report.Sections, folded, new List<Finding>());
            // A valid quote occurs once (RS3003): its first occurrence is the place.
            var placed = report.Targets.Select(f => (Figure: f, IsTarget: true)).Concat(report.Actuals.Select(f => (Figure: f, IsTarget: false)))
                .SelectMany(f => Occurrences(folded, f.Figure.Quote.Value, 0, folded.Value.Length).Take(1).Select(hit => (f.Figure, f.IsTarget, hit.Start, hit.End)))
                .ToList();
            var quoted = placed.Select(q => (q.Start, q.End)).ToList();
            var dismissed = report.Dismissed
                .SelectMany(d =>
                {
                    var span = d.Section.Value is { } path ? spans.FirstOrDefault(s => s.Path == path) : null;
                    return Occurrences(folded, d.Text.Value, span?.Start ?? 0, span?.End ?? folded.Value.Length).Select(hit => (Dismissal: d, hit.Start, hit.End));
                })
                .ToList();
            var lineStarts = LineStarts(source.Text);

            var numbers = new List<NumberOccurrence>();
            var tokens = NumberTokens.Find(folded.Value).Concat(ChineseNumerals.FindQuantities(folded)).OrderBy(t => t.Start);
            var sections = new InnermostSection(spans);
            foreach (var (start, length) in tokens)
            {
                var end = start + length;
                var dismissal = dismissed.FirstOrDefault(d => d.Start <= start && end <= d.End).Dismissal;
                var status = quoted.Any(q => q.Start <= start && end <= q.End) ? NumberStatus.Quoted
                    : dismissal is not null ? NumberStatus.Dismissed
                    : NumberStatus.Unaccounted;
                var section = sections.Of(start, end);
                var contextStart = Math.Max(0, start - ContextChars);
                var context = folded.Value.Substring(contextStart, Math.Min(folded.Value.Length, end + ContextChars) - contextStart);
                var original = folded.OriginalSpan(start, end);
                numbers.Add(new NumberOccurrence(folded.Value.Substring(start, length), LineOf(lineStarts, folded.OriginalOffset(start)),
                    section?.Path ?? "", section?.Role ?? "", status, context)
                {
                    Start = original.Start,
                    End = original.End,
                    Dismissal = status == NumberStatus.Dismissed ? dismissal : null,
                });
            }

            var top = spans.Where(s => s.Path.IndexOf('/') < 0).ToList();
            var treeLength = top.Sum(s => s.End - s.Start);
            return new ReportCoverage(report.Id.Value, report.Path, folded.Value.Length, treeLength, numbers)
            {
                Quotes = placed.Select(q =>
                {
                    var original = folded.OriginalSpan(q.Start, q.End);
                    return new QuotePlacement(q.Figure, q.IsTarget, original.Start, original.End);
                }).ToList(),
                Headings = spans.Select(s =>
                {
                    var original = folded.OriginalSpan(s.Start, s.Start + FoldedText.FoldString(s.Section.Number + s.Section.Title.Value).Length);
                    return new HeadingPlacement(s.Path, s.Section, original.Start, original.End);
                }).ToList(),
            };
        }

        private static IEnumerable<(int Start, int End)> Occurrences(FoldedText folded, string text, int from, int to)
        {
            var needle = FoldedText.FoldString(text);
            return folded.FindAll(needle, from, to).Select(hit => (hit, hit + needle.Length));
        }

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') starts.Add(i + 1);
            }
            return starts;
        }

        private static int LineOf(List<int> lineStarts, int offset)
        {
            var index = lineStarts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
