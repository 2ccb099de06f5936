using System;
using System.Globalization;
using ReportSdk.Schema.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Numbers that are not facts, with the reasons of the format's <c>dismissed</c> list: a year
    /// (2021年), a date (2月7日, 12月末), an ordinal (第33届, 100周年), a rank (第49位), a name (a number
    /// inside a short quoted term “9+2”, next to Latin letters 5G / PM2.5, joined by + or naming a line
    /// 1号线), a duration (5年过渡期). The text each rule gives is the shortest excerpt that shows why.
    /// </summary>
    public static class DismissalRules
    {
        /// <summary>The longest quoted term whose numbers are a name, in characters between the marks.</summary>
        private const int MaxQuotedTerm = 12;

        /// <summary>
        /// Why the number <paramref name="number"/> of <paramref name="folded"/> is not a fact, or null
        /// when no rule says so. <paramref name="hasUnit"/>: a unit follows it (then only the rules
        /// that override a unit apply: quoted terms, ordinals, ranks, names).
        /// </summary>
        public static (int Start, int End, string Reason)? Classify(FoldedText folded, FoundNumber number, bool hasUnit)
        {
            var t = folded.Value;
            var start = number.Start;
            var end = number.End;
            var before = start > 0 ? t[start - 1] : '\0';
            var after = end < t.Length ? t[end] : '\0';

            if (QuotedTerm(folded, start) is { } term) return (term.Start, term.End, "name");
            if (before == '第')
            {
                var rank = after == '位' || after == '名';
                return (start - 1, Math.Min(t.Length, end + 1), rank ? "rank" : "ordinal");
            }
            if (before == '前' && (after == '位' || after == '名')) return (start - 1, end + 1, "rank");
            if (Starts(t, end, "周年")) return (start, end + 2, "ordinal");
            if (IsLatin(before) || IsLatin(after) || (after == '+' && end + 1 < t.Length && (char.IsDigit(t[end + 1]) || IsLatin(t[end + 1])))
                || (before == '+' && start >= 2 && (char.IsDigit(t[start - 2]) || IsLatin(t[start - 2]))))
            {
                var s = start;
                while (s > 0 && (IsLatin(t[s - 1]) || char.IsDigit(t[s - 1]) || t[s - 1] == '+' || t[s - 1] == '.')) s--;
                var e = end;
                while (e < t.Length && (IsLatin(t[e]) || char.IsDigit(t[e]) || t[e] == '+' || (t[e] == '.' && e + 1 < t.Length && char.IsDigit(t[e + 1])))) e++;
                return (s, e, "name");
            }
            if (Starts(t, end, "号线") || Starts(t, end, "星级")) return (start, end + 2, "name");
            if (hasUnit) return null;

            var isYear = !number.IsNumeral && number.Value.Length == 4 && number.Value.IndexOf('.') < 0
                && int.Parse(number.Value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
            if (isYear && after == '年') return (start, end + 1, "year");
            if (isYear && number.Max is null && (after == '-' || after == '—' || after == '至')) return (start, end, "year");
            if (after == '月')
            {
                var e = end + 1;
                var d = e;
                while (d < t.Length && char.IsDigit(t[d])) d++;
                if (d > e && d < t.Length && (t[d] == '日' || t[d] == '号')) e = d + 1;
                else if (e < t.Length && "底末初份中".IndexOf(t[e]) >= 0) e++;
                return (start, e, "date");
            }
            if (after == '日' || after == '号') return (start, end + 1, "date");
            if (isYear) return (start, end, "year");
            if (after == '年' && !number.IsNumeral) return (start, end + 1, "duration");
            return null;
        }

        /// <summary>The short quoted term (“9+2”, “97183”, 《…》) around <paramref name="index"/>, marks included, or null.</summary>
        private static (int Start, int End)? QuotedTerm(FoldedText folded, int index)
        {
            var t = folded.Value;
            int open = -1, close = -1;
            for (var i = index - 1; i >= 0 && index - i <= MaxQuotedTerm; i--)
            {
                if (t[i] == '"' || t[i] == '《') { open = i; break; }
                if (t[i] == '》' || "。,;:".IndexOf(t[i]) >= 0) return null;
            }
            if (open < 0) return null;
            var closing = t[open] == '《' ? '》' : '"';
            for (var i = index; i < t.Length && i - index <= MaxQuotedTerm; i++)
            {
                if (t[i] == closing) { close = i; break; }
                if ("。,;:".IndexOf(t[i]) >= 0 || (closing == '》' && t[i] == '"')) return null;
            }
            if (close < 0) return null;
            // A straight quote opens and closes; in the original the opening one is “.
            var original = folded.Original[folded.OriginalOffset(open)];
            if (closing == '"' && original != '“' && original != '"') return null;
            return (open, close + 1);
        }

        private static bool Starts(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

        private static bool IsLatin(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
