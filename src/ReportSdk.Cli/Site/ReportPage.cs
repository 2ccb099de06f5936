using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// <c>reports/ID.html</c>: the normalized source text with the section tree as navigation, every
    /// quote highlighted in place (focus or hover shows the figure), dismissed and unaccounted
    /// numbers marked, the coverage, and a table of all figures linking to their quotes.
    /// </summary>
    internal static class ReportPage
    {
        public static string Write(SiteModel site, ReportView report)
        {
            var page = PageLayout.Start(report.Id, "../", site);
            page.Line($"<h1>{PageLayout.Zh(report.Title)} <span class=\"id\">{Html.Escape(report.Id)}</span></h1>");
            WriteMeta(page, report);
            WriteLegend(page);
            page.Line("<div class=\"reader\">");
            WriteNavigation(page, report);
            // No line break inside the article: its text is the source text, character for character.
            page.Append("<article class=\"source\" id=\"source\" lang=\"zh-CN\" aria-label=\"Source text\">");
            SourcePrinter.Print(page, report.Source);
            page.Line("</article>");
            page.Line("</div>");
            WriteCoverage(page, report);
            WriteFigureTable(page, report);
            WriteTips(page, report.Source);
            return PageLayout.End(page, site);
        }

        private static void WriteMeta(StringBuilder page, ReportView report)
        {
            page.Line("<dl class=\"meta\">");
            page.Line($"<div><dt>region</dt><dd>{PageLayout.Zh(report.RegionName)} <code>{Html.Escape(report.RegionCode)}</code></dd></div>");
            page.Line($"<div><dt>kind</dt><dd>{Html.Escape(report.Kind)}</dd></div>");
            page.Line($"<div><dt>delivered</dt><dd>{Html.Escape(report.Delivered)}</dd></div>");
            page.Line($"<div><dt>review / plan year</dt><dd>{Html.Number(report.ReviewYear)} / {Html.Number(report.PlanYear)}</dd></div>");
            page.Line($"<div><dt>session</dt><dd>{PageLayout.Zh(report.Session)}</dd></div>");
            page.Line($"<div><dt>speaker</dt><dd>{PageLayout.Zh(report.Speaker)}</dd></div>");
            page.Line($"<div><dt>counts</dt><dd>{Html.Number(report.SectionCount)} sections, {Html.Number(report.Targets.Count)} targets, {Html.Number(report.Actuals.Count)} actuals</dd></div>");
            page.Line($"<div><dt>curated in</dt><dd><code>{Html.Escape(report.YamlFile)}</code></dd></div>");
            page.Line($"<div><dt>source text</dt><dd><code>{Html.Escape(report.SourceFile)}</code></dd></div>");
            page.Line("</dl>");
        }

        private static void WriteLegend(StringBuilder page)
        {
            page.Line("<div class=\"legend\" aria-label=\"Legend\">");
            page.Line("<mark class=\"quote target\">target</mark> <mark class=\"quote actual\">actual</mark> "
                + "<mark class=\"quote target headline\">headline</mark> <mark class=\"quote target aspirational\">aspirational</mark> "
                + "<mark class=\"quote target qualitative\">qualitative</mark> <mark class=\"num dismissed\">dismissed number</mark> "
                + "<mark class=\"num unaccounted\">unaccounted number</mark>");
            page.Line("<label class=\"toggle\"><input type=\"checkbox\" id=\"show-reasons\"> show why numbers are dismissed</label>");
            page.Line("<p class=\"hint\">Tab moves from highlight to highlight; focus or hover shows the figure; Escape hides it.</p>");
            page.Line("</div>");
        }

        private static void WriteNavigation(StringBuilder page, ReportView report)
        {
            page.Line("<nav class=\"toc\" aria-label=\"Sections\">");
            page.Line("<h2>Sections</h2>");
            WriteSections(page, report.Sections);
            page.Line("<p class=\"jump\"><a href=\"#coverage\">Coverage</a> · <a href=\"#figures\">All figures</a> · <a href=\"../index.html\">All reports</a></p>");
            page.Line("</nav>");
        }

        private static void WriteSections(StringBuilder page, IReadOnlyList<SectionView> sections)
        {
            if (sections.Count == 0) return;
            page.Line("<ol>");
            foreach (var section in sections)
            {
                var count = section.FigureCount == 0 ? "" : $" <span class=\"count\" title=\"figures in this section\">{Html.Number(section.FigureCount)}</span>";
                // The preamble has no heading: it is named for what it is.
                var heading = section.Number.Length + section.Title.Length == 0 ? Html.Escape("(the text before the first numbered heading)") : PageLayout.Zh(section.Number + section.Title);
                page.Append($"<li><a href=\"#{Html.Escape(section.Anchor)}\">{heading}</a>{count}");
                if (section.Children.Count > 0)
                {
                    page.Line();
                    WriteSections(page, section.Children);
                }
                page.Line("</li>");
            }
            page.Line("</ol>");
        }


        private static void WriteCoverage(StringBuilder page, ReportView report)
        {
            var coverage = report.Coverage;
            page.Line("<section id=\"coverage\" aria-labelledby=\"coverage-title\">");
            page.Line("<h2 id=\"coverage-title\">Coverage</h2>");
            page.Line($"<p>{Html.Number(coverage.Numbers)} numbers in the source text: {Html.Number(coverage.Quoted)} captured by a quote, "
                + $"{Html.Number(coverage.Dismissed)} dismissed, <strong>{Html.Number(coverage.Unaccounted)} unaccounted</strong>.</p>");
            if (coverage.UnaccountedNumbers.Count > 0)
            {
                page.Line("<div class=\"table-wrap\"><table class=\"unaccounted\">");
                page.Line("<thead><tr><th scope=\"col\">number</th><th scope=\"col\">line</th><th scope=\"col\">section</th><th scope=\"col\">context</th></tr></thead>");
                page.Line("<tbody>");
                foreach (var number in coverage.UnaccountedNumbers)
                {
                    page.Line($"<tr><td><a href=\"#{Html.Escape(number.Anchor)}\">{PageLayout.Zh(number.Number)}</a></td><td class=\"num\">{Html.Number(number.Line)}</td>"
                        + $"<td><code>{Html.Escape(number.SectionPath.Length == 0 ? "(before the first section)" : number.SectionPath)}</code></td><td>{PageLayout.Zh(number.Context)}</td></tr>");
                }
                page.Line("</tbody>");
                page.Line("</table></div>");
            }
            page.Line("</section>");
        }

        /// <summary>
        /// Every figure, in the order of the figure columns (Export/FigureColumns.cs: list and key,
        /// indicator, label, the quantity, period, kind, the flags, section) and where it was curated;
        /// the quantity in the page's words (≥ 8 %), the flags in one cell.
        /// </summary>
        private static void WriteFigureTable(StringBuilder page, ReportView report)
        {
            page.Line("<section id=\"figures\" aria-labelledby=\"figures-title\">");
            page.Line("<h2 id=\"figures-title\">All figures</h2>");
            page.Line("<div class=\"table-wrap\"><table class=\"figures\">");
            page.Line("<thead><tr><th scope=\"col\">figure</th><th scope=\"col\">indicator</th><th scope=\"col\">label</th><th scope=\"col\">value</th>"
                + "<th scope=\"col\">period</th><th scope=\"col\">kind</th><th scope=\"col\">flags</th><th scope=\"col\">section</th><th scope=\"col\">YAML</th></tr></thead>");
            page.Line("<tbody>");
            foreach (var figure in report.Figures)
            {
                var indicator = figure.IndicatorCode is null ? "" : $"<a href=\"../indicators/{Html.Escape(figure.IndicatorCode)}.html\">{Html.Escape(figure.IndicatorCode)}</a>";
                page.Line($"<tr id=\"{Html.Escape(figure.Anchor)}\" class=\"{figure.List}\"><th scope=\"row\"><span class=\"badge {figure.List}\">{figure.List}</span> "
                    + $"<a href=\"#{Html.Escape(figure.QuoteAnchor)}\" class=\"to-quote\">{Html.Escape(figure.Key)}</a></th>"
                    + $"<td>{indicator}</td><td>{PageLayout.Zh(figure.Label)}</td><td class=\"value\">{PageLayout.Zh(figure.ValueText)}</td>"
                    + $"<td>{Html.Escape(figure.Period)}</td><td>{Html.Escape(figure.Kind)}</td><td>{Html.Escape(figure.Flags)}</td>"
                    + $"<td><code>{Html.Escape(figure.SectionPath)}</code></td><td><code>{Html.Escape(figure.YamlPlace)}</code></td></tr>");
            }
            page.Line("</tbody>");
            page.Line("</table></div>");
            page.Line("</section>");
        }

        // The tooltips live outside the source text, so that its text stays exactly the source's;
        // each highlight names its own through aria-describedby, and the script shows it on focus and hover.
        private static void WriteTips(StringBuilder page, SourceText source)
        {
            page.Line("<div class=\"tips\">");
            foreach (var quote in source.Quotes)
            {
                page.Line($"<div class=\"tip\" role=\"tooltip\" id=\"{Html.Escape(quote.TipId)}\" hidden>");
                foreach (var figure in quote.Figures) FigureTip.Write(page, figure);
                page.Line("</div>");
            }
            page.Line("<div class=\"tip\" role=\"tooltip\" id=\"tip-number\" hidden></div>");
            page.Line("</div>");
        }
    }
}
