using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// Where a section's text lies in the folded source: from its heading to the next sibling's
    /// heading (or its parent's end). <see cref="Role"/> is inherited from the top-level section.
    /// </summary>
    internal sealed record SectionSpan(string Path, SectionSpec Section, string Role, int Start, int End)
    {
        public bool Contains(int start, int end) => Start <= start && end <= End;
    }
}
