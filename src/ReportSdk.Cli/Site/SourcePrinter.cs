using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Prints a <see cref="SourceText"/> as HTML: the text escaped, each mark an element — a heading
    /// a <c>span</c> with the section's id, a quote a focusable <c>mark</c> naming its tooltip, a
    /// dismissed or unaccounted number a <c>mark</c> with its description.
    /// </summary>
    internal static class SourcePrinter
    {
        /// <summary>
        /// Prints the runs, opening and closing elements as the marks covering them change. A mark
        /// still open that the next run does not share is closed (with every mark inside it) and,
        /// if it goes on, opened again as a part: so a quote that overlaps an earlier one is one
        /// highlight and one continuation, and the text stays exactly the source's.
        /// </summary>
        public static void Print(StringBuilder page, SourceText source)
        {
            var open = new List<SourceMark>();
            var started = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var run in source.Runs)
            {
                var shared = 0;
                while (shared < open.Count && shared < run.Marks.Count && ReferenceEquals(open[shared], run.Marks[shared])) shared++;
                for (var i = open.Count - 1; i >= shared; i--) page.Append(CloseTag(open[i]));
                open.RemoveRange(shared, open.Count - shared);
                foreach (var mark in run.Marks.Skip(shared))
                {
                    page.Append(OpenTag(mark, isPart: !started.Add(mark.Id)));
                    open.Add(mark);
                }
                page.Append(Html.Escape(run.Text));
            }
            for (var i = open.Count - 1; i >= 0; i--) page.Append(CloseTag(open[i]));
        }

        private static string OpenTag(SourceMark mark, bool isPart) => mark switch
        {
            HeadingMark heading => isPart
                ? "<span class=\"heading part\">"
                : $"<span class=\"heading\" id=\"{Html.Escape(heading.Id)}\" tabindex=\"-1\">",
            QuoteMark quote => isPart
                ? $"<mark class=\"{QuoteClasses(quote)} part\" data-part-of=\"{Html.Escape(quote.Id)}\">"
                : $"<mark class=\"{QuoteClasses(quote)}\" id=\"{Html.Escape(quote.Id)}\" tabindex=\"0\" aria-describedby=\"{Html.Escape(quote.TipId)}\" "
                  + $"data-figures=\"{Html.Escape(string.Join(" ", quote.Figures.Select(f => f.Anchor)))}\">",
            NumberMark number => isPart
                ? $"<mark class=\"num {(number.Number.Dismissed ? "dismissed" : "unaccounted")} part\">"
                : number.Number.Dismissed
                    ? $"<mark class=\"num dismissed\" id=\"{Html.Escape(number.Id)}\" data-reason=\"{Html.Escape(number.Number.Reason)}\" data-desc=\"{Html.Escape(number.Number.Description)}\">"
                    : $"<mark class=\"num unaccounted\" id=\"{Html.Escape(number.Id)}\" tabindex=\"0\" data-desc=\"{Html.Escape(number.Number.Description)}\">",
            _ => "",
        };

        private static string CloseTag(SourceMark mark) => mark is HeadingMark ? "</span>" : "</mark>";

        // Targets and actuals told apart by class (and in the legend); flags add their own look.
        private static string QuoteClasses(QuoteMark quote)
        {
            var lists = quote.Figures.Select(f => f.List).Distinct().ToList();
            var classes = new List<string> { "quote", lists.Count == 1 ? lists[0] : "target actual" };
            if (quote.Figures.Any(f => f.Headline)) classes.Add("headline");
            if (quote.Figures.Any(f => f.Aspirational)) classes.Add("aspirational");
            if (quote.Figures.All(f => f.Qualitative)) classes.Add("qualitative");
            return string.Join(" ", classes);
        }
    }
}
