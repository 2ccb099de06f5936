using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>The passages of a source (folded offsets) that look back on a five-year period, where figures are of that period.</summary>
    public sealed class FiveYearPassages
    {
        private readonly IReadOnlyList<(int Start, int End)> _passages;

        public FiveYearPassages(IReadOnlyList<(int Start, int End)> passages) => _passages = passages;

        /// <summary>Whether the offset <paramref name="at"/> stands in one of the passages.</summary>
        public bool Covers(int at) => _passages.Any(p => p.Start <= at && at < p.End);
    }
}
