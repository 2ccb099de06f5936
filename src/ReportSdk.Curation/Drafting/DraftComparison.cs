using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Curation.Coverage;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Text;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Scores a draft against the curated report: a proposal and a curated figure are paired when they
    /// stand at the same number of the source (the curated figure's value in its quote); several at one
    /// number (one clause, several indicators) pair by indicator first. Each field is then compared.
    /// </summary>
    public static class DraftComparison
    {
        /// <summary>The fields compared, in the order they are printed.</summary>
        public static readonly IReadOnlyList<string> FieldNames = new[]
        {
            "value", "max", "unit", "measure", "bound", "period", "kind", "list", "section", "aspirational", "headline", "indicator", "label",
        };

        /// <summary>The fields that must all be right for a figure to count as right in every field (indicator only where curated).</summary>
        public static readonly IReadOnlyList<string> AllFieldNames = new[] { "value", "max", "unit", "bound", "period", "section", "aspirational", "indicator" };

        /// <summary>Scores <paramref name="draft"/> (made without the curated figures) against <paramref name="curated"/>.</summary>
        public static DraftScore Compare(ReportSpec curated, SourceDocument source, Draft draft)
        {
            var folded = FoldedText.Fold(source.Text);
            var figures = curated.Targets.Select(f => (Figure: f, IsTarget: true)).Concat(curated.Actuals.Select(f => (Figure: f, IsTarget: false))).ToList();
            var numbered = figures.Where(f => !f.Figure.Qualitative && f.Figure.Value.Value is not null)
                .Select(f => (f.Figure, f.IsTarget, At: NumberAt(folded, f.Figure)))
                .ToList();
            var misses = new List<string>();

            // Pair at each number: same indicator first, then in order.
            var pairs = new List<(FigureSpec Figure, bool IsTarget, FigureProposal Proposal)>();
            var unpaired = draft.Figures.ToList();
            foreach (var group in numbered.Where(n => n.At >= 0).GroupBy(n => n.At))
            {
                var here = unpaired.Where(p => p.NumberStart == group.Key).ToList();
                var left = group.ToList();
                foreach (var curatedFigure in left.Where(c => c.Figure.Indicator.Value is not null).ToList())
                {
                    var same = here.FirstOrDefault(p => p.Indicator == curatedFigure.Figure.Indicator.Value);
                    if (same is null) continue;
                    pairs.Add((curatedFigure.Figure, curatedFigure.IsTarget, same));
                    here.Remove(same);
                    left.Remove(curatedFigure);
                }
                foreach (var (curatedFigure, proposal) in left.Zip(here, (c, p) => (c, p)))
                {
                    pairs.Add((curatedFigure.Figure, curatedFigure.IsTarget, proposal));
                }
                foreach (var pair in pairs) unpaired.Remove(pair.Proposal);
            }

            var scores = FieldNames.ToDictionary(n => n, n => (Curated: 0, Proposed: 0, Correct: 0), StringComparer.Ordinal);
            foreach (var (figure, isTarget) in numbered.Select(n => (n.Figure, n.IsTarget)))
            {
                foreach (var name in FieldNames)
                {
                    if (Field(figure, isTarget, name) is not null) scores[name] = (scores[name].Curated + 1, scores[name].Proposed, scores[name].Correct);
                }
            }
            foreach (var proposal in draft.Figures)
            {
                foreach (var name in FieldNames)
                {
                    if (Field(proposal, name) is not null) scores[name] = (scores[name].Curated, scores[name].Proposed + 1, scores[name].Correct);
                }
            }
            int valueAndUnit = 0, allFields = 0;
            foreach (var (figure, isTarget, proposal) in pairs)
            {
                var wrong = new List<string>();
                foreach (var name in FieldNames)
                {
                    var expected = Field(figure, isTarget, name);
                    var actual = Field(proposal, name);
                    if (expected is not null && actual is not null && Same(name, expected, actual)) scores[name] = (scores[name].Curated, scores[name].Proposed, scores[name].Correct + 1);
                    else if ((expected is not null || actual is not null) && AllFieldNames.Contains(name) && !(name == "indicator" && expected is null))
                        wrong.Add($"{name} {expected ?? "-"}≠{actual ?? "-"}");
                }
                var valueRight = Same("value", Field(figure, isTarget, "value"), Field(proposal, "value"));
                if (valueRight && Field(figure, isTarget, "unit") == Field(proposal, "unit")) valueAndUnit++;
                if (wrong.Count == 0) allFields++;
                else misses.Add($"{curated.Id.Value}: wrong {string.Join(", ", wrong)}: {figure.Quote.Value}");
            }
            foreach (var missed in numbered.Where(n => !pairs.Any(p => ReferenceEquals(p.Figure, n.Figure))))
            {
                misses.Add($"{curated.Id.Value}: not proposed: {missed.Figure.Value.Value} {missed.Figure.Unit.Value} in {missed.Figure.Quote.Value}");
            }
            foreach (var extra in unpaired)
            {
                misses.Add($"{curated.Id.Value}: extra: {extra.Value} {extra.Unit} in {extra.Quote}");
            }

            var (matchedDismissals, reasons) = ScoreDismissals(curated, source, folded, numbered.Select(n => n.At), draft, misses);
            return new DraftScore(curated.Id.Value, numbered.Count, figures.Count - numbered.Count, draft.Figures.Count, pairs.Count, valueAndUnit, allFields,
                draft.Dismissals.Count, matchedDismissals, reasons,
                FieldNames.Select(n => new FieldScore(n, scores[n].Curated, scores[n].Proposed, scores[n].Correct)).ToList(), misses);
        }

        /// <summary>
        /// A dismissal entry matches when each of its numbers is dismissed by the curated report, or stands
        /// in a curated quote without being its figure's number (2015 in 是2015年的1.24倍).
        /// </summary>
        private static (int Matched, int Reasons) ScoreDismissals(ReportSpec curated, SourceDocument source, FoldedText folded, IEnumerable<int> figureNumbers,
            Draft draft, List<string> misses)
        {
            var originalToFolded = new Dictionary<int, int>();
            for (var i = 0; i < folded.Value.Length; i++) originalToFolded[folded.OriginalOffset(i)] = i;
            var status = new Dictionary<int, NumberOccurrence>();
            foreach (var number in CoverageAnalyzer.Analyze(curated, source).Numbers)
            {
                if (originalToFolded.TryGetValue(number.Start, out var at)) status[at] = number;
            }
            var figureAt = new HashSet<int>(figureNumbers);
            int matched = 0, reasons = 0;
            foreach (var dismissal in draft.Dismissals)
            {
                var ok = dismissal.NumberStarts.All(at => !figureAt.Contains(at) && status.TryGetValue(at, out var n) && n.Status != NumberStatus.Unaccounted);
                if (!ok)
                {
                    misses.Add($"{curated.Id.Value}: dismissal not curated: {dismissal.Text} ({dismissal.Reason})");
                    continue;
                }
                matched++;
                var first = dismissal.NumberStarts.Select(at => status[at]).FirstOrDefault(n => n.Dismissal is not null);
                if (first is null || first.Dismissal!.Reason.Value == dismissal.Reason) reasons++;
            }
            return (matched, reasons);
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

        private static string? Field(FigureSpec figure, bool isTarget, string name) => name switch
        {
            "value" => figure.Value.Value,
            "max" => figure.Max.Value,
            "unit" => figure.Unit.Value,
            "measure" => figure.Measure,
            "bound" => figure.Bound.Value,
            "period" => figure.Period.Value,
            "kind" => figure.Kind.Value,
            "list" => isTarget ? "target" : "actual",
            "section" => figure.Section.Value,
            "aspirational" => figure.Aspirational ? "true" : null,
            "headline" => figure.Headline ? "true" : null,
            "indicator" => figure.Indicator.Value,
            "label" => figure.Label,
            _ => null,
        };

        private static string? Field(FigureProposal proposal, string name) => name switch
        {
            "value" => proposal.Value,
            "max" => proposal.Max,
            "unit" => proposal.Unit,
            "measure" => proposal.Measure,
            "bound" => proposal.Bound,
            "period" => proposal.Period,
            "kind" => proposal.Kind,
            "list" => proposal.IsTarget ? "target" : "actual",
            "section" => proposal.Section,
            "aspirational" => proposal.Aspirational ? "true" : null,
            "headline" => proposal.Headline ? "true" : null,
            "indicator" => proposal.Indicator,
            "label" => proposal.Label,
            _ => null,
        };

        /// <summary>Values compare as decimals (8 and 8.0 are one value); labels ignoring whitespace and width; the rest as text.</summary>
        private static bool Same(string field, string? expected, string? actual)
        {
            if (expected is null || actual is null) return expected == actual;
            if (field is "value" or "max")
            {
                return decimal.TryParse(expected, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                    && decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && a == b;
            }
            if (field == "label") return FoldedText.FoldString(expected) == FoldedText.FoldString(actual);
            return expected == actual;
        }
    }
}
