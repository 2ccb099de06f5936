using System;
using System.Collections.Generic;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// Where each run of <see cref="Length"/> characters of a long text starts, so that finding a quote costs
    /// the places its rarest run occurs, not a scan of the whole text. Without it, checking that each of a
    /// text's quotes occurs once would cost the number of quotes times the length of the text: seconds for a
    /// report, hours for a text of 10 MB dense with numbers.
    /// </summary>
    internal sealed class GramIndex
    {
        /// <summary>The characters of one run.</summary>
        public const int Length = 4;

        private readonly string _text;
        private readonly Dictionary<ulong, int[]> _starts;

        private GramIndex(string text, Dictionary<ulong, int[]> starts)
        {
            _text = text;
            _starts = starts;
        }

        /// <summary>Indexes every run of <paramref name="text"/>: two passes, one to count, one to place.</summary>
        public static GramIndex Build(string text)
        {
            var counts = new Dictionary<ulong, int>();
            for (var i = 0; i + Length <= text.Length; i++)
            {
                var key = Key(text, i);
                counts.TryGetValue(key, out var count);
                counts[key] = count + 1;
            }
            var starts = new Dictionary<ulong, int[]>(counts.Count);
            foreach (var pair in counts) starts[pair.Key] = new int[pair.Value];
            var filled = new Dictionary<ulong, int>(counts.Count);
            for (var i = 0; i + Length <= text.Length; i++)
            {
                var key = Key(text, i);
                filled.TryGetValue(key, out var at);
                starts[key][at] = i;
                filled[key] = at + 1;
            }
            return new GramIndex(text, starts);
        }

        /// <summary>
        /// The first <paramref name="limit"/> start indexes of <paramref name="needle"/> (at least <see cref="Length"/>
        /// characters) in [<paramref name="start"/>, <paramref name="end"/>), in order.
        /// </summary>
        public List<int> FindAll(string needle, int start, int end, int limit)
        {
            // The run of the needle that occurs least often: each of its places is a candidate.
            int[]? rarest = null;
            var offset = 0;
            for (var j = 0; j + Length <= needle.Length; j++)
            {
                if (!_starts.TryGetValue(Key(needle, j), out var places)) return new List<int>();
                if (rarest is null || places.Length < rarest.Length) (rarest, offset) = (places, j);
            }
            var hits = new List<int>();
            foreach (var place in rarest!)
            {
                var candidate = place - offset;
                if (candidate < start) continue;
                if (candidate > end - needle.Length || hits.Count >= limit) break;
                if (string.CompareOrdinal(_text, candidate, needle, 0, needle.Length) == 0) hits.Add(candidate);
            }
            return hits;
        }

        private static ulong Key(string text, int at)
            => text[at] | ((ulong)text[at + 1] << 16) | ((ulong)text[at + 2] << 32) | ((ulong)text[at + 3] << 48);
    }
}
