using System.Collections.Generic;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Paragraphs, sentences and clauses of a folded source. A paragraph is a line of the normalized
    /// text; a sentence ends at 。；！？; a clause also at ，：(folded to , and :). 、 does not end a
    /// clause: 地区生产总值、人均GDP增长7% is one clause that sets two indicators.
    /// A page that flattened its paragraphs into one long line still shows where they were: each line
    /// <see cref="Intake.PageLines"/> reads in it is a paragraph too.
    /// </summary>
    public sealed class ClauseSplitter
    {
        private const string SentenceEnds = "。;!?";
        private const string ClauseEnds = "。;!?,:";
        private const string FullSentenceEnds = "。!?";

        private readonly string _text;
        private readonly int[] _paragraphStarts;

        // Where each kind of mark stands, in order: a sentence or clause is found by a binary search, not by reading
        // the text back to its start (one endless line is one paragraph and one sentence).
        private readonly int[] _sentenceMarks;
        private readonly int[] _fullSentenceMarks;
        private readonly int[] _clauseMarks;

        /// <summary>Reads the paragraphs of <paramref name="folded"/> from the line breaks of its original text.</summary>
        public ClauseSplitter(FoldedText folded)
        {
            _text = folded.Value;
            var original = folded.Original;
            var breaks = Intake.PageLines.Breaks(original);
            var next = 0;
            var starts = new List<int> { 0 };
            for (var i = 1; i < _text.Length; i++)
            {
                var previous = folded.OriginalOffset(i - 1);
                var current = folded.OriginalOffset(i);
                while (next < breaks.Count && breaks[next] <= previous) next++;
                var flattenedBreak = next < breaks.Count && breaks[next] <= current;
                if (flattenedBreak || original.IndexOf('\n', previous, current - previous) >= 0) starts.Add(i);
            }
            _paragraphStarts = starts.ToArray();
            _sentenceMarks = Marks(_text, SentenceEnds);
            _fullSentenceMarks = Marks(_text, FullSentenceEnds);
            _clauseMarks = Marks(_text, ClauseEnds);
        }

        private static int[] Marks(string text, string marks)
        {
            var found = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (marks.IndexOf(text[i]) >= 0) found.Add(i);
            }
            return found.ToArray();
        }

        /// <summary>The folded text.</summary>
        public string Text => _text;

        /// <summary>The 0-based paragraph that holds <paramref name="at"/>.</summary>
        public int ParagraphOf(int at)
        {
            var index = System.Array.BinarySearch(_paragraphStarts, at);
            return index >= 0 ? index : ~index - 1;
        }

        /// <summary>Where the paragraph holding <paramref name="at"/> starts.</summary>
        public int ParagraphStart(int at) => _paragraphStarts[ParagraphOf(at)];

        /// <summary>Where the paragraph holding <paramref name="at"/> ends.</summary>
        public int ParagraphEnd(int at)
        {
            var next = ParagraphOf(at) + 1;
            return next < _paragraphStarts.Length ? _paragraphStarts[next] : _text.Length;
        }

        /// <summary>The paragraph holding <paramref name="at"/>.</summary>
        public string Paragraph(int at) => _text.Substring(ParagraphStart(at), ParagraphEnd(at) - ParagraphStart(at));

        /// <summary>Where the sentence holding <paramref name="at"/> starts.</summary>
        public int SentenceStart(int at) => Back(at, _sentenceMarks);

        /// <summary>Where the sentence holding <paramref name="at"/> starts when a ；does not end a sentence (预计… ；… ；…: one sentence).</summary>
        public int FullSentenceStart(int at) => Back(at, _fullSentenceMarks);

        /// <summary>Where the clause holding <paramref name="at"/> starts.</summary>
        public int ClauseStart(int at) => Back(at, _clauseMarks);

        /// <summary>Where the clause holding <paramref name="at"/> ends (at its closing mark, or the paragraph's end).</summary>
        public int ClauseEnd(int at)
        {
            var end = ParagraphEnd(at);
            // The first mark at or after at, if it stands before the paragraph's end.
            var index = System.Array.BinarySearch(_clauseMarks, at);
            if (index < 0) index = ~index;
            return index < _clauseMarks.Length && _clauseMarks[index] < end ? _clauseMarks[index] : end;
        }

        /// <summary>After the last of <paramref name="marks"/> before <paramref name="at"/> in its paragraph, else the paragraph's start.</summary>
        private int Back(int at, int[] marks)
        {
            var start = ParagraphStart(at);
            var index = System.Array.BinarySearch(marks, at - 1);
            if (index < 0) index = ~index - 1;
            return index >= 0 && marks[index] >= start ? marks[index] + 1 : start;
        }
    }
}
