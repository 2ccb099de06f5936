using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// What every page shares: the head (viewport for phones, the site's own stylesheet and script,
    /// nothing from the network), a skip link, the header back to the index, and the footer with the
    /// dataset's version and content hash.
    /// </summary>
    internal static class PageLayout
    {
        /// <summary>Starts a page; <paramref name="root"/> is the way back to the site's folder (<c>""</c> or <c>"../"</c>).</summary>
        public static StringBuilder Start(string title, string root, SiteModel site)
        {
            var page = new StringBuilder();
            page.Line("<!DOCTYPE html>");
            page.Line("<html lang=\"en\">");
            page.Line("<head>");
            page.Line("<meta charset=\"utf-8\">");
            page.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            page.Line("<meta name=\"generator\" content=\"reportsdk site\">");
            page.Line($"<title>{Html.Escape(title)} · ReportSdk review</title>");
            page.Line($"<link rel=\"icon\" href=\"{root}assets/icon.svg\" type=\"image/svg+xml\">");
            page.Line($"<link rel=\"stylesheet\" href=\"{root}assets/site.css\">");
            page.Line($"<script src=\"{root}assets/site.js\" defer></script>");
            page.Line("</head>");
            page.Line("<body>");
            page.Line("<a class=\"skip\" href=\"#main\">Skip to content</a>");
            page.Line($"<header class=\"site\"><a href=\"{root}index.html\">ReportSdk review</a> <span class=\"version\">dataset {Html.Escape(site.Version)}</span></header>");
            page.Line("<main id=\"main\" tabindex=\"-1\">");
            return page;
        }

        /// <summary>Ends a page started by <see cref="Start"/> and returns its text.</summary>
        public static string End(StringBuilder page, SiteModel site)
        {
            page.Line("</main>");
            page.Line($"<footer class=\"site\">dataset version <code>{Html.Escape(site.Version)}</code>, content hash <code class=\"hash\">{Html.Escape(site.ContentHash)}</code> · written by <code>reportsdk site</code></footer>");
            page.Line("</body>");
            page.Line("</html>");
            return page.ToString();
        }

        /// <summary>A Chinese text from the data, marked as such so that the browser picks a Chinese system font.</summary>
        public static string Zh(string? text) => string.IsNullOrEmpty(text) ? "" : $"<span lang=\"zh-CN\">{Html.Escape(text)}</span>";
    }
}
