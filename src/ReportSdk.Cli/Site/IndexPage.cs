using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// <c>index.html</c>: every report with its region, dates, kind, counts and coverage, every
    /// indicator that has figures, and the dataset's version and content hash.
    /// </summary>
    internal static class IndexPage
    {
        public static string Write(SiteModel site)
        {
            var page = PageLayout.Start("Reports", "", site);
            page.Line("<h1>Reports</h1>");
            page.Line($"<p class=\"dataset\">Dataset version <code>{Html.Escape(site.Version)}</code>, content hash <code class=\"hash\">{Html.Escape(site.ContentHash)}</code>.</p>");

            page.Line("<div class=\"table-wrap\"><table class=\"reports\">");
            page.Line("<caption>Every report of the dataset. Coverage counts the numbers of the source text: captured by a quote, dismissed, or unaccounted for.</caption>");
            page.Line("<thead><tr><th scope=\"col\">report</th><th scope=\"col\">region</th><th scope=\"col\">delivered</th><th scope=\"col\">review / plan year</th><th scope=\"col\">kind</th>"
                + "<th scope=\"col\" class=\"num\">sections</th><th scope=\"col\" class=\"num\">targets</th><th scope=\"col\" class=\"num\">actuals</th>"
                + "<th scope=\"col\" class=\"num\">captured</th><th scope=\"col\" class=\"num\">dismissed</th><th scope=\"col\" class=\"num\">unaccounted</th></tr></thead>");
            page.Line("<tbody>");
            foreach (var report in site.Reports)
            {
                var coverage = report.Coverage;
                page.Line($"<tr><th scope=\"row\"><a href=\"reports/{Html.Escape(report.FileName)}\">{Html.Escape(report.Id)}</a><br>{PageLayout.Zh(report.Title)}</th>"
                    + $"<td>{PageLayout.Zh(report.RegionName)} <code>{Html.Escape(report.RegionCode)}</code></td>"
                    + $"<td>{Html.Escape(report.Delivered)}</td>"
                    + $"<td>{Html.Number(report.ReviewYear)} / {Html.Number(report.PlanYear)}</td>"
                    + $"<td>{Html.Escape(report.Kind)}</td>"
                    + $"<td class=\"num\">{Html.Number(report.SectionCount)}</td>"
                    + $"<td class=\"num\">{Html.Number(report.Targets.Count)}</td>"
                    + $"<td class=\"num\">{Html.Number(report.Actuals.Count)}</td>"
                    + $"<td class=\"num\">{Html.Number(coverage.Quoted)}</td>"
                    + $"<td class=\"num\">{Html.Number(coverage.Dismissed)}</td>"
                    + $"<td class=\"num{(coverage.Unaccounted > 0 ? " flagged" : "")}\">{Html.Number(coverage.Unaccounted)}</td></tr>");
            }
            page.Line("</tbody>");
            page.Line("</table></div>");

            page.Line("<h2 id=\"indicators\">Indicators</h2>");
            page.Line("<div class=\"table-wrap\"><table class=\"indicators\">");
            page.Line("<caption>Every indicator with at least one figure; its page shows the series across reports, years and regions.</caption>");
            page.Line("<thead><tr><th scope=\"col\">indicator</th><th scope=\"col\">name</th><th scope=\"col\">english</th><th scope=\"col\">unit</th>"
                + "<th scope=\"col\" class=\"num\">targets</th><th scope=\"col\" class=\"num\">actuals</th><th scope=\"col\" class=\"num\">reports</th></tr></thead>");
            page.Line("<tbody>");
            foreach (var series in site.Series)
            {
                page.Line($"<tr><th scope=\"row\"><a href=\"indicators/{Html.Escape(series.FileName)}\">{Html.Escape(series.Code)}</a></th>"
                    + $"<td>{PageLayout.Zh(series.Name)}</td><td>{Html.Escape(series.English)}</td><td>{PageLayout.Zh(series.UnitName)}</td>"
                    + $"<td class=\"num\">{Html.Number(series.Figures.Count(f => f.IsTarget))}</td>"
                    + $"<td class=\"num\">{Html.Number(series.Figures.Count(f => !f.IsTarget))}</td>"
                    + $"<td class=\"num\">{Html.Number(series.Figures.Select(f => f.ReportId).Distinct().Count())}</td></tr>");
            }
            page.Line("</tbody>");
            page.Line("</table></div>");
            return PageLayout.End(page, site);
        }
    }
}
