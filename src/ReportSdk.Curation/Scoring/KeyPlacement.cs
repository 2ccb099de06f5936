using System.Collections.Generic;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// Where each number of a key stands in a text: each entry's excerpt (its ⟦…⟧ marks removed) is
    /// searched in the folded text — whitespace and the width of punctuation ignored, as quotes are —
    /// from the previous entry's excerpt on, and its marks become spans of the folded text.
    /// </summary>
    public static class KeyPlacement
    {
        /// <summary>The mark that opens a number in an excerpt.</summary>
        public const char Open = '⟦';

        /// <summary>The mark that closes it.</summary>
        public const char Close = '⟧';

        /// <summary>Places every entry of <paramref name="key"/> in <paramref name="folded"/>; an entry not found there has no place.</summary>
        public static IReadOnlyList<PlacedNumber> Place(AnswerKey key, FoldedText folded)
        {
            var placed = new List<PlacedNumber>();
            var from = 0;
            foreach (var entry in key.Numbers)
            {
                var (plain, marks) = Parse(entry.At);
                var excerpt = FoldedText.FoldString(plain);
                var hits = excerpt.Length == 0 ? new List<int>() : folded.FindAll(excerpt, from, folded.Value.Length);
                if (hits.Count == 0 || marks.Count == 0)
                {
                    placed.Add(new PlacedNumber(entry, -1, new List<(int, int)>()));
                    continue;
                }
                var at = hits[0];
                var spans = new List<(int Start, int End)>();
                foreach (var (start, end) in marks)
                {
                    var foldedStart = at + FoldedText.FoldString(plain.Substring(0, start)).Length;
                    spans.Add((foldedStart, foldedStart + FoldedText.FoldString(plain.Substring(start, end - start)).Length));
                }
                placed.Add(new PlacedNumber(entry, at, spans));
                from = at;
            }
            return placed;
        }

        /// <summary>The excerpt without its marks, and the marked spans in it.</summary>
        public static (string Plain, IReadOnlyList<(int Start, int End)> Marks) Parse(string at)
        {
            var plain = new System.Text.StringBuilder(at.Length);
            var marks = new List<(int, int)>();
            var open = -1;
            foreach (var c in at)
            {
                if (c == Open) open = plain.Length;
                else if (c == Close && open >= 0)
                {
                    marks.Add((open, plain.Length));
                    open = -1;
                }
                else plain.Append(c);
            }
            return (plain.ToString(), marks);
        }
    }

    /// <summary>A keyed number placed in a folded text: where its excerpt starts (-1 when not found) and its marked spans.</summary>
    public sealed record PlacedNumber(KeyedNumber Entry, int ExcerptStart, IReadOnlyList<(int Start, int End)> Marks)
    {
        /// <summary>Whether the excerpt was found.</summary>
        public bool IsPlaced => ExcerptStart >= 0;

        /// <summary>Where the number (its first mark) starts in the folded text, or -1.</summary>
        public int NumberStart => Marks.Count == 0 ? -1 : Marks[0].Start;
    }
}
