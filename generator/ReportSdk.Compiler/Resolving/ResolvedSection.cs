using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// A section with its full <see cref="Path"/>, the role of its top-level section, its
    /// depth-first <see cref="Index"/> in the report, its property name and, when it has
    /// children, the name of its typed class.
    /// </summary>
    internal sealed record ResolvedSection(
        string Key,
        string Path,
        string Number,
        string Title,
        string Role,
        int Index,
        string Member,
        string? TypeName,
        EquatableArray<ResolvedSection> Children);
}
