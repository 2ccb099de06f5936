using System.Collections.Generic;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The figures proposed so far, in text order (their numbers' starts never decrease): those of a stretch of text
    /// are found by a binary search, not by reading every figure of the document for each new number.
    /// </summary>
    public static class EarlierFigures
    {
        /// <summary>The figures of <paramref name="earlier"/> whose number starts in [<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
        public static IEnumerable<FigureProposal> Between(IReadOnlyList<FigureProposal> earlier, int start, int end)
        {
            for (var i = SortedSearch.FirstAtOrAfter(earlier, start, f => f.NumberStart); i < earlier.Count && earlier[i].NumberStart < end; i++) yield return earlier[i];
        }
    }
}
