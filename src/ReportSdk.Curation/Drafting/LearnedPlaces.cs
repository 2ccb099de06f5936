using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Places of learned texts in a source ([Start, End) with what was learned), kept in the order given and sorted by
    /// start: the first place (in the order given) that covers a number is found among the few that start near it,
    /// not by reading every place of the document for each number.
    /// </summary>
    public sealed class LearnedPlaces<T> where T : class
    {
        private readonly List<(int Start, int End, T Item, int Order)> _byStart;
        private readonly int _longest;

        public LearnedPlaces(IEnumerable<(int Start, int End, T Item)> places)
        {
            _byStart = places.Select((p, i) => (p.Start, p.End, p.Item, Order: i)).OrderBy(p => p.Start).ThenBy(p => p.Order).ToList();
            _longest = _byStart.Count == 0 ? 0 : _byStart.Max(p => p.End - p.Start);
        }

        /// <summary>What the first place (in the order given) with Start ≤ <paramref name="start"/> and <paramref name="end"/> ≤ End holds, or null.</summary>
        public T? FirstCovering(int start, int end)
        {
            // A place that covers [start, end) starts at most its length before end.
            var low = SortedSearch.FirstAtOrAfter(_byStart, end - _longest, p => p.Start);
            (int Start, int End, T Item, int Order)? best = null;
            for (var i = low; i < _byStart.Count && _byStart[i].Start <= start; i++)
            {
                var p = _byStart[i];
                if (end <= p.End && (best is null || p.Order < best.Value.Order)) best = p;
            }
            return best?.Item;
        }
    }
}
