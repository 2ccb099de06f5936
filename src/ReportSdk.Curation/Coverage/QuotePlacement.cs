using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>
    /// Where the quote of a target or actual stands in the source text as read (before folding):
    /// [<paramref name="Start"/>, <paramref name="End"/>), found as the validator finds it (RS3001).
    /// Tools that show a figure in its source (the review site) use it.
    /// </summary>
    /// <param name="Figure">The target or actual.</param>
    /// <param name="IsTarget">True for a target, false for an actual.</param>
    /// <param name="Start">Offset of the quote's first character.</param>
    /// <param name="End">Offset just after its last character.</param>
    public sealed record QuotePlacement(FigureSpec Figure, bool IsTarget, int Start, int End);
}
