using System.Text.Json;
using ReportSdk.Luoyang;
using ReportSdk.Site.Tests.TestSupport;

namespace ReportSdk.Site.Tests.Pages;

/// <summary>
/// An indicator page in the browser: its chart has one mark per quantified figure of the series,
/// each drawn with its bound and linking back to the figure's quote.
/// </summary>
[Collection(SiteCollection.Name)]
public class IndicatorPageTests
{
    private readonly SiteFixture _site;

    public IndicatorPageTests(SiteFixture site) => _site = site;

    public static TheoryData<string> IndicatorCodes
        => new(Reports.Registry.Indicators.Select(i => i.Code).Where(code => Series(code).Any()));

    [Theory]
    [MemberData(nameof(IndicatorCodes))]
    public async Task The_chart_has_one_mark_per_figure_of_the_series_drawn_with_its_bound(string code)
    {
        await using var visit = await _site.OpenAsync($"indicators/{code}.html");
        var marks = await visit.Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('svg.series-chart a.mark')].map(a => ({
              figure: a.dataset.figure, href: a.getAttribute('href'), classes: a.getAttribute('class'),
              heads: a.querySelectorAll('.head').length, bars: a.querySelectorAll('.bar').length,
              spans: a.querySelectorAll('.span').length }))
            """);
        var expected = Series(code).Where(f => f.Quantity is not null).ToDictionary(Name);
        var drawn = marks.EnumerateArray().ToList();
        Assert.Equal(expected.Count, drawn.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), drawn.Select(m => m.GetProperty("figure").GetString()!).Order(StringComparer.Ordinal));
        foreach (var mark in drawn)
        {
            var figure = expected[mark.GetProperty("figure").GetString()!];
            var bound = figure.Quantity!.Bound;
            Assert.Contains("bound-" + bound.ToCode(), mark.GetProperty("classes").GetString()!.Split(' '));
            // ≥ 8 % is not 8 %: bounds are drawn as arrows and ranges as bars.
            var arrows = bound is Bound.AtLeast or Bound.AtMost or Bound.MoreThan or Bound.Nearly ? 1 : 0;
            Assert.Equal(arrows, mark.GetProperty("heads").GetInt32());
            Assert.Equal(bound == Bound.Range ? 1 : 0, mark.GetProperty("bars").GetInt32());
            Assert.Equal(figure.Period.IsSingleYear ? 0 : 1, mark.GetProperty("spans").GetInt32());
            Assert.StartsWith($"../reports/{figure.Report.Id}.html#q-", mark.GetProperty("href").GetString()!, StringComparison.Ordinal);
        }
        visit.AssertClean();
    }

    [Fact]
    public async Task A_chart_mark_leads_to_the_figures_quote()
    {
        await using var visit = await _site.OpenAsync("indicators/gdp-growth.html");
        var target = Reports.All.Get("luoyang-2021-gwr").Targets.Get("gdp-growth");
        await visit.Page.ClickAsync($"svg.series-chart a.mark[data-figure='{Name(target)}']");
        await visit.Page.WaitForURLAsync("**/reports/luoyang-2021-gwr.html#q-t-gdp-growth");
        Assert.Equal("q-t-gdp-growth", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await visit.Page.Locator("#tip-q-t-gdp-growth").IsVisibleAsync());
        visit.AssertClean();
    }

    [Fact]
    public async Task Chart_marks_are_reached_with_the_keyboard()
    {
        await using var visit = await _site.OpenAsync("indicators/gdp-growth.html");
        // The header's link is the last thing to focus before the chart.
        await visit.Page.FocusAsync("header.site a");
        await visit.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("mark", await visit.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('class').split(' ')[0]"));
        visit.AssertClean();
    }

    [Fact]
    public async Task An_indicator_page_fits_a_phone_screen()
    {
        await using var visit = await _site.OpenAsync("indicators/trade-total.html", width: 390, height: 844);
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone's screen");
        var chart = await visit.Page.Locator("svg.series-chart >> nth=0").BoundingBoxAsync();
        Assert.True(chart!.Width <= 390);
        visit.AssertClean();
    }

    private static IEnumerable<Figure> Series(string code)
        => Reports.All.SelectMany(r => r.Targets.Cast<Figure>().Concat(r.Actuals)).Where(f => f.Indicator?.Code == code);

    private static string Name(Figure figure) => $"{figure.Report.Id}#{(figure is Target ? "t-" : "a-")}{figure.Key}";
}
