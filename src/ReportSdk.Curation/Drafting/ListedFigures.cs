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

        /// <summary>
        /// The value at <paramref name="number"/> as an item of a list of names (分别 or not): the indicator of its own
        /// name, or none when the registry has none for it (存款余额增长); null when it is no such item.
        /// </summary>
        public static ListItem? Indicator(ClauseSplitter clauses, FoundNumber number, string words, string unit, IReadOnlyList<FigureProposal> earlier, IndicatorMatcher indicators)
        {
            var t = clauses.Text;
            // A list runs to the end of its sentence; a ；ends it (一、二、三产业增加值分别增长…；工业总产值…，增长6.5%: not a value of the list).
            var sentenceStart = clauses.SentenceStart(number.Start);
            var clauseStart = clauses.ClauseStart(number.Start);
            var marker = t.LastIndexOf(Marker, number.Start, number.Start - sentenceStart, StringComparison.Ordinal);
            if (marker < 0) return UrbanAndRural(clauses, number, unit, earlier, clauseStart, indicators);
            var listClause = clauses.ClauseStart(marker);
            // 城乡居民收入达到23292元和7750元、分别增长8.8%和10%: the names stand before the clause's first value.
            var names = Names(t.Substring(listClause, Math.Min(marker, FirstDigit(t, listClause)) - listClause));
            // …分别增长12%和13%，分别达43366元和13835元: a second list with no names of its own takes the names of the one before it.
            for (var earlierMarker = marker; names.Count < 2 && earlierMarker > sentenceStart;)
            {
                earlierMarker = t.LastIndexOf(Marker, earlierMarker - 1, earlierMarker - sentenceStart, StringComparison.Ordinal);
                if (earlierMarker < 0) break;
                var earlierClause = clauses.ClauseStart(earlierMarker);
                names = Names(t.Substring(earlierClause, earlierMarker - earlierClause));
            }
            // 城镇、农村居民人均可支配收入达到38381元、15187元，分别增长4.9%、6.8%: the names of the list in the clause before.
            if (names.Count < 2 && listClause > sentenceStart)
            {
                var previousClause = clauses.ClauseStart(listClause - 1);
                names = Names(t.Substring(previousClause, FirstDigit(t, previousClause) - previousClause));
            }
            if (names.Count < 2) return listClause == clauseStart ? RatesOfLevelsBefore(t, number, unit, earlier, sentenceStart, marker, indicators) : null;
            var verb = t.Substring(marker + Marker.Length, Math.Max(0, FirstDigit(t, marker) - marker - Marker.Length));
            var growth = verb.Contains("增", StringComparison.Ordinal);
            int index;
            if (listClause == clauseStart)
            {
                // 分别从29661元、10391元增加到43364元、16117元: the values after 到 are a list of their own, of the same names.
                var from = ListRestart(t, marker, number.Start, earlier);
                index = EarlierFigures.Between(earlier, from + 1, number.Start).Count();
                // 分别达到37462元和17597元、增长7%和10%: a second list in the clause, of another unit, its rates named by 增长.
                var sameUnit = EarlierFigures.Between(earlier, from + 1, number.Start).Count(f => f.Unit == unit);
                if (sameUnit < index && IndicatorMatcher.NamesGrowthOnly(TrailingWords(t, number.Start)))
                {
                    index = sameUnit;
                    growth = true;
                }
            }
            else
            {
                // 分别达到39098元、16340元，增长4.7%、5.1%: a list of rates in the next clause, with no name of its own.
                // (年均增长7.9%和9.2%, 同比增长…: a growth however qualified.)
                if (!IndicatorMatcher.NamesGrowthOnly(words)) return null;
                growth = true;
                index = EarlierFigures.Between(earlier, clauseStart, number.Start).Count();
            }
            if (index >= names.Count) return null;
            var name = growth && !names[index].EndsWith("增长", StringComparison.Ordinal) ? names[index] + "增长" : names[index];
            return new ListItem(indicators.Named(name, unit) ?? indicators.Match(name, unit)?.Code);
        }

        /// <summary>
        /// The names of a list that all reach one value, 均 before its verb (城乡居民人均可支配收入均增长7%: urban and rural;
        /// 工商注册外资、实际到账外资均增长15%), with the verb and whether it is a growth; null when the words are no such list.
        /// 人均, 年均 and 平均 are no such 均.
        /// </summary>
        public static (IReadOnlyList<string> Names, string Verb, bool Growth)? AllOf(string words)
        {
            var at = words.LastIndexOf('均');
            if (at <= 0 || "人年平".IndexOf(words[at - 1]) >= 0 || words.Contains(Marker, StringComparison.Ordinal)) return null;
            var verb = words.Substring(at + 1);
            if (verb.Length > 4 || verb.IndexOfAny(NameJoiners) >= 0) return null;
            var names = Names(words.Substring(0, at));
            return names.Count < 2 ? null : (names, verb, verb.Contains("增", StringComparison.Ordinal));
        }

        /// <summary>一、二、三产业, 一二三产业, 一、二、三产: the three industries written in one.</summary>
        private static readonly System.Text.RegularExpressions.Regex ThreeIndustries = new("第?一、?二、?三次?产业?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>What a name measures, at its end: 规模以上工业总产值、增加值 is 规模以上工业 + each of them.</summary>
        private static readonly string[] Measures = { "总产值", "增加值", "产值", "营业收入", "主营业务收入", "利润总额", "利润", "收入", "支出", "总额", "余额" };

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
            // 存贷款余额: deposits and loans, a contraction as common as 城乡.
            words = words.Replace("存贷款余额", "存款余额、贷款余额").Replace("存贷款", "存款、贷款");
            // 一般公共预算收支: revenue and expenditure, contracted the same way.
            if (words.EndsWith("收支", StringComparison.Ordinal)) words = words.Substring(0, words.Length - 2) + "收入、支出";
            // 一、二、三产业增加值: the three industries, as contracted as 城乡.
            words = ThreeIndustries.Replace(words, "第一产业、第二产业、第三产业");
            var parts = words.Split(NameJoiners, StringSplitOptions.RemoveEmptyEntries).ToList();
            if (parts.Count < 2) return parts;
            var longest = parts.OrderByDescending(p => p.Length).First();
            // Only a part of one or two characters is the head or tail of a name the others complete; one the longest
            // already begins or ends with names itself (外贸进出口、出口、进口: 出口, not 外贸进出口 again).
            return parts.Select(p => p.Length >= longest.Length ? p
                : parts.IndexOf(p) < parts.IndexOf(longest) ? Head(p, longest)
                : Array.IndexOf(Measures, p) >= 0 && Measures.FirstOrDefault(m => longest.EndsWith(m, StringComparison.Ordinal) && m != p) is { } measured
                    ? longest.Substring(0, longest.Length - measured.Length) + p
                : p.Length > 2 || longest.EndsWith(p, StringComparison.Ordinal) ? p : longest.Substring(0, longest.Length - p.Length) + p).ToList();
        }

        /// <summary>
        /// A part before the longest name, completed by its rest: 城镇 + 居民人均可支配收入; 城镇居民 + 人均可支配收入 (the
        /// words they share, 居民, once); a longer part that shares nothing, or one the longest begins with, stands alone.
        /// </summary>
        private static string Head(string part, string longest)
        {
            if (longest.StartsWith(part, StringComparison.Ordinal)) return part;
            for (var shared = Math.Min(part.Length - 1, longest.Length - 1); shared >= 2; shared--)
            {
                var at = longest.IndexOf(part.Substring(part.Length - shared), 1, StringComparison.Ordinal);
                if (at > 0) return part + longest.Substring(at + shared);
            }
            return part.Length > 2 ? part : part + longest.Substring(Math.Min(part.Length, longest.Length));
        }

        /// <summary>
        /// A list of names before a list of as many values, without 分别: 城乡居民人均可支配收入达到32055元、15301元 (urban
        /// then rural), 城镇、农村居民人均可支配收入达到38381元、15187元, 存贷款余额229.33亿元、91.09亿元.
        /// </summary>
        private static ListItem? UrbanAndRural(ClauseSplitter clauses, FoundNumber number, string unit, IReadOnlyList<FigureProposal> earlier, int clauseStart, IndicatorMatcher indicators)
        {
            var t = clauses.Text;
            var first = FirstDigit(t, clauseStart);
            var words = t.Substring(clauseStart, Math.Max(0, first - clauseStart));
            var names = Names(words);
            var growth = false;
            // …增加到34274元、11238元，年均增长8.2%、10.1%: rates with no name of their own after a list of names in the clause before.
            if (names.Count < 2 && IndicatorMatcher.NamesGrowthOnly(words) && clauseStart > clauses.SentenceStart(number.Start))
            {
                var previous = clauses.ClauseStart(clauseStart - 1);
                var previousFirst = FirstDigit(t, previous);
                if (previousFirst < clauseStart && ValuesListed(t, previousFirst) >= 2)
                {
                    names = Names(t.Substring(previous, previousFirst - previous));
                    growth = true;
                }
            }
            // 从23121元、6945元增加到34274元、11238元: the values after 到 are a list of the same names.
            var from = ListRestart(t, clauseStart - 1, number.Start, earlier);
            var index = EarlierFigures.Between(earlier, from + 1, number.Start).Count();
            if (names.Count < 2 || index >= names.Count || ValuesListed(t, first) != names.Count) return null;
            var name = growth && !names[index].EndsWith("增长", StringComparison.Ordinal) ? names[index] + "增长" : names[index];
            return new ListItem(indicators.Named(name, unit) ?? indicators.Match(name, unit)?.Code);
        }

        /// <summary>
        /// 全县生产总值92.51亿元，规上工业增加值10.74亿元，分别比增5.1%和15.3%: a 分别 list of rates with no names of its
        /// own after as many levels of its sentence, each the growth of its level, in order.
        /// </summary>
        private static ListItem? RatesOfLevelsBefore(string t, FoundNumber number, string unit, IReadOnlyList<FigureProposal> earlier, int sentenceStart, int marker, IndicatorMatcher indicators)
        {
            if (!indicators.IsGrowthUnit(unit)) return null;
            var count = ValuesListed(t, FirstDigit(t, marker));
            var levels = EarlierFigures.Between(earlier, sentenceStart, marker).Where(f => !indicators.IsGrowthUnit(f.Unit))
                .GroupBy(f => f.NumberStart).Select(g => g.First()).ToList();
            var index = EarlierFigures.Between(earlier, marker + 1, number.Start).Select(f => f.NumberStart).Distinct().Count();
            if (count < 2 || levels.Count < count || index >= count) return null;
            var level = levels[levels.Count - count + index];
            return new ListItem(level.Indicator is { } code ? indicators.GrowthOf(code, unit) : null);
        }

        /// <summary>
        /// Where the values of a list that <paramref name="marker"/> opens start again: after the last 到 or 至 that
        /// follows values of the list (分别从A、B增加到C、D); else the marker itself.
        /// </summary>
        private static int ListRestart(string t, int marker, int numberStart, IReadOnlyList<FigureProposal> earlier)
        {
            // (marker is -1 for a list that opens the text)
            var from = Math.Max(marker + 1, 0);
            if (numberStart <= from) return marker;
            var to = t.LastIndexOfAny(new[] { '到', '至' }, numberStart - 1, numberStart - from);
            return to > marker && EarlierFigures.Between(earlier, marker + 1, to).Any() ? to : marker;
        }

        /// <summary>How many values a list starting at <paramref name="from"/> holds: numbers joined by 、 or 和 (with their units), to the clause's end.</summary>
        private static int ValuesListed(string t, int from)
        {
            var count = 0;
            for (var i = from; i < t.Length && ",;:。!?".IndexOf(t[i]) < 0;)
            {
                // 23292元和7750元、分别增长…: the words after the last value end the list.
                if (!char.IsDigit(t[i])) return count;
                count++;
                while (i < t.Length && (char.IsDigit(t[i]) || t[i] == '.')) i++;
                // the unit, up to the joiner of the next value
                while (i < t.Length && !char.IsDigit(t[i]) && t[i] != '、' && t[i] != '和' && ",;:。!?".IndexOf(t[i]) < 0) i++;
                if (i < t.Length && (t[i] == '、' || t[i] == '和')) i++;
                else break;
            }
            return count;
        }

        /// <summary>The words right before <paramref name="at"/>, back to the previous value or clause mark.</summary>
        private static string TrailingWords(string t, int at)
        {
            var from = at;
            while (from > 0 && !char.IsDigit(t[from - 1]) && ",;:。!?、和".IndexOf(t[from - 1]) < 0) from--;
            return t.Substring(from, at - from);
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

    /// <summary>A value that is an item of a list of names, and the indicator of its own name (null: the registry has none).</summary>
    public readonly record struct ListItem(string? Indicator);
}
