using System.Text.Json;
using ReportSdk.Luoyang;
using ReportSdk.Site.Tests.TestSupport;

namespace ReportSdk.Site.Tests.Pages;

/// <summary>The index in the browser: every report and indicator reachable, every link resolving to a file of the site.</summary>
[Collection(SiteCollection.Name)]
public class IndexPageTests
{
    private readonly SiteFixture _site;

    public IndexPageTests(SiteFixture site) => _site = site;

    [Fact]
    public async Task The_index_links_every_report_and_shows_the_dataset()
    {
        await using var visit = await _site.OpenAsync("index.html");
        var links = await visit.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.reports a')].map(a => a.getAttribute('href'))");
        Assert.Equal(Reports.All.Select(r => $"reports/{r.Id}.html").Order(StringComparer.Ordinal), links);
        Assert.Contains(Reports.Dataset.ContentHash, await visit.Page.InnerTextAsync("p.dataset"), StringComparison.Ordinal);
        // The page's own files were read from the file system, and nothing else was asked for.
        Assert.Contains(visit.Requests, url => url.EndsWith("/assets/site.css", StringComparison.Ordinal));
        Assert.Contains(visit.Requests, url => url.EndsWith("/assets/site.js", StringComparison.Ordinal));
        visit.AssertClean();
    }

    [Fact]
    public async Task Every_link_of_the_index_opens_a_page_without_errors()
    {
        await using var index = await _site.OpenAsync("index.html");
        var hrefs = await index.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs.Distinct())
        {
            await using var visit = await _site.OpenAsync(href);
            Assert.False(string.IsNullOrEmpty(await visit.Page.TitleAsync()), href);
            visit.AssertClean();
        }
        index.AssertClean();
    }

    [Fact]
    public async Task The_index_fits_a_phone_screen()
    {
        await using var visit = await _site.OpenAsync("index.html", width: 390, height: 844);
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone's screen");
        visit.AssertClean();
    }
}
