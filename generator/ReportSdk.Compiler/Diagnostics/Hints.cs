using System.Collections.Generic;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>
    /// The phrasing of every hint a message may end with, kept in one place so all rules read
    /// alike (docs/diagnostics.md, "Hints"). A hint is appended to the message after <c>; </c>, so
    /// the message's own words come first and stay as they were; without a hint it is empty.
    /// </summary>
    internal static class Hints
    {
        /// <summary><c>; did you mean 'bound'?</c> for the candidate closest to <paramref name="name"/>, or empty.</summary>
        public static string DidYouMean(string name, IEnumerable<string> candidates)
            => DidYouMean(ClosestName.Find(name, candidates));

        /// <summary><c>; did you mean 'bound'?</c>, or empty when <paramref name="suggestion"/> is null.</summary>
        public static string DidYouMean(string? suggestion)
            => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

        /// <summary>
        /// <c>; closest in the source (line 7): "生产总值增«长»8%以上…"</c> for the passage of the source
        /// closest to a quote that is not in it, or empty when no passage is close.
        /// </summary>
        public static string ClosestInSource(PassageIndex source, string foldedQuote, int start, int end)
        {
            var passage = ClosestPassage.In(source, foldedQuote, start, end);
            return passage is null ? "" : $"; closest in the source (line {passage.Line(source.Source)}): \"{passage.Mark(source.Source, foldedQuote)}\"";
        }
    }
}
