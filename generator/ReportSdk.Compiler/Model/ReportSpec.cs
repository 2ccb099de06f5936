namespace ReportSdk.Compiler.Model
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

        /// <summary>
        /// Who issued the document, for a plan issued inside a notice (咸阳市人民政府), from the optional
        /// <c>issuer</c>; a plan report with an issuer needs no speaker. Metadata of the document: not in the payload.
        /// </summary>
        public string? Issuer { get; init; }

        /// <summary>The notice's document number (咸政发〔2023〕8号), from the optional <c>documentNumber</c>. Not in the payload.</summary>
        public string? DocumentNumber { get; init; }
    }
}
