using System.Collections.Generic;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Everything the review site shows, computed once from the compiled dataset
    /// (<see cref="SiteModelBuilder"/>); the page writers only print it.
    /// </summary>
    /// <param name="Version">The dataset version (the tool's package version).</param>
    /// <param name="ContentHash">SHA-256 of the data the dataset holds.</param>
    /// <param name="Reports">Every report, by id.</param>
    /// <param name="Series">One series per indicator that has figures, in registry order.</param>
    internal sealed record SiteModel(string Version, string ContentHash, IReadOnlyList<ReportView> Reports, IReadOnlyList<SeriesView> Series);

    /// <summary>One report's page: its metadata, section tree, figures, coverage and annotated source text.</summary>
    internal sealed record ReportView(
        string Id,
        string Title,
        string Kind,
        string RegionCode,
        string RegionName,
        string Delivered,
        int ReviewYear,
        int PlanYear,
        string Session,
        string Speaker,
        string YamlFile,
        string SourceFile,
        int SectionCount,
        IReadOnlyList<SectionView> Sections,
        IReadOnlyList<FigureView> Targets,
        IReadOnlyList<FigureView> Actuals,
        CoverageView Coverage,
        SourceText Source)
    {
        /// <summary>The page's file name inside the site's <c>reports/</c> folder.</summary>
        public string FileName => Id + ".html";

        /// <summary>Targets, then actuals, each in document order.</summary>
        public IEnumerable<FigureView> Figures
        {
            get
            {
                foreach (var target in Targets) yield return target;
                foreach (var actual in Actuals) yield return actual;
            }
        }
    }

    /// <summary>A section in the navigation: its heading and the anchor of that heading in the source text.</summary>
    internal sealed record SectionView(string Path, string Anchor, string Number, string Title, string Role, int FigureCount, IReadOnlyList<SectionView> Children);

    /// <summary>How completely the report's numbers are curated (the counts of <c>reportsdk coverage</c>).</summary>
    internal sealed record CoverageView(int Numbers, int Quoted, int Dismissed, int Unaccounted, IReadOnlyList<NumberView> UnaccountedNumbers);
}
