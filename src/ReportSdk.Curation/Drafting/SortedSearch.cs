using System;
using System.Collections.Generic;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>Binary search over a list sorted by a text position, so that lookups near a number cost no read of the whole document.</summary>
    public static class SortedSearch
    {
        /// <summary>
        /// The index of the first of <paramref name="sorted"/> whose <paramref name="position"/> is at or after
        /// <paramref name="at"/> (Count when none); the positions must never decrease.
        /// </summary>
        public static int FirstAtOrAfter<T>(IReadOnlyList<T> sorted, int at, Func<T, int> position)
        {
            int low = 0, high = sorted.Count;
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (position(sorted[middle]) < at) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }
}
