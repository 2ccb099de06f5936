using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Curation.Coverage;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// Scores a draft against the curated report (<see cref="FigureScoring"/>): each curated figure stands
    /// at its number in its quote; a dismissal proposal is right when the curation dismisses each of its
    /// numbers, or quotes it only as context of another figure (the 2015 of 是2015年的1.24倍).
    /// </summary>
    public static class DraftComparison
    {
        /// <summary>
        /// Curated figures are right in every field with value, max, unit, bound, period, section,
        /// aspirational and, where the curation gives one, indicator right.
        /// </summary>
        public static readonly ScoringRules Rules = new(FigureScoring.FieldNames,
            new[] { "value", "max", "unit", "bound", "period", "section", "aspirational", "indicator" }, IndicatorOnlyWhereGiven: true);

        /// <summary>Scores <paramref name="draft"/> (made without the curated figures) against <paramref name="curated"/>.</summary>
        public static DraftScore Compare(ReportSpec curated, SourceDocument source, Draft draft)
        {
            var folded = FoldedText.Fold(source.Text);
            var figures = curated.Targets.Select(f => (Figure: f, IsTarget: true)).Concat(curated.Actuals.Select(f => (Figure: f, IsTarget: false))).ToList();
            var expected = figures.Where(f => !f.Figure.Qualitative && f.Figure.Value.Value is not null)
                .Select(f => new ExpectedFigure(NumberAt(folded, f.Figure), Fields(f.Figure, f.IsTarget), f.Figure.Quote.Value))
                .ToList();

            var originalToFolded = new Dictionary<int, int>();
            for (var i = 0; i < folded.Value.Length; i++) originalToFolded[folded.OriginalOffset(i)] = i;
            var status = new Dictionary<int, NumberOccurrence>();
            foreach (var number in CoverageAnalyzer.Analyze(curated, source).Numbers)
            {
                if (originalToFolded.TryGetValue(number.Start, out var at)) status[at] = number;
            }
            return FigureScoring.Score(curated.Id.Value, expected, figures.Count - expected.Count, draft,
                at => status.TryGetValue(at, out var n) && n.Status != NumberStatus.Unaccounted,
                at => status.TryGetValue(at, out var n) ? n.Dismissal?.Reason.Value : null,
                Rules);
        }

        /// <summary>Where a curated figure's number stands in the folded source (its first occurrence in the quote's first occurrence), or -1.</summary>
        public static int NumberAt(FoldedText folded, FigureSpec figure)
        {
            var quote = FoldedText.FoldString(figure.Quote.Value);
            var hits = folded.FindAll(quote, 0, folded.Value.Length);
            if (hits.Count == 0 || figure.Value.Value is null) return -1;
            var numbers = QuoteWording.Read(quote, figure.Value.Value, figure.Written is null ? null : FoldedText.FoldString(figure.Written));
            return numbers.Count == 0 ? -1 : hits[0] + numbers[0].Start;
        }

        private static IReadOnlyDictionary<string, string?> Fields(FigureSpec figure, bool isTarget) => new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["value"] = figure.Value.Value,
            ["max"] = figure.Max.Value,
            ["unit"] = figure.Unit.Value,
            ["measure"] = figure.Measure,
            ["bound"] = figure.Bound.Value,
            ["period"] = figure.Period.Value,
            ["kind"] = figure.Kind.Value,
            ["list"] = isTarget ? "target" : "actual",
            ["section"] = figure.Section.Value,
            ["aspirational"] = figure.Aspirational ? "true" : null,
            ["headline"] = figure.Headline ? "true" : null,
            ["indicator"] = figure.Indicator.Value,
            ["label"] = figure.Label,
        };
    }
}
