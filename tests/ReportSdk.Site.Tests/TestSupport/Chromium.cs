using Microsoft.Playwright;

namespace ReportSdk.Site.Tests.TestSupport;

/// <summary>
/// Debian's chromium, launched by Playwright: no browser download is possible here, so the tests
/// use the system's. Without it they fail (never skip), saying how to install it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a quiet, offline browser: no first-run, sync, component or background traffic.</summary>
    public static readonly string[] Args =
    {
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    };

    /// <summary>Launches the browser (with a fresh profile: Playwright gives each launch its own user-data-dir).</summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed.</exception>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing: the browser tests need Debian's chromium package at {ExecutablePath}. "
                + "Install it with 'apt-get update && apt-get install -y chromium' (.ci/run does this when it is missing).");
        }
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }
}
