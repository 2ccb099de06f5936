namespace ReportSdk
{
    /// <summary>What a top-level section of a report does; subsections share their parent's role.</summary>
    public enum SectionRole
    {
        /// <summary>Review of the past year or period. Code <c>review</c>.</summary>
        Review,

        /// <summary>Five-year goals and long-range vision. Code <c>outlook</c>.</summary>
        Outlook,

        /// <summary>The year's targets and general requirements. Code <c>plan</c>.</summary>
        Plan,

        /// <summary>The year's key work. Code <c>key-work</c>.</summary>
        KeyWork,

        /// <summary>The government's own conduct. Code <c>government</c>.</summary>
        Government,

        /// <summary>Anything else. Code <c>other</c>.</summary>
        Other,
    }
}
