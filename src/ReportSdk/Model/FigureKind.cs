namespace ReportSdk
{
    /// <summary>What a target or actual is about.</summary>
    public enum FigureKind
    {
        /// <summary>A goal or figure for one year. Code <c>annual</c>.</summary>
        Annual,

        /// <summary>A five-year plan period (十三五, 十四五). Code <c>five-year</c>.</summary>
        FiveYear,

        /// <summary>A long-range vision such as 2035. Code <c>long-range</c>.</summary>
        LongRange,

        /// <summary>A quantified commitment of a key-work section. Code <c>task</c>.</summary>
        Task,
    }
}
