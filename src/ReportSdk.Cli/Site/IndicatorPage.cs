using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// <c>indicators/CODE.html</c>: one indicator's figures across reports, years and regions, as
    /// charts (<see cref="SeriesChart"/>) and as a table; every figure links back to its quote.
    /// </summary>
    internal static class IndicatorPage
    {
        public static string Write(SiteModel site, SeriesView series)
        {
            var page = PageLayout.Start(series.Code, "../", site);
            page.Line($"<h1>{PageLayout.Zh(series.Name)} <span class=\"id\">{Html.Escape(series.Code)}</span></h1>");
            page.Line($"<p class=\"lead\">{Html.Escape(series.English)} · kind {Html.Escape(series.Kind)} · unit {PageLayout.Zh(series.UnitName)} · "
                + $"{Html.Number(series.Figures.Count(f => f.IsTarget))} targets, {Html.Number(series.Figures.Count(f => !f.IsTarget))} actuals "
                + $"in {Html.Number(series.Figures.Select(f => f.ReportId).Distinct().Count())} reports</p>");

            for (var i = 0; i < series.Charts.Count; i++)
            {
                var chart = series.Charts[i];
                page.Line($"<figure class=\"chart\" id=\"chart-{Html.Number(i + 1)}\">");
                page.Append(SeriesChart.Write(chart, $"chart-{Html.Number(i + 1)}-title"));
                page.Line($"<figcaption id=\"chart-{Html.Number(i + 1)}-title\">{Html.Number(chart.Points.Count)} figures in {PageLayout.Zh(chart.UnitName)} "
                    + "(values in other units of the same dimension converted for their place only). Each mark links to its quote.</figcaption>");
                page.Line("</figure>");
            }
            WriteChartLegend(page);
            var qualitative = series.Figures.Count(f => f.Qualitative);
            if (qualitative > 0)
            {
                page.Line($"<p class=\"note\">{Html.Number(qualitative)} qualitative figures state no number: they are in the table, not on a chart.</p>");
            }

            page.Line("<div class=\"table-wrap\"><table class=\"series\">");
            page.Line("<thead><tr><th scope=\"col\">period</th><th scope=\"col\">region</th><th scope=\"col\">report</th><th scope=\"col\">figure</th>"
                + "<th scope=\"col\">label</th><th scope=\"col\">value as written</th><th scope=\"col\">bound</th><th scope=\"col\">kind</th><th scope=\"col\">flags</th><th scope=\"col\">quote</th></tr></thead>");
            page.Line("<tbody>");
            foreach (var figure in series.Figures)
            {
                var quote = $"../reports/{Html.Escape(figure.ReportId)}.html#{Html.Escape(figure.QuoteAnchor)}";
                page.Line($"<tr class=\"{figure.List}\"><td>{Html.Escape(figure.Period)}</td><td>{PageLayout.Zh(figure.RegionName)}</td>"
                    + $"<td><a href=\"../reports/{Html.Escape(figure.ReportId)}.html\">{Html.Escape(figure.ReportId)}</a></td>"
                    + $"<td><span class=\"badge {figure.List}\">{figure.List}</span> <code>{Html.Escape(figure.Key)}</code></td>"
                    + $"<td>{PageLayout.Zh(figure.Label)}</td><td class=\"value\">{PageLayout.Zh(figure.ValueText)}</td><td>{Html.Escape(figure.Bound ?? "")}</td>"
                    + $"<td>{Html.Escape(figure.Kind)}</td><td>{Html.Escape(figure.Flags)}</td>"
                    + $"<td><a class=\"to-quote\" href=\"{quote}\">{PageLayout.Zh(figure.Quote)}</a></td></tr>");
            }
            page.Line("</tbody>");
            page.Line("</table></div>");
            return PageLayout.End(page, site);
        }

        private static void WriteChartLegend(System.Text.StringBuilder page)
        {
            page.Line("<ul class=\"chart-legend\" aria-label=\"Chart legend\">");
            page.Line("<li><span class=\"swatch target\"></span> target (square when exact)</li>");
            page.Line("<li><span class=\"swatch actual\"></span> actual (circle when exact)</li>");
            page.Line("<li>↑ at least (≥): the value and an arrow up; a hollow arrow: more than (&gt;)</li>");
            page.Line("<li>↓ at most (≤): the value and an arrow down</li>");
            page.Line("<li>┃ a range: a bar from the low to the high value</li>");
            page.Line("<li>◌ about (≈) or an estimate: a ring; nearly: a triangle below the value</li>");
            page.Line("<li>── a figure for several years (2021-2025): a line across them, the mark at the last year</li>");
            page.Line("</ul>");
        }
    }
}
