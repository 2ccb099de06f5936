using System;
using System.Collections.Generic;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// What a quote says right around a figure's number: 余/多 (an approximate number, 100余家,
    /// 3万多人), the magnitude written after it (万, 亿, 万亿, also 10个亿), and whether the measure
    /// word after that counts people (名, 人, 位); in a range (8—10万人) the words after its upper
    /// end. Read on the folded quote, for RS3008–RS3010.
    /// </summary>
    internal static class QuoteWording
    {
        /// <summary>Words after a number that start with a people measure word but do not count people.</summary>
        private static readonly string[] NotPeople = { "人次", "人民", "人均", "位数" };

        /// <summary>
        /// Every occurrence of the figure's number in <paramref name="foldedQuote"/>: <paramref name="value"/>
        /// as a whole number (as RS3002 finds it), or the <paramref name="written"/> form when given.
        /// </summary>
        public static IReadOnlyList<NumberInQuote> Read(string foldedQuote, string value, string? written)
        {
            var found = new List<NumberInQuote>();
            if (written is not null)
            {
                var needle = FoldedText.FoldString(written);
                if (needle.Length == 0) return found;
                // A written form may hold its magnitude: 万亿 (超万亿, value 1 in trillion-yuan), 十五万.
                var writtenMagnitude = MagnitudeAtEnd(needle);
                for (var at = foldedQuote.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = foldedQuote.IndexOf(needle, at + 1, StringComparison.Ordinal))
                {
                    found.Add(ReadAround(foldedQuote, at, at + needle.Length, writtenMagnitude));
                }
                return found;
            }
            foreach (var (start, length) in NumberTokens.Find(foldedQuote))
            {
                if (length == value.Length && string.CompareOrdinal(foldedQuote, start, value, 0, length) == 0)
                {
                    found.Add(ReadAround(foldedQuote, start, start + length, ""));
                }
            }
            return found;
        }

        /// <summary>The magnitude a unit's Chinese name starts with: 万 (万人), 亿 (亿元), 万亿 (万亿元), or none.</summary>
        public static string MagnitudeOf(string unitName)
            => unitName.StartsWith("万亿", StringComparison.Ordinal) ? "万亿"
                : unitName.StartsWith("万", StringComparison.Ordinal) ? "万"
                : unitName.StartsWith("亿", StringComparison.Ordinal) ? "亿"
                : "";

        private static string MagnitudeAtEnd(string number)
            => number.EndsWith("万亿", StringComparison.Ordinal) ? "万亿"
                : number.EndsWith("万", StringComparison.Ordinal) ? "万"
                : number.EndsWith("亿", StringComparison.Ordinal) ? "亿"
                : "";

        /// <summary>
        /// Reads the words after the number at [<paramref name="start"/>, <paramref name="end"/>) of
        /// <paramref name="quote"/>; <paramref name="magnitude"/> is the one the written form ends
        /// with, or empty to read it from the quote.
        /// </summary>
        private static NumberInQuote ReadAround(string quote, int start, int end, string magnitude)
        {
            var i = SkipRangeEnd(quote, end);
            var approximate = false;
            if (i < quote.Length && IsApproximate(quote[i]))
            {
                approximate = true;
                i++;
            }
            if (magnitude.Length == 0)
            {
                var j = i;
                // 10个亿: colloquial for 10亿 (but 307个亿元以上项目 counts projects).
                if (j + 1 < quote.Length && quote[j] == '个' && (quote[j + 1] == '万' || quote[j + 1] == '亿')
                    && (j + 2 >= quote.Length || quote[j + 2] != '元')) j++;
                magnitude = MagnitudeAtStart(quote, j);
                if (magnitude.Length > 0) i = j + magnitude.Length;
            }
            if (i < quote.Length && IsApproximate(quote[i]))
            {
                approximate = true;
                i++;
            }
            var rank = start > 0 && (quote[start - 1] == '第' || quote[start - 1] == '前');
            return new NumberInQuote(start, i, approximate, magnitude, !rank && CountsPeopleAt(quote, i));
        }

        /// <summary>
        /// In a range (8—10万人, 1至2家, 三到五个) the words after its upper end belong to both ends:
        /// past a range mark and the number after it, or <paramref name="end"/> when there is none.
        /// </summary>
        private static int SkipRangeEnd(string quote, int end)
        {
            if (end >= quote.Length || RangeMarks.IndexOf(quote[end]) < 0) return end;
            var i = end + 1;
            var digits = i;
            while (i < quote.Length && (char.IsDigit(quote[i]) || (quote[i] == '.' && i > digits))) i++;
            if (i == digits)
            {
                while (i < quote.Length && ChineseNumerals.IsNumeral(quote[i]) && quote[i] != '万' && quote[i] != '亿') i++;
            }
            return i == digits ? end : i;
        }

        /// <summary>Marks between the ends of a range: dashes (—, ―, –, -), tildes, 至, 到.</summary>
        private const string RangeMarks = "\u2014\u2015\u2013-~\uFF5E至到";

        private static string MagnitudeAtStart(string text, int at)
            => string.CompareOrdinal(text, at, "万亿", 0, 2) == 0 ? "万亿"
                : at < text.Length && text[at] == '万' ? "万"
                : at < text.Length && text[at] == '亿' ? "亿"
                : "";

        private static bool CountsPeopleAt(string quote, int at)
        {
            if (at >= quote.Length || (quote[at] != '名' && quote[at] != '人' && quote[at] != '位')) return false;
            foreach (var word in NotPeople)
            {
                if (string.CompareOrdinal(quote, at, word, 0, word.Length) == 0) return false;
            }
            return true;
        }

        private static bool IsApproximate(char c) => c == '余' || c == '多';
    }

    /// <summary>One occurrence of a figure's number in its quote and the words right after it.</summary>
    /// <param name="Start">Where the number starts in the folded quote.</param>
    /// <param name="End">Where the number, its 余/多 and its magnitude end.</param>
    /// <param name="Approximate">余 or 多 follows the number (100余家, 3万多人).</param>
    /// <param name="Magnitude">万, 亿 or 万亿 after the number, or empty.</param>
    /// <param name="CountsPeople">名, 人 or 位 follows (not 人次, 人民, 人均, 位数; not a rank 第3位, 前10名).</param>
    internal sealed record NumberInQuote(int Start, int End, bool Approximate, string Magnitude, bool CountsPeople)
    {
        /// <summary>The number as the quote writes it, with its 余/多, magnitude and next character (30名, 3万余人).</summary>
        public string Shown(string foldedQuote) => foldedQuote.Substring(Start, Math.Min(foldedQuote.Length, End + 1) - Start);
    }
}
