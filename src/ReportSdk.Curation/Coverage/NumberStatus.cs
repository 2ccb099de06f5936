namespace ReportSdk.Curation.Coverage
{
    /// <summary>What accounts for a number in the source text.</summary>
    public enum NumberStatus
    {
        /// <summary>Inside the quote of a target or an actual.</summary>
        Quoted,

        /// <summary>Inside a text the report dismisses (a year, a name…).</summary>
        Dismissed,

        /// <summary>Neither: a figure the curation has not captured yet.</summary>
        Unaccounted,
    }
}
