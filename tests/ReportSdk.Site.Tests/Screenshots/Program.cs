using Microsoft.Playwright;
using ReportSdk.Site.Tests.TestSupport;

namespace ReportSdk.Site.Tests.Screenshots;

/// <summary>
/// <c>dotnet run --project tests/ReportSdk.Site.Tests -- SITE OUT</c>: screenshots of a report page
/// (with a highlight focused and its tooltip open) and of an indicator page, from a site that
/// <c>reportsdk site</c> wrote to SITE, into OUT/site-report.png and OUT/site-series.png.
/// Run by docs/screenshots/make.sh; never by the tests.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: dotnet run --project tests/ReportSdk.Site.Tests -- SITE_FOLDER OUT_FOLDER");
            return 2;
        }
        var (site, output) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        await using (var visit = await PageVisit.OpenAsync(browser, site, "reports/luoyang-2021-gwr.html", 1280, 900))
        {
            // The key-work section, where the headline targets stand, with the GDP target's tooltip open.
            await visit.Page.EvaluateAsync("() => document.getElementById('q-t-gdp-growth').scrollIntoView({ block: 'center' })");
            await visit.Page.FocusAsync("#q-t-gdp-growth");
            await Shoot(visit, Path.Combine(output, "site-report.png"));
        }
        await using (var visit = await PageVisit.OpenAsync(browser, site, "indicators/gdp-growth.html", 1280, 900))
        {
            await Shoot(visit, Path.Combine(output, "site-series.png"));
        }
        return 0;
    }

    private static async Task Shoot(PageVisit visit, string file)
    {
        visit.AssertClean();
        await visit.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        Console.WriteLine("wrote " + file);
    }
}
