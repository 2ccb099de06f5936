namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// A number of the folded source as <see cref="QuantityFinder"/> reads it: digits (5128.4) or a
    /// Chinese numeral (四, 十五 of 十五万人), with the upper end of a range (1—2家).
    /// </summary>
    /// <param name="Start">Where the number starts in the folded text.</param>
    /// <param name="End">Just after the number (after the range's upper end when there is one); a numeral's 万/亿 (十五万人) is left after it, for the unit.</param>
    /// <param name="Value">The value as written in digits (8, 5128.4); a numeral's value in digits (四 → 4).</param>
    /// <param name="Max">The range's upper end, or null.</param>
    /// <param name="Written">The numeral as the source writes it when that is not digits (四, 十五), else null.</param>
    public sealed record FoundNumber(int Start, int End, string Value, string? Max, string? Written)
    {
        /// <summary>The number is written in Chinese numerals.</summary>
        public bool IsNumeral => Written is not null;
    }
}
