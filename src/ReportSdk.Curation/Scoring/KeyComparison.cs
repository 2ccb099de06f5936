using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// Scores a draft of a document against its hand-checked key (<see cref="FigureScoring"/>): each keyed
    /// figure stands at its marked number, placed in the report's normalized text (whitespace aside, so
    /// new-report's repairs do not move it); a dismissal proposal is right when the key says its number
    /// is no figure, or the number is a Chinese numeral the key leaves out (keys list numerals only
    /// when they are figures).
    /// </summary>
    public static class KeyComparison
    {
        /// <summary>The fields a key gives; all of them must be right, an indicator proposed where the key gives none included.</summary>
        public static readonly ScoringRules Rules = new(
            new[] { "value", "max", "unit", "measure", "bound", "period", "kind", "list", "aspirational", "indicator" },
            new[] { "value", "max", "unit", "bound", "kind", "period", "list", "aspirational", "indicator" },
            IndicatorOnlyWhereGiven: false);

        /// <summary>Scores <paramref name="draft"/> of the text <paramref name="source"/> against <paramref name="key"/>.</summary>
        public static DraftScore Compare(string id, AnswerKey key, string source, Draft draft)
        {
            var folded = FoldedText.Fold(source);
            var placed = KeyPlacement.Place(key, folded);
            var expected = placed.Where(p => p.IsPlaced && p.Entry.Figure is not null)
                .Select(p => new ExpectedFigure(p.NumberStart, Fields(p.Entry.Figure!), p.Entry.At))
                .ToList();
            var noFigure = new Dictionary<int, string>();
            var marked = new HashSet<int>();
            foreach (var number in placed.Where(p => p.IsPlaced))
            {
                foreach (var (start, end) in number.Marks)
                {
                    for (var i = start; i < end; i++)
                    {
                        marked.Add(i);
                        if (number.Entry.Not is { } reason && !noFigure.ContainsKey(i)) noFigure[i] = reason;
                    }
                }
            }
            var score = FigureScoring.Score(id, expected, 0, draft,
                at => noFigure.ContainsKey(at) || (!marked.Contains(at) && at < folded.Value.Length && !char.IsDigit(folded.Value[at])),
                at => noFigure.TryGetValue(at, out var reason) ? reason : null,
                Rules);
            var lost = placed.Where(p => !p.IsPlaced).Select(p => $"{id}: key entry not found in the report's text (repaired away?): {p.Entry.At}").ToList();
            return lost.Count == 0 ? score : score with { Misses = score.Misses.Concat(lost).ToList() };
        }

        /// <summary>What the report's metadata says that the key's document block does not: one line per field that differs.</summary>
        public static IReadOnlyList<string> CompareDocument(ReportSpec report, RegistrySpec registry, AnswerKey key)
        {
            var differences = new List<string>();
            var gbCode = registry.FindRegion(report.Region.Value)?.GbCode;
            void Check(string field, string? got, string want)
            {
                if (got != want) differences.Add($"{field} {want}≠{got ?? "-"}");
            }
            Check("region", gbCode, key.Document.Region.Value);
            Check("kind", report.Kind.Value, key.Document.Kind.Value);
            Check("reviewYear", report.ReviewYear.Value.ToString(CultureInfo.InvariantCulture), key.Document.ReviewYear.ToString(CultureInfo.InvariantCulture));
            Check("planYear", report.PlanYear.Value.ToString(CultureInfo.InvariantCulture), key.Document.PlanYear.ToString(CultureInfo.InvariantCulture));
            return differences;
        }

        private static IReadOnlyDictionary<string, string?> Fields(KeyedFigure figure) => new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["value"] = figure.Value,
            ["max"] = figure.Max,
            ["unit"] = figure.Unit,
            ["measure"] = figure.Measure,
            ["bound"] = figure.Bound,
            ["period"] = figure.Period,
            ["kind"] = figure.Kind,
            ["list"] = figure.IsTarget ? "target" : "actual",
            ["section"] = null,
            ["aspirational"] = figure.Aspirational ? "true" : null,
            ["headline"] = null,
            ["indicator"] = figure.Indicator,
            ["label"] = null,
        };
    }
}
