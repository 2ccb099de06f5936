using System;
using System.Collections.Generic;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>
    /// The innermost section around each number, for numbers taken in the order of their start: the
    /// span with the longest path among those that hold it, the first in the located order on a tie.
    /// The spans that have begun and not yet ended are kept as they are passed, so a text of n numbers
    /// and s headings costs n times the depth of the tree, not n times s (a 10 MB text dense with
    /// headings took minutes).
    /// </summary>
    internal sealed class InnermostSection
    {
        private readonly List<(SectionSpan Span, int Order)> _byStart = new List<(SectionSpan, int)>();
        private readonly List<(SectionSpan Span, int Order)> _open = new List<(SectionSpan, int)>();
        private int _next;
        private int _last = int.MinValue;

        public InnermostSection(IReadOnlyList<SectionSpan> spans)
        {
            for (var i = 0; i < spans.Count; i++) _byStart.Add((spans[i], i));
            // Stable: spans that begin together keep their located order.
            _byStart.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Order.CompareTo(b.Order));
        }

        /// <summary>The innermost span holding [<paramref name="start"/>, <paramref name="end"/>), or null; <paramref name="start"/> never decreases between calls.</summary>
        public SectionSpan? Of(int start, int end)
        {
            if (start < _last) throw new InvalidOperationException("numbers must be taken in the order of their start");
            _last = start;
            while (_next < _byStart.Count && _byStart[_next].Span.Start <= start) _open.Add(_byStart[_next++]);
            // A span that ended before this start holds no later number either.
            _open.RemoveAll(s => s.Span.End < start);
            SectionSpan? best = null;
            var bestOrder = int.MaxValue;
            foreach (var (span, order) in _open)
            {
                if (end > span.End) continue;
                if (best is null || span.Path.Length > best.Path.Length || (span.Path.Length == best.Path.Length && order < bestOrder))
                {
                    (best, bestOrder) = (span, order);
                }
            }
            return best;
        }
    }
}
