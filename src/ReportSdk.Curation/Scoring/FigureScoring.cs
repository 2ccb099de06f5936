using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// The one scorer of drafts, against curated reports (<see cref="DraftComparison"/>) and against keys
    /// (<see cref="KeyComparison"/>): a proposal and an expected figure are paired when their numbers
    /// stand at the same place of the source; several at one number (one clause, several indicators)
    /// pair by indicator first, then in order. Each field is then compared, and each dismissal proposal
    /// is right when every number it dismisses is no figure in the truth.
    /// </summary>
    public static class FigureScoring
    {
        /// <summary>Every field a figure has, in the order they are printed.</summary>
        public static readonly IReadOnlyList<string> FieldNames = new[]
        {
            "value", "max", "unit", "measure", "bound", "period", "kind", "list", "section", "aspirational", "headline", "indicator", "label",
        };

        /// <summary>Scores <paramref name="draft"/> against <paramref name="expected"/>.</summary>
        /// <param name="id">The report or document scored.</param>
        /// <param name="expected">The figures with a number, each placed.</param>
        /// <param name="unnumbered">Expected figures without a number (qualitative): counted apart, out of the recall.</param>
        /// <param name="draft">The proposals.</param>
        /// <param name="isNoFigure">Whether the number at a folded offset is dismissed (or otherwise no figure) in the truth.</param>
        /// <param name="reasonAt">The truth's reason for the number at a folded offset, if it gives one.</param>
        /// <param name="rules">What counts as right.</param>
        public static DraftScore Score(string id, IReadOnlyList<ExpectedFigure> expected, int unnumbered, Draft draft,
            Func<int, bool> isNoFigure, Func<int, string?> reasonAt, ScoringRules rules)
        {
            var misses = new List<string>();
            var pairs = Pair(expected, draft.Figures);
            var scores = rules.Fields.ToDictionary(n => n, _ => (Curated: 0, Proposed: 0, Correct: 0), StringComparer.Ordinal);
            foreach (var figure in expected)
            {
                foreach (var name in rules.Fields.Where(n => figure.Fields[n] is not null)) scores[name] = (scores[name].Curated + 1, scores[name].Proposed, scores[name].Correct);
            }
            foreach (var proposal in draft.Figures)
            {
                foreach (var name in rules.Fields.Where(n => Field(proposal, n) is not null)) scores[name] = (scores[name].Curated, scores[name].Proposed + 1, scores[name].Correct);
            }
            int valuesFound = 0, valueAndUnit = 0, allFields = 0;
            foreach (var (figure, proposal) in pairs)
            {
                var wrong = new List<string>();
                foreach (var name in rules.Fields)
                {
                    var want = figure.Fields[name];
                    var got = Field(proposal, name);
                    if (want is not null && got is not null && Same(name, want, got)) scores[name] = (scores[name].Curated, scores[name].Proposed, scores[name].Correct + 1);
                    else if ((want is not null || got is not null) && rules.AllFields.Contains(name) && !(name == "indicator" && want is null && rules.IndicatorOnlyWhereGiven))
                    {
                        wrong.Add($"{name} {want ?? "-"}≠{got ?? "-"}");
                    }
                }
                var valueRight = Same("value", figure.Fields["value"], proposal.Value);
                if (valueRight) valuesFound++;
                if (valueRight && figure.Fields["unit"] == proposal.Unit) valueAndUnit++;
                if (wrong.Count == 0) allFields++;
                else misses.Add($"{id}: wrong {string.Join(", ", wrong)}: {figure.Describe}");
            }
            var paired = new HashSet<ExpectedFigure>(pairs.Select(p => p.Expected));
            foreach (var missed in expected.Where(f => !paired.Contains(f)))
            {
                misses.Add($"{id}: not proposed: {missed.Fields["value"]} {missed.Fields["unit"]} in {missed.Describe}");
            }
            var pairedProposals = new HashSet<FigureProposal>(pairs.Select(p => p.Proposal));
            foreach (var extra in draft.Figures.Where(p => !pairedProposals.Contains(p)))
            {
                misses.Add($"{id}: extra: {extra.Value} {extra.Unit} in {extra.Quote}");
            }

            var figureAt = new HashSet<int>(expected.Select(f => f.At));
            int matchedDismissals = 0, reasons = 0;
            foreach (var dismissal in draft.Dismissals)
            {
                if (!dismissal.NumberStarts.All(at => !figureAt.Contains(at) && isNoFigure(at)))
                {
                    misses.Add($"{id}: dismissal not expected: {dismissal.Text} ({dismissal.Reason})");
                    continue;
                }
                matchedDismissals++;
                var reason = dismissal.NumberStarts.Select(reasonAt).FirstOrDefault(r => r is not null);
                if (reason is null || reason == dismissal.Reason) reasons++;
            }
            return new DraftScore(id, expected.Count, unnumbered, draft.Figures.Count, pairs.Count, valuesFound, valueAndUnit, allFields,
                draft.Dismissals.Count, matchedDismissals, reasons,
                rules.Fields.Select(n => new FieldScore(n, scores[n].Curated, scores[n].Proposed, scores[n].Correct)).ToList(), misses);
        }

        /// <summary>Pairs at each number: the same indicator first, then in order.</summary>
        private static List<(ExpectedFigure Expected, FigureProposal Proposal)> Pair(IReadOnlyList<ExpectedFigure> expected, IReadOnlyList<FigureProposal> proposals)
        {
            var pairs = new List<(ExpectedFigure, FigureProposal)>();
            var unpaired = proposals.ToList();
            foreach (var group in expected.Where(e => e.At >= 0).GroupBy(e => e.At))
            {
                var here = unpaired.Where(p => p.NumberStart == group.Key).ToList();
                var left = group.ToList();
                foreach (var figure in left.Where(e => e.Fields["indicator"] is not null).ToList())
                {
                    var same = here.FirstOrDefault(p => p.Indicator == figure.Fields["indicator"]);
                    if (same is null) continue;
                    pairs.Add((figure, same));
                    here.Remove(same);
                    left.Remove(figure);
                }
                pairs.AddRange(left.Zip(here, (e, p) => (e, p)));
                foreach (var pair in pairs) unpaired.Remove(pair.Item2);
            }
            return pairs;
        }

        /// <summary>A proposal's field by name, as text (flags: "true" or null).</summary>
        public static string? Field(FigureProposal proposal, string name) => name switch
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
