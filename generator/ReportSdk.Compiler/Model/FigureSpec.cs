namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// A target or an actual as curated: a quoted quantity. <see cref="Value"/> and
    /// <see cref="Max"/> keep the decimal's text exactly as written.
    /// </summary>
    public sealed record FigureSpec(
        Located<string> Key,
        Located<string?> Indicator,
        string Label,
        Located<string?> Value,
        Located<string?> Max,
        Located<string?> Unit,
        string? Measure,
        Located<string?> Bound,
        Located<string> Period,
        Located<string?> Kind,
        bool Headline,
        bool Aspirational,
        bool Qualitative,
        Located<string> Section,
        Located<string> Quote,
        string? Written,
        string? Note,
        Located<string?> ConflictsWith,
        TextLocation Location)
    {
        /// <summary>
        /// Proposed by <c>reportsdk draft</c> and not yet checked by a curator (<c>unreviewed: true</c>,
        /// warning RS3011). Data about the curation, not about the report: the resolver ignores it,
        /// so neither the payload nor the content hash depend on it.
        /// </summary>
        public bool Unreviewed { get; init; }
    }
}
