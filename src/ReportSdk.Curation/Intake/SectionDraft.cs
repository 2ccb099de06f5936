using System.Collections.Generic;

namespace ReportSdk.Curation.Intake
{
    /// <summary>A numbered heading found in a source text (or the text before the first one), as a section of the report to confirm.</summary>
    /// <param name="Key">A placeholder key (section-1, section-1-2) for the curator to rename; <c>preamble</c> for the preamble.</param>
    /// <param name="Number">The numbering mark as the data writes it (（一） full-width); empty for the preamble.</param>
    /// <param name="Title">The heading's words up to its first sentence end; empty for the preamble.</param>
    /// <param name="Line">The line of the normalized text it stands on.</param>
    /// <param name="Role">For a top-level section, the role its title or its text suggests; null when neither does.</param>
    /// <param name="Children">The headings below it.</param>
    public sealed record SectionDraft(string Key, string Number, string Title, int Line, string? Role, List<SectionDraft> Children)
    {
        /// <summary>How the role was read: <c>from the title</c> or <c>from its text</c>.</summary>
        public string? RoleHow { get; init; }

        /// <summary>The text before the first numbered heading (docs/format.md, The preamble).</summary>
        public bool IsPreamble { get; init; }
    }
}
