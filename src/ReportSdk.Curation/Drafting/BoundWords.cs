using System;
using System.Collections.Generic;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The bound vocabulary of the format (docs/format.md, “bound from the wording”): words after the
    /// unit (以上, 以内, 左右…) and words right before the number (不低于, 控制在, 超过, 近…). A word
    /// after the unit decides over one before the number (控制在3%左右 is about, 高于全省1个百分点以上
    /// at-least); 余/多 (more-than) only where neither says otherwise (约5500余亩 is about).
    /// </summary>
    public static class BoundWords
    {
        /// <summary>Words after the unit, longest first.</summary>
        public static readonly IReadOnlyList<(string Word, string Bound)> After = new[]
        {
            ("以上", "at-least"), ("以内", "at-most"), ("以下", "at-most"), ("左右", "about"),
        };

        /// <summary>Words right before the number, longest first.</summary>
        public static readonly IReadOnlyList<(string Word, string Bound)> Before = new[]
        {
            ("不低于", "at-least"), ("不少于", "at-least"), ("至少", "at-least"),
            // 迈上4000亿元台阶, 跨过2000亿元台阶: a level crossed and stood on.
            ("迈上", "at-least"), ("跨上", "at-least"), ("跨过", "at-least"), ("站上", "at-least"), ("跃上", "at-least"),
            ("不超过", "at-most"), ("不高于", "at-most"), ("控制在", "at-most"), ("小于", "at-most"),
            ("超过", "more-than"), ("突破", "more-than"), ("高于", "more-than"), ("多于", "more-than"), ("大于", "more-than"), ("超", "more-than"), ("逾", "more-than"),
            ("将近", "nearly"), ("接近", "nearly"), ("近", "nearly"),
            ("大约", "about"), ("约", "about"),
        };

        /// <summary>The word that marks an actual as an estimate, anywhere before the number in its sentence.</summary>
        public const string Estimate = "预计";

        /// <summary>
        /// Where an annotation makes figures estimates (folded offsets [From, To)): （预计数） the clause it follows;
        /// （预计，下同）, （预计数，下同） that clause and everything after it.
        /// </summary>
        public static IReadOnlyList<(int From, int To)> EstimateAnnotations(string folded)
        {
            var spans = new List<(int From, int To)>();
            foreach (System.Text.RegularExpressions.Match m in EstimateAnnotation.Matches(folded))
            {
                var clause = m.Index;
                while (clause > 0 && ",;:。!?\n".IndexOf(folded[clause - 1]) < 0) clause--;
                spans.Add((clause, m.Value.Contains("下同") ? folded.Length : m.Index));
            }
            return spans;
        }

        private static readonly System.Text.RegularExpressions.Regex EstimateAnnotation = new("\\((预计|初步预计)[^()]{0,8}\\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>Words that mark the figures after them in their sentence as estimates (预计, 据统计预测).</summary>
        public static readonly IReadOnlyList<string> Estimates = new[] { "预计", "预测" };

        /// <summary>The bound word after the unit at <paramref name="at"/>, or null.</summary>
        public static (string Word, string Bound)? AfterAt(string text, int at)
        {
            foreach (var entry in After)
            {
                if (string.CompareOrdinal(text, at, entry.Word, 0, entry.Word.Length) == 0) return entry;
            }
            return null;
        }

        /// <summary>The bound word that ends right before <paramref name="numberStart"/>, not before <paramref name="from"/>, or null.</summary>
        public static (string Word, string Bound)? BeforeAt(string text, int numberStart, int from)
        {
            foreach (var entry in Before)
            {
                var start = numberStart - entry.Word.Length;
                if (start >= from && string.CompareOrdinal(text, start, entry.Word, 0, entry.Word.Length) == 0)
                {
                    // 接近 and 将近 hold 近; 最近, 附近 are no bound.
                    if (entry.Word == "近" && start > 0 && (text[start - 1] == '最' || text[start - 1] == '附')) return null;
                    // 签约, 节约, 制约, 预约: 约 ends another word there.
                    if (entry.Word == "约" && start > 0 && "签节制预邀合契履违公".IndexOf(text[start - 1]) >= 0) return null;
                    return entry;
                }
            }
            return null;
        }

        /// <summary>
        /// The bound of a quantity: <paramref name="after"/> (a word after the unit) first, then
        /// <paramref name="before"/>, then 余/多, then <paramref name="estimate"/> for an actual, else exact.
        /// </summary>
        public static string Decide(string? after, string? before, bool approximate, bool estimate)
            => after ?? before ?? (approximate ? "more-than" : estimate ? "estimate" : "exact");

        internal static bool StartsWith(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && at + word.Length <= text.Length;
    }
}
