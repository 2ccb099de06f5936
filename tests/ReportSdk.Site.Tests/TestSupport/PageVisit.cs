using Microsoft.Playwright;

namespace ReportSdk.Site.Tests.TestSupport;

/// <summary>
/// One page of the site open in its own browser context, with what it did: every request it made
/// (any that is not a file of the site is aborted and recorded) and every console error,
/// uncaught exception or failed request.
/// </summary>
public sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageVisit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for, in order.</summary>
    public List<string> Requests { get; } = new();

    /// <summary>Console errors, uncaught exceptions and failed requests.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>Requests that would have left the file system.</summary>
    public IEnumerable<string> NetworkRequests => Requests.Where(url => !url.StartsWith("file:", StringComparison.Ordinal));

    public static async Task<PageVisit> OpenAsync(IBrowser browser, string siteFolder, string path, int width, int height)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var visit = new PageVisit(context, page);
        page.Request += (_, request) => visit.Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") visit.Errors.Add("console: " + message.Text);
        };
        page.PageError += (_, error) => visit.Errors.Add("exception: " + error);
        page.RequestFailed += (_, request) =>
        {
            // Requests we abort below are reported by NetworkRequests; any other failure is an error.
            if (request.Url.StartsWith("file:", StringComparison.Ordinal)) visit.Errors.Add($"failed: {request.Url} ({request.Failure})");
        };
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(FileUrl(siteFolder, path));
        return visit;
    }

    /// <summary>The file:// URL of a path inside the site, with its #fragment kept.</summary>
    public static string FileUrl(string siteFolder, string path)
    {
        var hash = path.IndexOf('#');
        var file = hash < 0 ? path : path[..hash];
        return new Uri(Path.Combine(siteFolder, file)).AbsoluteUri + (hash < 0 ? "" : path[hash..]);
    }

    /// <summary>Fails unless the page logged no error and asked for nothing outside the file system.</summary>
    public void AssertClean()
    {
        Assert.True(Errors.Count == 0, "errors in the browser:\n" + string.Join("\n", Errors));
        Assert.True(!NetworkRequests.Any(), "requests that leave the file system:\n" + string.Join("\n", NetworkRequests));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
