using System.Collections.Generic;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// A hand-checked key of one document (corpus/README.md): what its report is, and every number of
    /// its text in order, each a figure with its fields or a number that is no figure, with the reason.
    /// Drafts are scored against it (<see cref="KeyComparison"/>).
    /// </summary>
    /// <param name="Path">The key file.</param>
    /// <param name="Document">What new-report should read from the document.</param>
    /// <param name="Numbers">Every number of the text, in text order.</param>
    public sealed record AnswerKey(string Path, KeyedDocument Document, IReadOnlyList<KeyedNumber> Numbers);

    /// <summary>The report a keyed document is: its region (GB/T 2260 code), kind, reviewed year and plan year.</summary>
    public sealed record KeyedDocument(Located<string> Region, Located<string> Kind, int ReviewYear, int PlanYear);

    /// <summary>
    /// One number of a keyed text: <see cref="At"/> is an excerpt of the text with the number marked
    /// ⟦…⟧ (a range marks both ends); either <see cref="Figure"/> or <see cref="Not"/> is given.
    /// </summary>
    /// <param name="At">The excerpt with its marks, as written in the key.</param>
    /// <param name="Location">Where the entry stands in the key file.</param>
    /// <param name="Figure">The figure the number is, or null.</param>
    /// <param name="Not">Why the number is no figure (a dismissal reason, or <c>page</c>), or null.</param>
    /// <param name="Why">For <c>not: other</c>: what the number is.</param>
    public sealed record KeyedNumber(string At, TextLocation Location, KeyedFigure? Figure, string? Not, string? Why);

    /// <summary>The fields of a keyed figure, as docs/format.md defines them.</summary>
    public sealed record KeyedFigure(
        bool IsTarget,
        string Value,
        string? Max,
        string Unit,
        string? Measure,
        string Bound,
        string Kind,
        string Period,
        bool Aspirational,
        string? Indicator,
        string? Written);
}
