using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// The passage of a folded source text closest to a quote that is not in it: [<see cref="Start"/>,
    /// <see cref="End"/>) in folded characters, <see cref="Distance"/> edits (insertions, deletions,
    /// substitutions) from the quote. It tells the curator which words of the quote differ.
    /// </summary>
    internal sealed record ClosestPassage(int Start, int End, int Distance)
    {
        /// <summary>Marks around the part of the passage that differs from the quote; they never stand in a Chinese source.</summary>
        public const char OpenMark = '«', CloseMark = '»';

        /// <summary>
        /// Up to this many cells (quote length × text length) the whole range is aligned, as for a
        /// dismissal's section; beyond it only anchored windows (a cell of a whole source costs far more
        /// than anchoring: a 5-character quote against 60 KB is 300,000 cells, some milliseconds).
        /// </summary>
        private const long FullAlignmentCells = 50_000;

        /// <summary>How many of the best anchored windows are aligned.</summary>
        private const int Windows = 8;

        /// <summary>A two-character piece standing more often than this in the text is too common to anchor on.</summary>
        private const int CommonPiece = 64;

        /// <summary>
        /// A quote is a clause or a sentence; a longer text gets no hint, so that a pasted page
        /// cannot make the validator align it against the whole source (the fuzz harness's 100 KB quote).
        /// </summary>
        public const int MaxQuoteLength = 2000;

        /// <summary>
        /// The passage of <paramref name="source"/> in [<paramref name="start"/>, <paramref name="end"/>)
        /// closest to <paramref name="quote"/> (folded), or null when even the closest differs in more than
        /// a third of the quote's characters (<see cref="ClosestName.MaxDistance"/>). Of equally close
        /// passages, the first. A very short quote is aligned with the whole range; any other only around
        /// the places where its two-character pieces stand in the same order, so a build stays fast.
        /// </summary>
        public static ClosestPassage? In(PassageIndex source, string quote, int start, int end)
        {
            var text = source.Source.Value;
            start = Math.Max(0, start);
            end = Math.Min(text.Length, end);
            if (quote.Length < 2 || quote.Length > MaxQuoteLength || end <= start) return null;
            var limit = ClosestName.MaxDistance(quote.Length);
            // No passage of the range can be within the limit of a quote much longer than the range.
            if (quote.Length - limit > end - start) return null;
            ClosestPassage? best = null;
            if ((long)quote.Length * (end - start) <= FullAlignmentCells)
            {
                best = Align(text, quote, start, end);
            }
            else
            {
                foreach (var diagonal in Anchors(source, quote, start, end))
                {
                    var found = Align(text, quote, Math.Max(start, diagonal - limit), Math.Min(end, diagonal + quote.Length + limit));
                    if (found is not null && (best is null || found.Distance < best.Distance || (found.Distance == best.Distance && found.Start < best.Start)))
                    {
                        best = found;
                    }
                }
            }
            return best is not null && best.Distance <= limit && best.End > best.Start ? best : null;
        }

        /// <summary>The same, for a text searched once (it builds the index).</summary>
        public static ClosestPassage? In(FoldedText source, string quote, int start, int end)
            => In(new PassageIndex(source), quote, start, end);

        /// <summary>The 1-based line of the source text file on which the passage starts.</summary>
        public int Line(FoldedText source)
        {
            var offset = source.OriginalOffset(Start);
            var line = 1;
            for (var i = 0; i < offset; i++)
            {
                if (source.Original[i] == '\n') line++;
            }
            return line;
        }

        /// <summary>
        /// The passage as the source writes it, with the part that differs from the quote between
        /// <c>«»</c> (<c>生产总值增«长»8%以上</c>; <c>«»</c> alone where the quote has words the source
        /// lacks), <c>…</c> where the line goes on, and line breaks as spaces, so it stays one line.
        /// </summary>
        public string Mark(FoldedText source, string quote)
        {
            var passage = source.Value.Substring(Start, End - Start);
            var prefix = 0;
            while (prefix < passage.Length && prefix < quote.Length && passage[prefix] == quote[prefix]) prefix++;
            var suffix = 0;
            while (suffix < passage.Length - prefix && suffix < quote.Length - prefix
                   && passage[passage.Length - 1 - suffix] == quote[quote.Length - 1 - suffix]) suffix++;

            var from = source.OriginalOffset(Start);
            var to = source.OriginalOffset(End - 1) + 1;
            int differFrom, differTo;
            if (prefix + suffix == passage.Length)
            {
                // Nothing of the passage differs: the quote has more words at this point.
                differFrom = differTo = prefix == 0 ? from : source.OriginalOffset(Start + prefix - 1) + 1;
            }
            else
            {
                differFrom = source.OriginalOffset(Start + prefix);
                differTo = source.OriginalOffset(End - suffix - 1) + 1;
            }

            var text = source.Original;
            var marked = new StringBuilder();
            if (from > 0 && !IsLineBreak(text[from - 1])) marked.Append('…');
            AppendOneLine(marked, text, from, differFrom);
            marked.Append(OpenMark);
            AppendOneLine(marked, text, differFrom, differTo);
            marked.Append(CloseMark);
            AppendOneLine(marked, text, differTo, to);
            if (to < text.Length && !IsLineBreak(text[to])) marked.Append('…');
            return marked.ToString();
        }

        /// <summary>
        /// Start positions (diagonals) where the quote most likely stands with a few edits: each
        /// two-character piece of the text that the quote has at offset j votes for the passage
        /// starting j characters before it, a rare piece more than a common one (增长 stands
        /// everywhere); the diagonals with the most votes come first (the earlier of equals), each
        /// standing for its neighbours too.
        /// </summary>
        private static IEnumerable<int> Anchors(PassageIndex source, string quote, int start, int end)
        {
            // A piece that stands everywhere says little and costs most: it votes only when the quote has no rarer one.
            var rarest = int.MaxValue;
            for (var j = 0; j + 1 < quote.Length; j++) rarest = Math.Min(rarest, Math.Max(1, source.Positions(quote[j], quote[j + 1]).Count));
            var votes = new Dictionary<int, double>();
            for (var j = 0; j + 1 < quote.Length; j++)
            {
                var positions = source.Positions(quote[j], quote[j + 1]);
                if (positions.Count > CommonPiece && positions.Count > rarest) continue;
                var weight = 1.0 / positions.Count;
                foreach (var i in positions)
                {
                    if (i < start || i + 1 >= end) continue;
                    votes.TryGetValue(i - j, out var sum);
                    votes[i - j] = sum + weight;
                }
            }
            // An inserted or deleted character shifts the diagonal: a window covers its neighbours.
            var shift = ClosestName.MaxDistance(quote.Length);
            var chosen = new List<int>();
            foreach (var vote in votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key))
            {
                if (chosen.Count == Windows) break;
                if (chosen.Any(c => Math.Abs(c - vote.Key) <= shift)) continue;
                chosen.Add(vote.Key);
            }
            return chosen;
        }

        /// <summary>
        /// Semi-global alignment: the whole quote against the best-fitting piece of text[start, end)
        /// (free start and end in the text), keeping where each alignment starts.
        /// </summary>
        private static ClosestPassage? Align(string text, string quote, int start, int end)
        {
            var width = end - start;
            if (width <= 0) return null;
            var previous = new int[width + 1];
            var current = new int[width + 1];
            var previousFrom = new int[width + 1];
            var currentFrom = new int[width + 1];
            for (var j = 0; j <= width; j++) previousFrom[j] = j;
            for (var i = 1; i <= quote.Length; i++)
            {
                current[0] = i;
                currentFrom[0] = 0;
                var q = quote[i - 1];
                for (var j = 1; j <= width; j++)
                {
                    var cost = previous[j - 1] + (q == text[start + j - 1] ? 0 : 1);
                    var from = previousFrom[j - 1];
                    if (previous[j] + 1 < cost)
                    {
                        cost = previous[j] + 1;
                        from = previousFrom[j];
                    }
                    if (current[j - 1] + 1 < cost)
                    {
                        cost = current[j - 1] + 1;
                        from = currentFrom[j - 1];
                    }
                    current[j] = cost;
                    currentFrom[j] = from;
                }
                (previous, current) = (current, previous);
                (previousFrom, currentFrom) = (currentFrom, previousFrom);
            }
            var bestEnd = 1;
            for (var j = 2; j <= width; j++)
            {
                if (previous[j] < previous[bestEnd]) bestEnd = j;
            }
            return new ClosestPassage(start + previousFrom[bestEnd], start + bestEnd, previous[bestEnd]);
        }

        private static void AppendOneLine(StringBuilder builder, string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (IsLineBreak(text[i]))
                {
                    // A run of whitespace with a line break in it reads as one space.
                    while (builder.Length > 0 && char.IsWhiteSpace(builder[builder.Length - 1])) builder.Length--;
                    builder.Append(' ');
                    while (i + 1 < to && char.IsWhiteSpace(text[i + 1])) i++;
                    continue;
                }
                builder.Append(text[i]);
            }
        }

        private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
    }
}
