namespace ReportSdk
{
    /// <summary>What kind of document a report is.</summary>
    public enum ReportKind
    {
        /// <summary>政府工作报告. Code <c>government-work-report</c>.</summary>
        GovernmentWorkReport,

        /// <summary>政府工作报告(摘要), a summary. Code <c>government-work-report-summary</c>.</summary>
        GovernmentWorkReportSummary,

        /// <summary>国民经济和社会发展计划 report. Code <c>plan-report</c>.</summary>
        PlanReport,
    }
}
