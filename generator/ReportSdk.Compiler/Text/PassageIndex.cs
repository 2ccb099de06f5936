using System.Collections.Generic;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// Where every two-character piece of a folded source text stands: the anchors from which
    /// <see cref="ClosestPassage"/> finds the passage a mistyped quote was taken from without
    /// aligning the quote against the whole text. Built once per source, on its first use.
    /// </summary>
    internal sealed class PassageIndex
    {
        private static readonly IReadOnlyList<int> None = new int[0];
        private Dictionary<int, List<int>>? _pieces;

        /// <summary>An index of <paramref name="source"/>; nothing is read until the first lookup.</summary>
        public PassageIndex(FoldedText source) => Source = source;

        /// <summary>The text indexed.</summary>
        public FoldedText Source { get; }

        /// <summary>The start of every occurrence of the piece <paramref name="first"/><paramref name="second"/>, in order.</summary>
        public IReadOnlyList<int> Positions(char first, char second)
            => Pieces().TryGetValue(Key(first, second), out var positions) ? positions : None;

        private Dictionary<int, List<int>> Pieces()
        {
            if (_pieces is not null) return _pieces;
            var text = Source.Value;
            var pieces = new Dictionary<int, List<int>>();
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var key = Key(text[i], text[i + 1]);
                if (!pieces.TryGetValue(key, out var positions)) pieces.Add(key, positions = new List<int>());
                positions.Add(i);
            }
            return _pieces = pieces;
        }

        private static int Key(char first, char second) => (first << 16) | second;
    }
}
