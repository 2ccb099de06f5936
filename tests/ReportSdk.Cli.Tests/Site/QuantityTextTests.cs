using ReportSdk.Cli.Site;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>Values as a page prints them: the bound as a sign, the decimal as curated, the unit in Chinese.</summary>
public class QuantityTextTests
{
    [Fact]
    public void Each_bound_reads_as_what_it_means()
    {
        var report = SampleReports.Create();
        Assert.Equal("≥ 8.0 %", QuantityText.Of(report.Targets.Get("growth").Quantity));
        Assert.Equal("1–2 个", QuantityText.Of(report.Targets.Get("range").Quantity));
        Assert.Equal("no number", QuantityText.Of(report.Targets.Get("qualitative").Quantity));
        Assert.Equal("est. 5128.4 亿元", QuantityText.Of(report.Actuals.Get("gdp").Quantity));
        Assert.Equal("3.6 %", QuantityText.Of(report.Actuals.Get("growth").Quantity));
    }

    [Fact]
    public void A_measure_word_takes_the_place_of_ge()
    {
        SampleReports.Registry.TryGetUnit("count", out var count);
        Assert.Equal("家", QuantityText.UnitName(count!, "家"));
        Assert.Equal("%", QuantityText.UnitName(SampleReports.Create().Targets.Get("growth").Quantity!.Unit, null));
    }

    [Fact]
    public void Html_escapes_every_markup_character()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("", Html.Escape(null));
    }
}
