using Microsoft.Playwright;
using ReportSdk.Testing;

namespace ReportSdk.Site.Tests.TestSupport;

/// <summary>
/// The site of the bundled data, written once by <c>reportsdk site</c> into a temporary folder
/// (never into the repository), and one browser for every test of the collection.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site's folder.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reportsdk-site-tests", Guid.NewGuid().ToString("N"), "site");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not started");

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Cli.Program.Run(new[] { "site", Path.Combine(RepoPaths.Root, "data"), "--out", Folder }, output, error, _ => null);
        if (exit != 0) throw new InvalidOperationException($"reportsdk site failed (exit {exit}): {error}");
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>Opens a page of the site (a path inside it, with an optional #fragment) in a fresh browser context.</summary>
    public Task<PageVisit> OpenAsync(string path, int width = 1280, int height = 900)
        => PageVisit.OpenAsync(Browser, Folder, path, width, height);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temporary folder is harmless
        }
    }
}

/// <summary>Every browser test shares one site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site in a browser";
}
