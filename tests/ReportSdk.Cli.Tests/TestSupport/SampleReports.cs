namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>A small hand-built report whose texts hold everything a writer must escape.</summary>
internal static class SampleReports
{
    public static readonly Unit Percent = new("percent", "%", "percent", "ratio", 0.01m);
    public static readonly Unit Count = new("count", "个", "count", "count", 1m);
    public static readonly Unit Money = new("100m-yuan", "亿元", "100 million yuan", "money", 100000000m);
    public static readonly Region Testville = new("testville", "测试市", "Testville", "999999", RegionLevel.Prefecture, null);
    public static readonly Indicator GdpGrowth = new("gdp-growth", "地区生产总值增长", "GDP growth", Percent, IndicatorKind.Growth);

    /// <summary>
    /// Report <c>test-2021-gwr</c>: targets <c>growth</c> (8.0 %, at-least), <c>range</c> (1—2 个),
    /// <c>qualitative</c> (no number); actual <c>gdp</c> (5128.4 亿元, estimate) whose label, quote and
    /// note hold a comma, a double quote and a line break.
    /// </summary>
    public static Report Create()
    {
        var plan = new Section("plan", "plan", "一、", "2021年目标", SectionRole.Plan, SectionList.Empty);
        var work = new Section("manufacturing", "key-work/manufacturing", "（一）", "制造业", SectionRole.KeyWork, SectionList.Empty);
        var keyWork = new Section("key-work", "key-work", "二、", "重点工作", SectionRole.KeyWork, new SectionList(work));
        var sections = new SectionList(plan, keyWork);
        var period = new Period(2021);
        var targets = new TargetList(
            new Target("growth", "生产总值增长", GdpGrowth, new Quantity(8.0m, null, Percent, null, Bound.AtLeast, period), period,
                FigureKind.Annual, true, false, plan, "生产总值增长8.0%以上", null, null),
            new Target("range", "新建园区", null, new Quantity(1m, 2m, Count, "个", Bound.Range, new Period(2021, 2025)), new Period(2021, 2025),
                FigureKind.FiveYear, false, true, work, "力争新建园区1—2个", null, null),
            new Target("qualitative", "污染防治", null, null, period, FigureKind.Task, false, false, work, "污染防治完成省定目标", null, null));
        var actuals = new ActualList(
            new Actual("gdp", "生产总值,全市", null, new Quantity(5128.4m, null, Money, null, Bound.Estimate, new Period(2020)), new Period(2020),
                FigureKind.Annual, false, false, plan, "全市\"生产总值\"达到5128.4亿元", "line one\nline two", "growth"));
        return new Report("test-2021-gwr", ReportKind.GovernmentWorkReport, Testville, new DateOnly(2021, 2, 7), "测试会议",
            new Speaker("张三", "市长"), "政府工作报告", 2020, 2021, sections, targets, actuals);
    }
}
