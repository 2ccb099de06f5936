using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>
    /// Where a section's heading (number and title) stands in the source text as read:
    /// [<paramref name="Start"/>, <paramref name="End"/>), as <see cref="ReportSdk.Compiler.Validation.SectionLocator"/> finds it (RS3006).
    /// </summary>
    /// <param name="Path">The section's path, such as <c>key-work/manufacturing</c>.</param>
    /// <param name="Section">The section.</param>
    /// <param name="Start">Offset of the heading's first character.</param>
    /// <param name="End">Offset just after its last character.</param>
    public sealed record HeadingPlacement(string Path, SectionSpec Section, int Start, int End);
}
