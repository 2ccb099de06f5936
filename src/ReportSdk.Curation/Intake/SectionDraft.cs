using System.Collections.Generic;

namespace ReportSdk.Curation.Intake
{
    /// <summary>A numbered heading found in a source text, as a section of the report to confirm.</summary>
    /// <param name="Key">A placeholder key (section-1, section-1-2) for the curator to rename.</param>
    /// <param name="Number">The numbering mark as the data writes it (（一） full-width).</param>
    /// <param name="Title">The heading's words up to its first sentence end.</param>
    /// <param name="Line">The line of the normalized text it stands on.</param>
    /// <param name="Role">For a top-level section, the role its title suggests; null when none does.</param>
    /// <param name="Children">The headings below it.</param>
    public sealed record SectionDraft(string Key, string Number, string Title, int Line, string? Role, List<SectionDraft> Children);
}
