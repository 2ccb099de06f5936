using System.Collections.Generic;

namespace ReportSdk.Cli.Site
{
    /// <summary>The site's own files under <c>assets/</c>: nothing is fetched from the network.</summary>
    internal static class SiteAssets
    {
        /// <summary>A small icon, so that the browser asks for no favicon elsewhere.</summary>
        public const string Icon = """
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#1d4ed8"/><rect x="3" y="9" width="2" height="4" fill="#fff"/><rect x="7" y="6" width="2" height="7" fill="#fff"/><rect x="11" y="3" width="2" height="10" fill="#fff"/></svg>

""";

        /// <summary>Each asset's path inside the site and its text.</summary>
        public static IReadOnlyList<(string Path, string Text)> All { get; } = new[]
        {
            ("assets/site.css", SiteStyles.Css),
            ("assets/site.js", SiteScript.Js),
            ("assets/icon.svg", Icon),
        };
    }
}
