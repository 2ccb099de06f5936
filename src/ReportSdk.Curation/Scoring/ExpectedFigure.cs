using System.Collections.Generic;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// A figure a draft should propose, from a curated report or a key: where its number stands in the
    /// folded source, its list, and its fields by the names of <see cref="FigureScoring.FieldNames"/>
    /// (null where the figure has none or the truth does not say).
    /// </summary>
    /// <param name="At">Where its number starts in the folded source.</param>
    /// <param name="Fields">The value of each field, by name.</param>
    /// <param name="Describe">How a miss names it: its quote or excerpt.</param>
    public sealed record ExpectedFigure(int At, IReadOnlyDictionary<string, string?> Fields, string Describe);

    /// <summary>
    /// How a draft is scored against one kind of truth: the fields that must all be right for a figure
    /// to count as right in every field, and whether an indicator the truth does not give is wrong.
    /// </summary>
    /// <param name="Fields">The fields compared and printed.</param>
    /// <param name="AllFields">The fields of “all fields right”.</param>
    /// <param name="IndicatorOnlyWhereGiven">True: a proposed indicator counts only where the truth gives one (curated
    /// reports, whose indicators are sparse); false: an indicator proposed where the key gives none is wrong.</param>
    public sealed record ScoringRules(IReadOnlyList<string> Fields, IReadOnlyList<string> AllFields, bool IndicatorOnlyWhereGiven);
}
