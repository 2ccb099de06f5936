using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// The registries ready to print, each entry with its member name. Registries with errors
    /// resolve to a façade (<see cref="HasData"/> false) of the entries whose codes are usable.
    /// </summary>
    internal sealed record ResolvedRegistry(
        EquatableArray<ResolvedUnit> Units,
        EquatableArray<ResolvedIndicator> Indicators,
        EquatableArray<ResolvedRegion> Regions,
        bool HasData = true);

    /// <summary>A unit; <see cref="Scale"/> is the decimal's text as written.</summary>
    internal sealed record ResolvedUnit(string Code, string Member, string Name, string English, string Dimension, string Scale);

    /// <summary>An indicator and the code of its unit.</summary>
    internal sealed record ResolvedIndicator(string Code, string Member, string Name, string English, string Unit, string Kind);

    /// <summary>A region and the code of its parent, if any.</summary>
    internal sealed record ResolvedRegion(string Code, string Member, string Name, string English, string GbCode, string Level, string? Parent);
}
