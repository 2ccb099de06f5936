using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// A target or an actual as the site shows it: every field already in the words the pages print,
    /// with where it was curated (YAML file and line) and where its quote stands on the report page.
    /// </summary>
    /// <remarks>
    /// <c>Anchor</c> is the figure's own id, <c>t-KEY</c> for a target and <c>a-KEY</c> for an actual
    /// (keys are unique per list); <c>QuoteAnchor</c> the id of its quote's highlight on the report
    /// page (figures with the same quote share one). <c>ValueText</c> is the value with bound and
    /// unit (<c>≥ 8 %</c>, <c>1–2 家</c>, <c>no number</c>); <c>Bound</c> and <c>Unit</c> are null for a
    /// qualitative figure, and <c>Quantity</c> is the runtime's, for the chart.
    /// </remarks>
    internal sealed record FigureView(
        string ReportId,
        string Anchor,
        string QuoteAnchor,
        bool IsTarget,
        string Key,
        string Label,
        string? IndicatorCode,
        string? IndicatorName,
        string ValueText,
        string? Bound,
        string? Unit,
        string Period,
        string Kind,
        bool Headline,
        bool Aspirational,
        bool Qualitative,
        string SectionPath,
        string Quote,
        string? Note,
        string? ConflictsWith,
        string YamlFile,
        int YamlLine,
        string RegionName,
        Quantity? Quantity)
    {
        /// <summary><c>target</c> or <c>actual</c>.</summary>
        public string List => IsTarget ? "target" : "actual";

        /// <summary>The flags shown beside the figure: headline, aspirational, qualitative.</summary>
        public string Flags
            => string.Join(" ", new[] { Headline ? "headline" : null, Aspirational ? "aspirational" : null, Qualitative ? "qualitative" : null }
                .Where(f => f is not null));

        /// <summary>Where the figure was curated: <c>file.yaml:LINE</c>.</summary>
        public string YamlPlace => YamlFile + ":" + Html.Number(YamlLine);
    }
}
