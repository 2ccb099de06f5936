namespace ReportSdk
{
    /// <summary>What an indicator measures.</summary>
    public enum IndicatorKind
    {
        /// <summary>An amount (地区生产总值 5128.4亿元). Code <c>level</c>.</summary>
        Level,

        /// <summary>A growth rate (增长8%). Code <c>growth</c>.</summary>
        Growth,

        /// <summary>A rate (失业率). Code <c>rate</c>.</summary>
        Rate,

        /// <summary>A share of a whole (占比). Code <c>share</c>.</summary>
        Share,

        /// <summary>A change of a rate, in percentage points. Code <c>change</c>.</summary>
        Change,
    }
}
