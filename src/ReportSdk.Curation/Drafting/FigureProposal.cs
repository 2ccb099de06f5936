namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// A target or actual the drafter proposes, with the fields of the report format (docs/format.md);
    /// every proposal is written <c>unreviewed: true</c> until a curator checks it.
    /// </summary>
    /// <param name="IsTarget">True for the <c>targets</c> list, false for <c>actuals</c>.</param>
    /// <param name="Key">A kebab-case key, unique in its list of the report.</param>
    /// <param name="Indicator">The indicator's code, or null.</param>
    /// <param name="Label">The words naming the quantity.</param>
    /// <param name="Value">The value as written in digits.</param>
    /// <param name="Max">The upper end of a range, or null.</param>
    /// <param name="Unit">The unit's code.</param>
    /// <param name="Measure">The measure word of a count unit, or null.</param>
    /// <param name="Bound">The bound's code.</param>
    /// <param name="Period">A year, or a range of years.</param>
    /// <param name="Kind">annual, five-year, long-range or task.</param>
    /// <param name="Headline">One of the 主要预期目标.</param>
    /// <param name="Aspirational">力争/争取/争创 wording.</param>
    /// <param name="Section">The path of the section whose text holds the quote.</param>
    /// <param name="Quote">The excerpt of the source that states it, as the source writes it; unique in the source.</param>
    /// <param name="Written">The number as written when not in digits, or null.</param>
    /// <param name="NumberStart">Where the number starts in the folded source (for matching against curated figures).</param>
    /// <param name="Line">1-based line of the number in the source.</param>
    public sealed record FigureProposal(
        bool IsTarget,
        string Key,
        string? Indicator,
        string Label,
        string Value,
        string? Max,
        string Unit,
        string? Measure,
        string Bound,
        string Period,
        string Kind,
        bool Headline,
        bool Aspirational,
        string Section,
        string Quote,
        string? Written,
        int NumberStart,
        int Line)
    {
        /// <summary>A level of an earlier year the figure after it is compared with (从2016年的695.7亿元); not written, it informs the next proposal.</summary>
        public bool IsBaseline { get; init; }
    }
}
