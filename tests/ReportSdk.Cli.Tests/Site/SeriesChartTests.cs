using System.Text.RegularExpressions;
using ReportSdk.Cli.Site;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>The SVG chart of a series: one mark per figure, bounds drawn as bounds, the same bytes in every culture.</summary>
public class SeriesChartTests
{
    private static SeriesView GdpGrowth() => Assert.Single(SampleSite.Model().Series);

    [Fact]
    public void One_mark_per_figure_each_linking_to_its_quote()
    {
        var series = GdpGrowth();
        var svg = SeriesChart.Write(Assert.Single(series.Charts), "title");

        Assert.Equal(2, Regex.Matches(svg, "<a class=\"mark ").Count);
        Assert.Contains("<a class=\"mark target bound-at-least\" href=\"../reports/test-2021-gwr.html#q-t-growth\" data-figure=\"test-2021-gwr#t-growth\">", svg, StringComparison.Ordinal);
        Assert.Contains("<a class=\"mark actual bound-exact\" href=\"../reports/test-2021-gwr.html#q-a-growth\" data-figure=\"test-2021-gwr#a-growth\">", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void At_least_is_an_arrow_up_from_the_value_not_a_point()
    {
        var svg = SeriesChart.Write(Assert.Single(GdpGrowth().Charts), "title");
        var target = Regex.Match(svg, "<a class=\"mark target bound-at-least\".*?</a>").Value;
        var actual = Regex.Match(svg, "<a class=\"mark actual bound-exact\".*?</a>").Value;

        Assert.Contains("<polygon class=\"head\"", target, StringComparison.Ordinal);
        Assert.Contains("<line class=\"stem\"", target, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"dot\"", target, StringComparison.Ordinal);
        Assert.Contains("<circle class=\"dot\"", actual, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"head\"", actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void Coordinates_and_ticks_are_invariant(string culture)
    {
        var chart = Assert.Single(GdpGrowth().Charts);
        string invariant;
        using (new CultureScope("")) invariant = SeriesChart.Write(chart, "title");
        using (new CultureScope(culture)) Assert.Equal(invariant, SeriesChart.Write(chart, "title"));
        Assert.Matches("x1=\"[0-9.]+\"", invariant);
    }

    [Fact]
    public void Values_keep_their_decimals_as_curated()
    {
        var series = GdpGrowth();
        Assert.Equal(new[] { "3.6 %", "≥ 8.0 %" }, series.Figures.Select(f => f.ValueText));
        Assert.Equal(new[] { "2020", "2021" }, series.Figures.Select(f => f.Period));
    }
}
