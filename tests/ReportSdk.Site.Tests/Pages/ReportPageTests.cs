using System.Text.Json;
using ReportSdk.Luoyang;
using ReportSdk.Compiler.Text;
using ReportSdk.Site.Tests.TestSupport;
using ReportSdk.Testing;

namespace ReportSdk.Site.Tests.Pages;

/// <summary>
/// A report page in the browser: the source text exactly as curated, every target's and actual's
/// quote highlighted once at the one place the source states it, and the figure's fields on focus.
/// What a page should show is taken from the compiled dataset (ReportSdk.Luoyang), not from the site.
/// </summary>
[Collection(SiteCollection.Name)]
public class ReportPageTests
{
    private readonly SiteFixture _site;

    public ReportPageTests(SiteFixture site) => _site = site;

    public static TheoryData<string> ReportIds => new(Reports.All.Select(r => r.Id));

    // Each highlight with the offset of its first character in the source text and its text,
    // continuation parts included (a quote that overlaps an earlier one goes on after it).
    private const string HighlightsScript = """
        () => {
          const article = document.getElementById('source');
          const offsetOf = el => { const r = document.createRange(); r.setStart(article, 0); r.setEndBefore(el); return r.toString().length; };
          return {
            text: article.textContent,
            highlights: [...article.querySelectorAll('mark.quote[id]')].map(el => ({
              id: el.id,
              figures: el.dataset.figures.split(' '),
              offset: offsetOf(el),
              text: el.textContent + [...article.querySelectorAll('mark.quote[data-part-of="' + el.id + '"]')].map(p => p.textContent).join(''),
            })),
          };
        }
        """;

    [Theory]
    [MemberData(nameof(ReportIds))]
    public async Task Every_quote_is_highlighted_exactly_once_at_its_place_in_the_source_text(string id)
    {
        await using var visit = await _site.OpenAsync($"reports/{id}.html");
        var page = await visit.Page.EvaluateAsync<JsonElement>(HighlightsScript);
        var source = SourceText(id);
        Assert.Equal(source, page.GetProperty("text").GetString());

        var highlights = page.GetProperty("highlights").EnumerateArray().Select(h => new
        {
            Figures = h.GetProperty("figures").EnumerateArray().Select(f => f.GetString()!).ToList(),
            Offset = h.GetProperty("offset").GetInt32(),
            Text = h.GetProperty("text").GetString()!,
        }).ToList();
        var folded = FoldedText.Fold(source);
        var report = Reports.All.Get(id);
        var figures = Figures(report).ToList();
        Assert.Equal(figures.Count, highlights.Sum(h => h.Figures.Count));
        foreach (var (anchor, figure) in figures)
        {
            var highlight = Assert.Single(highlights, h => h.Figures.Contains(anchor));
            var quote = FoldedText.FoldString(figure.Quote);
            Assert.Equal(quote, FoldedText.FoldString(highlight.Text));
            var place = Assert.Single(folded.FindAll(quote, 0, folded.Value.Length));
            Assert.True(folded.OriginalOffset(place) == highlight.Offset, $"{id} {anchor}: highlighted at {highlight.Offset}, the quote stands at {folded.OriginalOffset(place)}");
        }
        visit.AssertClean();
    }

