using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The indicators of the values of a 分别 list, one figure per value, each of its own name:
    /// 城乡居民人均可支配收入分别达到39098元、16340元 (urban, then rural: 城乡 is 城镇 and 农村);
    /// 一般公共预算收入和支出分别达4.78亿元、20.2亿元 (the second name shares the first's head: 一般公共预算支出);
    /// and a list of growth rates right after such a list, 增长4.7%、5.1%, takes the growth of each name.
    /// </summary>
    public static class ListedFigures
    {
        private const string Marker = "分别";

        /// <summary>Words that join the names of a list (收入和支出, 城镇、农村).</summary>
        private static readonly char[] NameJoiners = { '和', '、', '及', '与' };

        /// <summary>The indicator of the value at <paramref name="number"/> when it is an item of a 分别 list whose names the registry knows; else null.</summary>
        public static string? Indicator(ClauseSplitter clauses, FoundNumber number, string words, string unit, IReadOnlyList<FigureProposal> earlier, IndicatorMatcher indicators)
        {
            var t = clauses.Text;
            var sentenceStart = clauses.FullSentenceStart(number.Start);
            var clauseStart = clauses.ClauseStart(number.Start);
            var marker = t.LastIndexOf(Marker, number.Start, number.Start - sentenceStart, StringComparison.Ordinal);
            if (marker < 0) return UrbanAndRural(t, number, unit, earlier, clauseStart, indicators);
            var listClause = clauses.ClauseStart(marker);
            var names = Names(t.Substring(listClause, marker - listClause));
            // …分别增长12%和13%，分别达43366元和13835元: a second list with no names of its own takes the names of the one before it.
            for (var earlierMarker = marker; names.Count < 2 && earlierMarker > sentenceStart;)
            {
                earlierMarker = t.LastIndexOf(Marker, earlierMarker - 1, earlierMarker - sentenceStart, StringComparison.Ordinal);
                if (earlierMarker < 0) break;
                var earlierClause = clauses.ClauseStart(earlierMarker);
                names = Names(t.Substring(earlierClause, earlierMarker - earlierClause));
            }
            if (names.Count < 2) return null;
            var verb = t.Substring(marker + Marker.Length, Math.Max(0, FirstDigit(t, marker) - marker - Marker.Length));
            var growth = verb.Contains("增长", StringComparison.Ordinal);
            int index;
            if (listClause == clauseStart)
            {
                index = earlier.Count(f => f.NumberStart > marker && f.NumberStart < number.Start);
            }
            else
            {
                // 分别达到39098元、16340元，增长4.7%、5.1%: a list of rates in the next clause, with no name of its own.
                var bare = words.Substring(0, words.Length - IndicatorMatcher.LinkingTail(words));
                if (bare.Length > 0 && bare != "增长" && bare != "分别增长" && !earlier.Any(f => f.NumberStart >= clauseStart)) return null;
                if (bare.Length > 0 && bare != "增长" && bare != "分别增长") return null;
                growth = true;
                index = earlier.Count(f => f.NumberStart >= clauseStart && f.NumberStart < number.Start);
            }
            if (index >= names.Count) return null;
            var name = growth && !names[index].EndsWith("增长", StringComparison.Ordinal) ? names[index] + "增长" : names[index];
            return indicators.Named(name, unit) ?? indicators.Match(name, unit)?.Code;
        }

        /// <summary>
        /// The names a list's words give, each whole: 城乡居民人均可支配收入 → 城镇…, 农村…; 一般公共预算收入和支出 →
        /// 一般公共预算收入, 一般公共预算支出; 城镇、农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民…; 存、贷款余额 → 存款余额, 贷款余额.
        /// </summary>
        public static IReadOnlyList<string> Names(string words)
        {
            words = words.Substring(0, words.Length - IndicatorMatcher.LinkingTail(words));
            var at = words.IndexOf("城乡", StringComparison.Ordinal);
            if (at >= 0 && words.IndexOfAny(NameJoiners) < 0)
            {
                var rest = words.Substring(at + 2);
                return new[] { "城镇" + rest, "农村" + rest };
            }
            var parts = words.Split(NameJoiners, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (parts.Count < 2) return parts;
            var longest = parts.OrderByDescending(p => p.Length).First();
            // Only a part of one or two characters is the head or tail of a name the others complete.
            return parts.Select(p => p.Length >= longest.Length || p.Length > 2 ? p
                : parts.IndexOf(p) < parts.IndexOf(longest) ? p + longest.Substring(Math.Min(p.Length, longest.Length))
                : longest.Substring(0, longest.Length - p.Length) + p).ToList();
        }

        /// <summary>城乡居民人均可支配收入达到32055元、15301元: a list of 城乡 without 分别, urban then rural.</summary>
        private static string? UrbanAndRural(string t, FoundNumber number, string unit, IReadOnlyList<FigureProposal> earlier, int clauseStart, IndicatorMatcher indicators)
        {
            var words = t.Substring(clauseStart, Math.Max(0, FirstDigit(t, clauseStart) - clauseStart));
            if (!words.Contains("城乡", StringComparison.Ordinal)) return null;
            var names = Names(words);
            var index = earlier.Count(f => f.NumberStart >= clauseStart && f.NumberStart < number.Start);
            // Only a list: the first value is followed by 、 or 和 and another value.
            var listed = index > 0 || (number.End < t.Length && (t[number.End] == '、' || t[number.End] == '和' || t.IndexOfAny(new[] { '、', '和' }, number.End, Math.Min(4, t.Length - number.End)) >= 0));
            if (names.Count != 2 || index >= 2 || !listed) return null;
            return indicators.Named(names[index], unit) ?? indicators.Match(names[index], unit)?.Code;
        }

        private static int FirstDigit(string t, int from)
        {
            for (var i = from; i < t.Length; i++)
            {
                if (char.IsDigit(t[i])) return i;
            }
            return t.Length;
        }
    }
}
