using System.Collections.Generic;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// A report's normalized source text cut into runs at every edge of a mark, each run with the
    /// marks that cover it, outermost first (<see cref="SourceLayout"/>). Printing the runs in order
    /// gives the text exactly as read; marks that overlap without nesting are split by the printer.
    /// </summary>
    /// <param name="Runs">The runs, in text order; their texts joined are the whole source text.</param>
    /// <param name="Quotes">The quote highlights, in text order.</param>
    internal sealed record SourceText(IReadOnlyList<SourceRun> Runs, IReadOnlyList<QuoteMark> Quotes);

    /// <summary>A stretch of the source text and the marks covering all of it, outermost first.</summary>
    internal sealed record SourceRun(string Text, IReadOnlyList<SourceMark> Marks);

    /// <summary>Something marked in the source text, [<see cref="Start"/>, <see cref="End"/>) of the text as read.</summary>
    internal abstract record SourceMark(string Id, int Start, int End)
    {
        /// <summary>Which of two marks with the same span is outside: headings, then quotes, then numbers.</summary>
        public abstract int Layer { get; }
    }

    /// <summary>A section heading: the target of the navigation's links.</summary>
    internal sealed record HeadingMark(string Id, int Start, int End, string Path) : SourceMark(Id, Start, End)
    {
        public override int Layer => 0;
    }

    /// <summary>A quote: the figures (one, or several that share the quote) it states.</summary>
    internal sealed record QuoteMark(string Id, int Start, int End, IReadOnlyList<FigureView> Figures) : SourceMark(Id, Start, End)
    {
        public override int Layer => 1;

        /// <summary>The id of its tooltip, which <c>aria-describedby</c> names.</summary>
        public string TipId => "tip-" + Id;
    }

    /// <summary>A number no quote holds: dismissed or unaccounted.</summary>
    internal sealed record NumberMark(string Id, int Start, int End, NumberView Number) : SourceMark(Id, Start, End)
    {
        public override int Layer => 2;
    }
}