    [Theory]
    [MemberData(nameof(ReportIds))]
    public async Task Focusing_a_highlight_shows_the_fields_of_its_figures(string id)
    {
        await using var visit = await _site.OpenAsync($"reports/{id}.html");
        var tips = await visit.Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#source mark.quote[id]')].map(el => {
              el.focus();
              const tip = document.getElementById(el.getAttribute('aria-describedby'));
              const box = tip.getBoundingClientRect();
              return { figures: el.dataset.figures.split(' '), focused: document.activeElement === el,
                       visible: !tip.hidden && box.width > 0 && box.height > 0, text: tip.innerText };
            })
            """);
        var byAnchor = Figures(Reports.All.Get(id)).ToDictionary(f => f.Anchor, f => f.Figure);
        var yaml = $"{id}.yaml:";
        foreach (var tip in tips.EnumerateArray())
        {
            Assert.True(tip.GetProperty("focused").GetBoolean());
            Assert.True(tip.GetProperty("visible").GetBoolean(), "tooltip not shown for " + tip.GetProperty("figures"));
            var text = tip.GetProperty("text").GetString()!;
            foreach (var anchor in tip.GetProperty("figures").EnumerateArray().Select(f => f.GetString()!))
            {
                var figure = byAnchor[anchor];
                var expected = new List<string> { figure.Key, figure.Label, figure.Period.ToString(), figure.Indicator?.Code ?? "none", yaml, figure is Target ? "target" : "actual" };
                if (figure.Quantity is { } quantity)
                {
                    expected.Add(quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    expected.Add(quantity.Bound.ToCode());
                }
                foreach (var field in expected) Assert.True(text.Contains(field, StringComparison.Ordinal), $"{id} {anchor}: '{field}' not in its tooltip:\n{text}");
            }
        }
        visit.AssertClean();
    }

    [Fact]
    public async Task Tab_moves_from_highlight_to_highlight_and_Escape_hides_the_tooltip()
    {
        await using var visit = await _site.OpenAsync("reports/luoyang-2021-gwr.html");
        var page = visit.Page;
        var order = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#source [tabindex=\"0\"]')].map(el => el.id)");
        // From the last link of the navigation, Tab enters the source text at its first highlight.
        await page.FocusAsync("nav.toc a >> nth=-1");
        Assert.Equal(order[0], await TabAsync(page));
        Assert.True(await TipVisibleAsync(page, order[0]));

        Assert.Equal(order[1], await TabAsync(page));
        Assert.True(await TipVisibleAsync(page, order[1]));
        Assert.False(await TipVisibleAsync(page, order[0]));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await TipVisibleAsync(page, order[1]));
        visit.AssertClean();
    }

    [Fact]
    public async Task Hovering_a_highlight_shows_its_tooltip()
    {
        await using var visit = await _site.OpenAsync("reports/luoyang-2021-gwr.html");
        await visit.Page.HoverAsync("#q-t-gdp-growth");
        Assert.True(await TipVisibleAsync(visit.Page, "q-t-gdp-growth"));
        Assert.Contains("gdp-growth", await visit.Page.InnerTextAsync("#tip-q-t-gdp-growth"), StringComparison.Ordinal);
        visit.AssertClean();
    }

    [Fact]
    public async Task A_link_to_a_quote_lands_on_it_with_its_tooltip_open()
    {
        await using var visit = await _site.OpenAsync("reports/luoyang-2021-gwr.html#q-t-gdp-growth");
        Assert.Equal("q-t-gdp-growth", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await TipVisibleAsync(visit.Page, "q-t-gdp-growth"));

        // The figure table links to the same place.
        await visit.Page.ClickAsync("#figures a.to-quote[href='#q-a-gdp']");
        Assert.Equal("q-a-gdp", await visit.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        visit.AssertClean();
    }

    [Fact]
    public async Task Dismissed_numbers_carry_their_reason_and_unaccounted_ones_are_flagged()
    {
        await using var visit = await _site.OpenAsync("reports/luoyang-2021-gwr.html");
        var reasons = await visit.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#source mark.num.dismissed')].map(el => el.dataset.reason)");
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Contains(reason, new[] { "year", "date", "duration", "name", "ordinal", "rank", "reference", "glossary", "other" }));
        await visit.Page.HoverAsync("#source mark.num.dismissed >> nth=0");
        Assert.StartsWith("dismissed (", await visit.Page.InnerTextAsync("#tip-number"), StringComparison.Ordinal);
        visit.AssertClean();
    }

    [Fact]
    public async Task A_report_page_fits_a_phone_screen()
    {
        await using var visit = await _site.OpenAsync("reports/luoyang-2021-gwr.html", width: 390, height: 844);
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone's screen");
        // One column: the navigation above the text.
        var (nav, text) = (await visit.Page.Locator("nav.toc").BoundingBoxAsync(), await visit.Page.Locator("#source").BoundingBoxAsync());
        Assert.True(nav!.Y + nav.Height <= text!.Y);
        await visit.Page.FocusAsync("#q-t-gdp-growth");
        var tip = await visit.Page.Locator("#tip-q-t-gdp-growth").BoundingBoxAsync();
        Assert.True(tip!.X >= 0 && tip.X + tip.Width <= 390, "the tooltip leaves the screen");
        visit.AssertClean();
    }

    private static string SourceText(string id) => File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "sources", id + ".txt")).Replace("\r", "");

    private static IEnumerable<(string Anchor, Figure Figure)> Figures(Report report)
        => report.Targets.Select(t => ("t-" + t.Key, (Figure)t)).Concat(report.Actuals.Select(a => ("a-" + a.Key, (Figure)a)));

    private static async Task<string> TabAsync(Microsoft.Playwright.IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        return await page.EvaluateAsync<string>("() => document.activeElement.id");
    }

    private static Task<bool> TipVisibleAsync(Microsoft.Playwright.IPage page, string highlightId)
        => page.Locator("#tip-" + highlightId).IsVisibleAsync();
}
