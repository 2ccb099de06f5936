using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Collections;

public class ReportCollectionTests
{
    [Fact]
    public void TargetsOf_gives_the_gdp_growth_series_ordered_by_period_then_region()
    {
        var series = Reports.All.TargetsOf(Indicators.GdpGrowth);

        Assert.Equal(
            new[] { "luoyang-2017-gwr", "luoyang-2021-gwr", "jianxi-2021-gwr", "luolong-2021-plan", "luoyang-2023-gwr" },
            series.Select(t => t.Report.Id));
        Assert.Equal(series.OrderBy(t => t.Period).ThenBy(t => t.Region.GbCode, StringComparer.Ordinal), series);
    }

    [Fact]
    public void TargetsOf_by_code_equals_TargetsOf_by_indicator()
    {
        Assert.Equal(Reports.All.TargetsOf(Indicators.GdpGrowth), Reports.All.TargetsOf("gdp-growth"));
    }

    [Fact]
    public void All_is_ordered_by_id_and_finds_each_report_by_id()
    {
        var ids = Reports.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(Reports.All, r => Assert.Same(r, Reports.All.Get(r.Id)));
    }

    [Fact]
    public void A_series_is_computed_once_and_cannot_be_changed_by_a_caller()
    {
        var first = Reports.All.TargetsOf("gdp-growth");

        Assert.Same(first, Reports.All.TargetsOf(Indicators.GdpGrowth));
        Assert.False(first is Target[], "a cached series must not be a mutable array");
    }

    [Fact]
    public void An_indicator_without_figures_has_an_empty_series()
    {
        Assert.Empty(Reports.All.ActualsOf("no-such-indicator"));
    }
}
