namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// A target or actual ready to print: its property name, the depth-first index of its
    /// section, and every value as the exact text curated (decimals keep their scale).
    /// <see cref="Value"/>, <see cref="Unit"/> and <see cref="Bound"/> are null for a
    /// qualitative figure. <see cref="Wording"/> is the quantity in a report's words (8%以上),
    /// from the unit's Chinese name in the registries.
    /// </summary>
    internal sealed record ResolvedFigure(
        string Key,
        string Member,
        string Label,
        string? Indicator,
        string? Value,
        string? Max,
        string? Unit,
        string? Measure,
        string? Bound,
        string Period,
        string Kind,
        bool Headline,
        bool Aspirational,
        string SectionPath,
        int SectionIndex,
        string Quote,
        string? Note,
        string? ConflictsWith,
        string? Wording);
}
