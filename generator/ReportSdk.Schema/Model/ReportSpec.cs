namespace ReportSdk.Schema.Model
{
    /// <summary>One report as curated in its YAML file, with locations for every checked field.</summary>
    public sealed record ReportSpec(
        string Path,
        Located<string> Id,
        Located<string> Symbol,
        Located<string> Kind,
        Located<string> Region,
        Located<string> Delivered,
        string Session,
        SpeakerSpec Speaker,
        string Title,
        Located<int> ReviewYear,
        Located<int> PlanYear,
        SourceSpec Source,
        EquatableArray<SectionSpec> Sections,
        EquatableArray<FigureSpec> Targets,
        EquatableArray<FigureSpec> Actuals,
        EquatableArray<DismissalSpec> Dismissed)
    {
        /// <summary>The id and symbol, for checks across the dataset.</summary>
        public ReportIdentity Identity => new(Path, Id, Symbol);
    }
}
