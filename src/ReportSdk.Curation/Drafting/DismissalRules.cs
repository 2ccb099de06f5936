using System;
using System.Globalization;
using System.Linq;
using ReportSdk.Compiler.Text;

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
        /// <summary>The labels of a page's or a document's index number.</summary>
        private static readonly string[] IndexLabels = { "索引号", "发文字号" };

        /// <summary>The characters an index number is written with (001008003002/2019-41253, 11370829004333910Q/2023-07818).</summary>
        private static bool InIndexNumber(char c) => char.IsDigit(c) || c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '/' or '-' or '|' or ':' or '_';

        /// <summary>The index number the number at <paramref name="start"/> stands in, from its label to its end, or null.</summary>
        private static DismissalMatch? IndexNumber(string t, int start)
        {
            var from = start;
            while (from > 0 && start - from < 40 && InIndexNumber(t[from - 1])) from--;
            if (IndexLabels.FirstOrDefault(l => EndsAt(t, from, l)) is not { } label) return null;
            var end = start;
            while (end < t.Length && InIndexNumber(t[end])) end++;
            return new DismissalMatch(from - label.Length, end, "reference");
        }

        /// <summary>阅读:, 浏览次数:, 点击量: a web page's counter of its readers, right before the number.</summary>
        private static readonly System.Text.RegularExpressions.Regex PageCounter = new("(阅读|浏览|点击|访问)(次数|量|数)?:$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>The longest quoted term whose numbers are a name, in characters between the marks.</summary>
        private const int MaxQuotedTerm = 12;

        /// <summary>
        /// Why the number <paramref name="number"/> of <paramref name="folded"/> is not a fact, or null
        /// when no rule says so. <paramref name="unit"/>: the unit that follows it, if any (then only the rules
        /// that override a unit apply: quoted terms, ordinals, ranks, names).
        /// </summary>
        public static DismissalMatch? Classify(FoldedText folded, FoundNumber number, UnitMatch? unit)
        {
            var hasUnit = unit is not null;
            var t = folded.Value;
            var start = number.Start;
            var end = number.End;
            var before = start > 0 ? t[start - 1] : '\0';
            var after = end < t.Length ? t[end] : '\0';

            if (QuotedTerm(folded, start) is { } term) return new DismissalMatch(term.Start, term.End, "name");
            // 索引号 001008003002/2019-41253: a page's index number, every digit run of it one reference.
            if (IndexNumber(t, start) is { } index) return index;
            // 阅读:596155次, 浏览次数:1604: the page's count of its readers, not a figure of the report.
            if (PageCounter.Match(t.Substring(Math.Max(0, start - 8), start - Math.Max(0, start - 8))) is { Success: true } counter)
            {
                return new DismissalMatch(start - counter.Length, Starts(t, end, "次") ? end + 1 : end, "other", "the page's count of its readers, not a figure of the report");
            }
            if (before == '第')
            {
                var rank = after == '位' || after == '名';
                return new DismissalMatch(start - 1, Math.Min(t.Length, end + 1), rank ? "rank" : "ordinal");
            }
            if (before == '前' && (after == '位' || after == '名')) return new DismissalMatch(start - 1, end + 1, "rank");
            // 排76名, 居全省前列第3位, 前进7位, 上升两个位次: a place in a ranking.
            if (RankWords.FirstOrDefault(w => EndsAt(t, start, w)) is { } rankWord && (after == '位' || after == '名' || Starts(t, end, "个位次") || Starts(t, end, "位次")))
            {
                return new DismissalMatch(start - rankWord.Length, Math.Min(t.Length, end + (Starts(t, end, "个位次") ? 3 : Starts(t, end, "位次") ? 2 : 1)), "rank");
            }
            // 稳经济47条, 助企纾困22条: a package of measures named by its count, unless built or opened (新建道路12条).
            if (after == '条' && PolicyPackage(t, start, end)) return new DismissalMatch(PackageStart(t, start), end + 1, "name");
            // 时速350公里, 年产5.5万吨 in a project's name: a class of speed or capacity, not a figure of the region.
            if (ClassWords.FirstOrDefault(w => EndsAt(t, start, w)) is { } classWord) return new DismissalMatch(start - classWord.Length, unit?.End ?? end, "other", "a class of speed or capacity in a name, not a figure of the region");
            if (Starts(t, end, "周年")) return new DismissalMatch(start, end + 2, "ordinal");
            // 省委十一届三次、四次全会, 二届四次会议: the number of a session, not a count.
            if (SessionNumber.Match(t, end) is { Success: true } session && (before == '届' || session.Groups[1].Success))
            {
                return new DismissalMatch(start, end + 1, "ordinal");
            }
            if ((IsLatin(before) && !NamesAQuantity(t, start, hasUnit)) || IsLatin(after) || (after == '+' && end + 1 < t.Length && (char.IsDigit(t[end + 1]) || IsLatin(t[end + 1])))
                || (before == '+' && start >= 2 && (char.IsDigit(t[start - 2]) || IsLatin(t[start - 2]))))
            {
                var s = start;
                while (s > 0 && (IsLatin(t[s - 1]) || char.IsDigit(t[s - 1]) || t[s - 1] == '+' || t[s - 1] == '.')) s--;
                var e = end;
                while (e < t.Length && (IsLatin(t[e]) || char.IsDigit(t[e]) || t[e] == '+' || (t[e] == '.' && e + 1 < t.Length && char.IsDigit(t[e + 1])))) e++;
                return new DismissalMatch(s, e, "name");
            }
            if (Starts(t, end, "号线") || Starts(t, end, "星级")) return new DismissalMatch(start, end + 2, "name");
            // 三次产业: the primary, secondary and tertiary industries, a term.
            if (Starts(t, start, "三次产业")) return new DismissalMatch(start, start + 4, "name");
            if (unit is not null && CountOfNamedSet(t, number, unit) is { } set) return set;
            if (unit is not null && FieldOfRanking(t, number, unit) is { } field) return field;
            if (unit is not null && Attendance(t, start, unit) is { } attendance) return attendance;
            // 连续48个月: how long a streak has lasted.
            if (unit is { Unit: "days" or "months" } && EndsAt(t, start, "连续")) return new DismissalMatch(start - 2, unit.End, "duration");
            // 成为玉林首个300亿元园区: a class in a name, the first place to reach it.
            if (unit is not null && (EndsAt(t, start, "首个") || EndsAt(t, start, "第一个"))) return new DismissalMatch(start, unit.End, "other", "a class the text names, not a figure of the region");
            // 全国每出口4辆汽车就有1辆安徽造: a share told as one in so many.
            if (unit is not null && OneInSoMany(t, start, unit.End) is { } share) return share;
            // 用两个多月时间实现…: how long an effort took, not a figure of the region.
            if (unit is { Unit: "hours" or "days" or "months" } && Starts(t, unit.End, "时间")) return new DismissalMatch(start, unit.End + 2, "duration", "how long an effort took, not a figure of the region");
            if (unit is not null && Parts(t, start, unit) is { } parts) return parts;
            if (hasUnit) return null;

            var isYear = !number.IsNumeral && number.Value.Length == 4 && number.Value.IndexOf('.') < 0
                && int.Parse(number.Value, CultureInfo.InvariantCulture) is >= 1900 and <= 2100;
            if (isYear && after == '年') return new DismissalMatch(start, end + 1, "year");
            if (isYear && number.Max is null && (after == '-' || after == '—' || after == '至')) return new DismissalMatch(start, end, "year");
            if (after == '月')
            {
                var e = end + 1;
                var d = e;
                while (d < t.Length && char.IsDigit(t[d])) d++;
                if (d > e && d < t.Length && (t[d] == '日' || t[d] == '号')) e = d + 1;
                else if (e < t.Length && "底末初份中".IndexOf(t[e]) >= 0) e++;
                return new DismissalMatch(start, e, "date");
            }
            if (after == '日' || after == '号') return new DismissalMatch(start, end + 1, "date");
            if (isYear) return new DismissalMatch(start, end, "year");
            if (after == '年' && !number.IsNumeral) return new DismissalMatch(start, end + 1, "duration");
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

        /// <summary>Words before a number that make it a place in a ranking.</summary>
        private static readonly string[] RankWords = { "排", "排名", "位居", "居", "列", "前进", "上升", "提升", "后退", "下降", "跃升" };

        /// <summary>Words before a number that make it a class of speed or capacity (时速350公里).</summary>
        private static readonly string[] ClassWords = { "时速", "年产", "日产", "年处理", "日处理", "设计产能" };

        /// <summary>Verbs before a count of 条 that make it things built or done (新建道路12条), not a package of measures.</summary>
        private static readonly string[] BuildVerbs = { "新建", "建成", "建设", "修建", "开通", "新开", "改造", "新增", "打造", "硬化", "治理", "完成", "铺设", "整治", "提升", "整修", "疏通", "打通", "开工" };

        private static bool PolicyPackage(string t, int start, int end)
        {
            var next = end + 1 < t.Length ? t[end + 1] : '。';
            // …、民营企业参与政府投资项目13条等措施: 等 after the last package of a list closes it too.
            var closes = ",;。:!?、\")）)等".IndexOf(next) >= 0 || Starts(t, end + 1, "措施") || Starts(t, end + 1, "政策") || Starts(t, end + 1, "举措") || Starts(t, end + 1, "意见");
            if (!closes) return false;
            var clause = t.Substring(Math.Max(0, start - 12), Math.Min(12, start));
            var cut = clause.LastIndexOfAny(",;。:!?、".ToCharArray());
            if (cut >= 0) clause = clause.Substring(cut + 1);
            return clause.Length > 0 && !BuildVerbs.Any(v => clause.Contains(v, StringComparison.Ordinal));
        }

        /// <summary>Where a package's name starts: after the verb that introduces it (出台实施稳经济47条), or at most eight characters back.</summary>
        private static int PackageStart(string t, int start)
        {
            var from = Math.Max(0, start - 8);
            var head = t.Substring(from, start - from);
            var cut = head.LastIndexOfAny(",;。:!?、".ToCharArray());
            foreach (var verb in new[] { "出台实施", "出台", "实施", "制定", "落实", "推出", "印发" })
            {
                var at = head.LastIndexOf(verb, StringComparison.Ordinal);
                if (at >= 0 && at > cut) cut = at + verb.Length - 1;
            }
            return from + cut + 1;
        }

        private static bool EndsAt(string text, int at, string word) => at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0;

        /// <summary>Abbreviations of a quantity: 实现GDP1960亿元, 人均GDP5.74万元 state a figure, not a name.</summary>
        private static readonly string[] QuantityAbbreviations = { "GDP", "GNP", "CPI", "PPI" };

        private static bool NamesAQuantity(string t, int start, bool hasUnit)
            => hasUnit && QuantityAbbreviations.Any(a => EndsAt(t, start, a) && (start == a.Length || !IsLatin(t[start - a.Length - 1])));

        /// <summary>次 after a session's number, and the other numbers of a list of sessions up to 全会 or 会议 (group 1) when it is there.</summary>
        private static readonly System.Text.RegularExpressions.Regex SessionNumber = new("\\G次(?:、[0-9一二三四五六七八九十]+次)*((全体)?会议|全会)?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>Verbs of a plan's approach before the count of its directions: 聚焦六个方向, 推动六个变化, 培育四种经济形态.</summary>
        private static readonly string[] ApproachVerbs = { "聚焦", "围绕", "突出", "提出", "推动", "培育", "落实" };

        /// <summary>Nouns of a set a report names by its count: 三条底线, 六项重点任务, 三件大事, 四项工程.</summary>
        private static readonly string[] SetNouns = { "底线", "重点任务", "大事", "工程", "攻坚战", "行动" };

        /// <summary>
        /// 守住三条底线, 抓好六项重点任务, “修机场、造海港、通高铁”三件大事: a count in Chinese numerals of the lines, tasks or
        /// undertakings the text names (by a set noun after it, or a quoted list of as many items right before it), not a quantity of the year.
        /// </summary>
        private static DismissalMatch? CountOfNamedSet(string t, FoundNumber number, UnitMatch unit)
        {
            if (unit.Unit != "count") return null;
            // 共安排21项指标, 包括12项预期性指标: how many indicators a plan sets, in digits as often as not (but 9项约束性指标全部完成 is a result).
            if (unit.Measure == "项" && IndicatorCount.Match(t, unit.End) is { Success: true } indicators && SetsIndicators(t, number.Start))
            {
                return new DismissalMatch(number.Start, unit.End + indicators.Length, "other", "how many indicators the plan sets, not a figure of the region");
            }
            // 三大类43项指标体系: the size of a system of indicators; 两项指标稳居全市第一: the indicators just named, counted in words.
            if (unit.Measure == "项" && IndicatorCount.Match(t, unit.End) is { Success: true } counted && (Starts(t, unit.End + counted.Length, "体系") || number.IsNumeral))
            {
                return new DismissalMatch(number.Start, unit.End + counted.Length, "other", "a count of indicators, not a figure of the region");
            }
            if (!number.IsNumeral) return null;
            var noun = SetNouns.FirstOrDefault(w => Starts(t, unit.End, w));
            // 这四个定位, 上述三项: a count of what the text has just named.
            if (noun is null && !CountsQuotedList(t, number) && !Demonstratives.Any(d => EndsAt(t, number.Start, d)) && !ApproachVerbs.Any(v => EndsAt(t, number.Start, v))) return null;
            return new DismissalMatch(number.Start, unit.End + (noun?.Length ?? 0), "other", "a count of the lines, tasks or undertakings the text names, not a quantity of the year");
        }

        /// <summary>在全省17个市州中, 在广西21个主城区中, 23项主要经济指标中: the size of the field a place or a figure is ranked in, not a figure of the region.</summary>
        private static DismissalMatch? FieldOfRanking(string t, FoundNumber number, UnitMatch unit)
        {
            if (unit.Unit != "count" || unit.Measure is not ("个" or "项") || number.Start == 0) return null;
            var from = Math.Max(0, number.Start - 8);
            var at = t.LastIndexOf('在', number.Start - 1, number.Start - from);
            // 23项主要经济指标中，增速快于上年的有16项: a field that opens its sentence needs no 在.
            var opens = at < 0 && "。,;:\n".IndexOf(t[number.Start - 1]) >= 0;
            if (opens) at = number.Start;
            if (at < 0 || t.IndexOfAny(ClauseMarks, at, number.Start - at) >= 0) return null;
            var to = Math.Min(t.Length, unit.End + 8);
            var end = t.IndexOf('中', unit.End, to - unit.End);
            if (end < 0 || t.IndexOfAny(ClauseMarks, unit.End, end - unit.End) >= 0) return null;
            // …中, : without 在 the field ends its clause (not 12个镇综治中心).
            if (opens && (end + 1 >= t.Length || ",;:".IndexOf(t[end + 1]) < 0)) return null;
            return new DismissalMatch(at, end + 1, "other", "the size of the field a place is ranked in, not a figure of the region");
        }

        private static readonly char[] ClauseMarks = { '。', ',', ';', ':', '、', '!', '?' };

        /// <summary>Words before a count that point back at what the text named: 这四个, 上述三项.</summary>
        private static readonly string[] Demonstratives = { "这", "这些", "上述", "以上" };

        /// <summary>The words after 项 of a count of indicators: 指标, 主要指标, 预期性指标, 约束性指标.</summary>
        private static readonly System.Text.RegularExpressions.Regex IndicatorCount = new("\\G(主要|预期性|约束性|经济|考核)?指标", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>Words of a plan setting its indicators, in the clause before their count: 共安排, 设置, 包括.</summary>
        private static readonly string[] SettingWords = { "安排", "设置", "设定", "设立", "包括", "共设" };

        private static bool SetsIndicators(string t, int start)
        {
            var from = Math.Max(0, t.LastIndexOfAny(new[] { '。', ',', ';', '，', '；' }, Math.Max(0, start - 1)) + 1);
            var clause = t.Substring(from, start - from);
            return SettingWords.Any(w => clause.Contains(w, StringComparison.Ordinal));
        }

        /// <summary>每出口4辆汽车就有1辆: the two numbers of a share told as one in so many, from 每 to the second.</summary>
        private static DismissalMatch? OneInSoMany(string t, int start, int end)
        {
            var from = Math.Max(0, start - 10);
            var each = t.LastIndexOf('每', start - 1, start - from);
            if (each >= 0 && t.IndexOfAny(ClauseMarks, each, start - each) < 0)
            {
                var has = t.IndexOf("就有", start, Math.Min(12, t.Length - start), StringComparison.Ordinal);
                if (has > 0 && t.IndexOfAny(ClauseMarks, start, has - start) < 0) return new DismissalMatch(each, has + 2, "other", "a share told as one in so many, not a figure of the region");
            }
            var have = t.LastIndexOf("就有", start - 1, Math.Min(start, 4), StringComparison.Ordinal);
            if (have < 0) return null;
            var before = t.LastIndexOf('每', have, Math.Min(have + 1, 16));
            return before >= 0 && t.IndexOfAny(ClauseMarks, before, have - before) < 0 ? new DismissalMatch(before, end, "other", "a share told as one in so many, not a figure of the region") : null;
        }

        /// <summary>Whether a quoted list of as many items as <paramref name="number"/> counts (“引增量、锻长板、补短板、强企业”四项) ends right before it.</summary>
        private static bool CountsQuotedList(string t, FoundNumber number)
        {
            if (number.Start == 0 || t[number.Start - 1] != '"') return false;
            var open = t.LastIndexOf('"', number.Start - 2);
            if (open < 0 || number.Start - 1 - open > MaxQuotedTerm * 3) return false;
            var items = t.Substring(open + 1, number.Start - 2 - open).Split('、').Length;
            return items > 1 && items.ToString(CultureInfo.InvariantCulture) == number.Value;
        }

        /// <summary>The people who attend, 162名代表, 230名人大代表: a news report's account of the session, not a figure of the region.</summary>
        private static DismissalMatch? Attendance(string t, int start, UnitMatch unit)
        {
            if (unit.Unit != "people") return null;
            var word = AttendingWords.FirstOrDefault(w => Starts(t, unit.End, w));
            if (word is not null) return new DismissalMatch(start, unit.End + word.Length, "other", "the delegates of the session, not a figure of the region");
            // 大会应到代表176名，实到163名, 缺席33人: the roll call of the session.
            var call = RollCallWords.FirstOrDefault(w => EndsAt(t, start, w));
            return call is null ? null : new DismissalMatch(start - call.Length, unit.End, "other", "the delegates of the session, not a figure of the region");
        }

        private static readonly string[] AttendingWords = { "人大代表", "政协委员", "代表", "委员" };

        /// <summary>Words of a session's roll call right before the number of delegates.</summary>
        private static readonly string[] RollCallWords = { "应到代表", "实到代表", "应到", "实到", "出席代表", "缺席", "请假" };

        /// <summary>报告分四个部分, 以下八个方面: how many parts a text has, not a figure.</summary>
        private static DismissalMatch? Parts(string t, int start, UnitMatch unit)
        {
            if (unit.Unit != "count" || unit.Measure != "个") return null;
            var word = new[] { "部分", "方面" }.FirstOrDefault(w => Starts(t, unit.End, w));
            return word is null ? null : new DismissalMatch(start, unit.End + word.Length, "other", "how many parts the text has, not a figure");
        }

        private static bool Starts(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

        private static bool IsLatin(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /// <summary>Why a number is no figure: the text that shows it [<paramref name="Start"/>, <paramref name="End"/>) of the folded source, the reason, and a note (required for <c>other</c>).</summary>
    public sealed record DismissalMatch(int Start, int End, string Reason, string? Note = null);
}
