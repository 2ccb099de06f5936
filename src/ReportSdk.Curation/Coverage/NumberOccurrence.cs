using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>One number in a report's source text: where it is and what accounts for it.</summary>
    /// <param name="Number">The digits as written, such as 5128.4.</param>
    /// <param name="Line">1-based line in the normalized source text.</param>
    /// <param name="SectionPath">The deepest section whose text holds it; empty before the first section.</param>
    /// <param name="Role">The role of that section's top-level section; empty before the first section.</param>
    /// <param name="Status">What accounts for it.</param>
    /// <param name="Context">A few characters around the number, whitespace removed.</param>
    public sealed record NumberOccurrence(string Number, int Line, string SectionPath, string Role, NumberStatus Status, string Context)
    {
        /// <summary>Offset of the number's first character in the source text as read (before folding).</summary>
        public int Start { get; init; }

        /// <summary>Offset just after the number's last character in the source text as read.</summary>
        public int End { get; init; }

        /// <summary>The dismissal that accounts for the number (the first in the report's list); null unless <see cref="Status"/> is <see cref="NumberStatus.Dismissed"/>.</summary>
        public DismissalSpec? Dismissal { get; init; }
    }
}
