using System;
using System.Collections.Generic;
using System.Text;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// A text prepared for quote matching: whitespace removed (PDF wraps, stray spaces and zero-width
    /// spaces do not matter) and full-width punctuation folded to half-width (（一） equals (一)); nothing
    /// else is changed. Keeps, for every folded character, its offset in the original text.
    /// </summary>
    public sealed class FoldedText
    {
        private readonly int[] _offsets;

        /// <summary>From this length on, quotes are found through an index of the text (<see cref="GramIndex"/>), built on first use.</summary>
        internal const int IndexedLength = 1 << 16;

        private GramIndex? _index;

        private FoldedText(string value, int[] offsets, string original)
        {
            Value = value;
            _offsets = offsets;
            Original = original;
        }

        /// <summary>The folded characters.</summary>
        public string Value { get; }

        /// <summary>The text before folding (where “ and ” still differ).</summary>
        public string Original { get; }

        public int OriginalLength => Original.Length;

        public static FoldedText Fold(string text) => Fold(text, text);

        /// <summary>
        /// Folds <paramref name="reading"/>, a reading of <paramref name="text"/> of the same length whose whitespace stands
        /// where the text's does (its traditional characters read as simplified), and keeps <paramref name="text"/> as the
        /// original: what is matched is the reading, what is quoted is the text.
        /// </summary>
        public static FoldedText Fold(string text, string reading)
        {
            if (reading.Length != text.Length) throw new ArgumentException("a reading has the length of its text", nameof(reading));
            var builder = new StringBuilder(text.Length);
            var offsets = new List<int>(text.Length);
            for (var i = 0; i < reading.Length; i++)
            {
                var c = reading[i];
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    continue;
                }
                builder.Append(FoldChar(c));
                offsets.Add(i);
            }
            return new FoldedText(builder.ToString(), offsets.ToArray(), text);
        }

        /// <summary>The folded form of a short text (a quote, a heading).</summary>
        public static string FoldString(string text) => Fold(text).Value;

        /// <summary>Offset in the original text of the folded character at <paramref name="index"/>.</summary>
        public int OriginalOffset(int index) => index < _offsets.Length ? _offsets[index] : OriginalLength;

        /// <summary>
        /// The span in the original text of the folded span [<paramref name="start"/>, <paramref name="end"/>):
        /// from its first character to just after its last (whitespace inside it included).
        /// </summary>
        public (int Start, int End) OriginalSpan(int start, int end)
            => end <= start ? (OriginalOffset(start), OriginalOffset(start)) : (OriginalOffset(start), OriginalOffset(end - 1) + 1);

        /// <summary>Every start index of <paramref name="needle"/> (already folded) in [start, end).</summary>
        public List<int> FindAll(string needle, int start, int end) => FindAll(needle, start, end, int.MaxValue);

        /// <summary>
        /// The first <paramref name="limit"/> start indexes of <paramref name="needle"/> in [start, end): a caller
        /// that only asks whether a text is there, or there once, stops early instead of scanning to the end.
        /// </summary>
        public List<int> FindAll(string needle, int start, int end, int limit)
        {
            if (Value.Length >= IndexedLength && needle.Length >= GramIndex.Length)
            {
                _index ??= GramIndex.Build(Value);
                return _index.FindAll(needle, start, end, limit);
            }
            var hits = new List<int>();
            if (needle.Length == 0) return hits;
            var at = start;
            while (hits.Count < limit && at <= end - needle.Length)
            {
                var hit = Value.IndexOf(needle, at, end - at, StringComparison.Ordinal);
                if (hit < 0) break;
                hits.Add(hit);
                at = hit + 1;
            }
            return hits;
        }

        /// <summary>Full-width punctuation to half-width; curly quotes to straight; letters and digits unchanged.</summary>
        public static char FoldChar(char c)
        {
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                var half = (char)(c - 0xFEE0);
                return char.IsLetterOrDigit(half) ? c : half;
            }
            switch (c)
            {
                case '\u201C':
                case '\u201D':
                    return '"';
                case '\u2018':
                case '\u2019':
                    return '\'';
                default:
                    return c;
            }
        }
    }
}
