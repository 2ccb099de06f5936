using System.Collections.Generic;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>A number (or several, one text) the drafter proposes to dismiss, with the format's reason.</summary>
    /// <param name="Text">The excerpt of the source holding the number(s); every occurrence is dismissed.</param>
    /// <param name="Reason">year, date, duration, name, ordinal, rank, reference, glossary or other.</param>
    /// <param name="Note">Why, for reason other; else null.</param>
    /// <param name="NumberStarts">Where each number it dismisses starts in the folded source.</param>
    /// <param name="Line">1-based line of its first occurrence.</param>
    public sealed record DismissalProposal(string Text, string Reason, string? Note, IReadOnlyList<int> NumberStarts, int Line);
}
