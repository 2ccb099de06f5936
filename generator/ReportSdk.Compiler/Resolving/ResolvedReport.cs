using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// A checked report with every name, path and reference worked out once, and no locations:
    /// what the writers (C#, payload) print. Equal reports give equal values, so the generator
    /// re-emits nothing when only a comment or a location changed.
    /// <para>
    /// A report with errors resolves to a façade (<see cref="HasData"/> false): the typed names
    /// its valid keys give, without data, so that code using the report still compiles and a
    /// build fails on the RS errors alone.
    /// </para>
    /// </summary>
    internal sealed record ResolvedReport(
        string Id,
        string Symbol,
        string ClassName,
        string FileName,
        string Kind,
        string Region,
        string Delivered,
        string Session,
        string SpeakerName,
        string SpeakerTitle,
        string Title,
        int ReviewYear,
        int PlanYear,
        EquatableArray<ResolvedSection> Sections,
        EquatableArray<ResolvedFigure> Targets,
        EquatableArray<ResolvedFigure> Actuals,
        bool HasData = true);
}
