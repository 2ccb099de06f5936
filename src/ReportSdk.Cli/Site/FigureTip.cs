using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// The fields of one figure as its highlight's tooltip shows them: key, label, value with bound
    /// and unit, period, indicator, section, and the YAML file and line it was curated at.
    /// </summary>
    internal static class FigureTip
    {
        public static void Write(StringBuilder page, FigureView figure)
        {
            page.Line($"<div class=\"tip-figure {figure.List}\" data-figure=\"{Html.Escape(figure.Anchor)}\">");
            var flags = figure.Flags.Length == 0 ? "" : $" <span class=\"flags\">{Html.Escape(figure.Flags)}</span>";
            page.Line($"<p class=\"tip-head\"><span class=\"badge {figure.List}\">{figure.List}</span> <code class=\"key\">{Html.Escape(figure.Key)}</code>{flags}</p>");
            page.Line("<dl>");
            Field(page, "label", PageLayout.Zh(figure.Label), "label");
            Field(page, "value", PageLayout.Zh(figure.ValueText), "value");
            if (figure.Bound is not null) Field(page, "bound", $"<code>{Html.Escape(figure.Bound)}</code>: {Html.Escape(QuantityText.Words(figure.Bound))}", "bound");
            Field(page, "period", $"{Html.Escape(figure.Period)} <span class=\"kind\">({Html.Escape(figure.Kind)})</span>", "period");
            Field(page, "indicator", figure.IndicatorCode is null ? "none" : $"<code>{Html.Escape(figure.IndicatorCode)}</code> {PageLayout.Zh(figure.IndicatorName)}", "indicator");
            Field(page, "section", $"<code>{Html.Escape(figure.SectionPath)}</code>", "section");
            Field(page, "YAML", $"<code>{Html.Escape(figure.YamlPlace)}</code>", "yaml");
            if (figure.Note is not null) Field(page, "note", PageLayout.Zh(figure.Note), "note");
            if (figure.ConflictsWith is not null) Field(page, "conflicts with", $"<code>{Html.Escape(figure.ConflictsWith)}</code>", "conflicts");
            page.Line("</dl>");
            page.Line("</div>");
        }

        private static void Field(StringBuilder page, string name, string html, string field)
            => page.Line($"<div data-field=\"{field}\"><dt>{name}</dt><dd>{html}</dd></div>");
    }
}
