using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// A draft against the curated report (<see cref="DraftComparison"/>). Qualitative curated figures
    /// (no number) are counted apart and not in the recall: a drafter of numbers cannot propose them.
    /// </summary>
    /// <param name="ReportId">The report.</param>
    /// <param name="CuratedFigures">Curated targets and actuals with a value.</param>
    /// <param name="Qualitative">Curated figures without a value, left out of the recall.</param>
    /// <param name="FigureProposals">Figures proposed.</param>
    /// <param name="MatchedFigures">Proposals paired with a curated figure at the same number.</param>
    /// <param name="ValuesFound">Curated figures proposed with the right value.</param>
    /// <param name="ValueAndUnit">Curated figures proposed with the right value and unit.</param>
    /// <param name="AllFields">Curated figures proposed with value, max, unit, bound, period, section, aspirational and (where curated) indicator right.</param>
    /// <param name="DismissalProposals">Dismissals proposed (entries, one text each).</param>
    /// <param name="MatchedDismissals">Dismissal entries whose every number the curated report dismisses (or quotes only as context, not as a figure's number).</param>
    /// <param name="DismissalReasons">Matched dismissal entries with the curated reason.</param>
    /// <param name="Fields">Per field.</param>
    /// <param name="Misses">One line per curated figure not proposed right, and per proposal not matched (for the curator, not scored).</param>
    public sealed record DraftScore(
        string ReportId,
        int CuratedFigures,
        int Qualitative,
        int FigureProposals,
        int MatchedFigures,
        int ValuesFound,
        int ValueAndUnit,
        int AllFields,
        int DismissalProposals,
        int MatchedDismissals,
        int DismissalReasons,
        IReadOnlyList<FieldScore> Fields,
        IReadOnlyList<string> Misses)
    {
        /// <summary>Proposals (figures and dismissal entries) that match a curated figure or dismissal.</summary>
        public decimal Precision => FigureProposals + DismissalProposals == 0 ? 1m : (decimal)(MatchedFigures + MatchedDismissals) / (FigureProposals + DismissalProposals);

        /// <summary>Figure proposals that match a curated figure.</summary>
        public decimal FigurePrecision => FigureProposals == 0 ? 1m : (decimal)MatchedFigures / FigureProposals;

        /// <summary>Curated figures proposed with the right value.</summary>
        public decimal ValuesFoundRecall => CuratedFigures == 0 ? 1m : (decimal)ValuesFound / CuratedFigures;

        /// <summary>Curated figures proposed with the right value and unit.</summary>
        public decimal ValueAndUnitRecall => CuratedFigures == 0 ? 1m : (decimal)ValueAndUnit / CuratedFigures;

        /// <summary>Curated figures proposed with every field right.</summary>
        public decimal AllFieldsRecall => CuratedFigures == 0 ? 1m : (decimal)AllFields / CuratedFigures;

        /// <summary>The scores of several reports added up, as one named <paramref name="name"/>.</summary>
        public static DraftScore Total(string name, IReadOnlyList<DraftScore> scores)
            => new(name,
                scores.Sum(s => s.CuratedFigures), scores.Sum(s => s.Qualitative), scores.Sum(s => s.FigureProposals), scores.Sum(s => s.MatchedFigures),
                scores.Sum(s => s.ValuesFound), scores.Sum(s => s.ValueAndUnit), scores.Sum(s => s.AllFields), scores.Sum(s => s.DismissalProposals), scores.Sum(s => s.MatchedDismissals),
                scores.Sum(s => s.DismissalReasons),
                scores.Count == 0 ? new List<FieldScore>() : scores[0].Fields.Select((f, i) => scores.Skip(1).Aggregate(f, (sum, s) => sum.Plus(s.Fields[i]))).ToList(),
                scores.SelectMany(s => s.Misses).ToList());
    }
}
