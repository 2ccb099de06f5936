using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The list (target or actual), period and kind of a figure, from where it stands and what its words say:
    /// <list type="bullet">
    /// <item>a year written with the quantity decides (从2016年的695.7亿元: an actual of 2016; 到2025年: a target of the period);</item>
    /// <item>an average or a total over years (年均, 累计) is a figure of the five-year period;</item>
    /// <item>review sections give actuals, of the reviewed year or, in a paragraph that looks back on five years, of the
    /// five-year period (a level the period reached, 增加到X, is of the reviewed year; the level it started from, 从X, of the year before it);</item>
    /// <item>outlook sections give five-year targets, long-range in a sentence about 2035;</item>
    /// <item>elsewhere — the plan, key work, the preamble of a digest that both reviews and plans — the words nearest
    /// before the number say which: 预计, 同比, 过去一年, the reviewed year… make an actual; 目标, 力争, 今年, the plan
    /// year… a target; else the paragraph's words (主要预期目标; 回顾, 执行情况); else the section's role.</item>
    /// </list>
    /// Targets of the plan year are <c>annual</c>, but in a key-work section outside its headline paragraph, where they are <c>task</c>s.
    /// </summary>
    public static class PeriodRules
    {
        /// <summary>Words of a paragraph that looks back on the five-year period.</summary>
        private static readonly string[] FiveYearReview = { "过去的五年", "回顾五年", "过去五年", "五年来", "这五年", "本届政府任期", "本届政府以来" };

        /// <summary>
        /// A five-year plan's period named (the paragraph is folded: “十三五” is "十三五"): 时期, 期间 look back on it when it
        /// has ended by the reviewed year (a 2011 report's 十二五时期 is the plan ahead); 以来 when it had begun.
        /// </summary>
        private static readonly Regex PlanPeriod = new("十(?<n>[一二三四五六七八九])五\"?(?<how>时期|期间|以来|规划|确定|末|)", RegexOptions.CultureInvariant);

        /// <summary>The years of the five-year plan <paramref name="plan"/> names (十一五 2006–2010, 十四五 2021–2025).</summary>
        private static (int Start, int End) PlanYears(Match plan) => Intake.TitleRoles.PlanNamed(plan.Value)!.Value;

        /// <summary>本届政府任期的开局之年: the term named as just begun, no look back on it.</summary>
        private static readonly Regex FirstYearOfTerm = new("^的?(开局|第一年|首年)", RegexOptions.CultureInvariant);

        /// <summary>为实现以上目标，…: the paragraph that opens so says the one before it held the year's targets.</summary>
        private static readonly Regex TargetsAbove = new("^\\s*(为实现|为完成|实现)(以上|上述|这些|上面)(的)?(各项)?(目标|任务)", RegexOptions.CultureInvariant);

        /// <summary>Whether <paramref name="nextParagraph"/> opens by naming the targets of the paragraph before it (为实现以上目标).</summary>
        public static bool NamesTargetsAbove(string nextParagraph) => TargetsAbove.IsMatch(nextParagraph);

        /// <summary>Words of the paragraph that holds the year's headline targets.</summary>
        public static readonly string[] Headline = { "主要预期目标", "主要目标", "预期目标" };

        /// <summary>Words of a paragraph about the main indicators, of the year ahead or of the year reviewed (主要经济指标恢复好于预期).</summary>
        private static readonly string[] MainIndicators = { "主要经济指标", "主要指标" };

        /// <summary>Words that make a paragraph about the main indicators one that plans them (2022年主要经济指标的计划安排是).</summary>
        private static readonly string[] PlanningWords = { "今年", "明年", "计划", "安排", "建议", "力争", "预期" };

        /// <summary>
        /// A goal the text says was met or beaten (高于预期目标7.5个百分点, 较好地完成了“十三五”规划确立的主要目标任务, 好于预期):
        /// a report on the past, though it names a target.
        /// </summary>
        private static readonly Regex GoalMet = new(
            "(完成了|实现了|达到了|全面完成|圆满完成|超额完成|较好地完成|较好完成|高于|好于|低于|超过|超出|快于)[^，。；,;:]{0,16}?(目标|指标)(任务)?|(高于|好于|低于|超出|超过|快于)(预期|计划|年初)",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// Whether <paramref name="paragraph"/> holds the year's headline targets: it names them (主要预期目标), or names the
        /// main indicators and plans them — not where it says a goal was met (高于预期目标).
        /// </summary>
        public static bool IsHeadlineParagraph(string paragraph, int planYear)
        {
            var planning = GoalMet.Replace(paragraph, "");
            return Array.Exists(Headline, w => planning.Contains(w, StringComparison.Ordinal))
                || Array.Exists(MainIndicators, w => planning.Contains(w, StringComparison.Ordinal))
                   && (Array.Exists(PlanningWords, w => planning.Contains(w, StringComparison.Ordinal)) || planning.Contains(planYear.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal));
        }

        /// <summary>Words that make a figure a report on the past, nearest before its number, in any section.</summary>
        private static readonly string[] ActualWords =
        {
            "预计", "初步核算", "据统计", "过去一年", "过去的一年", "去年", "一年来", "执行情况", "高于计划目标", "低于计划目标", "完成计划目标", "超过计划目标",
        };

        /// <summary>
        /// Words that report the past in a text of no known role (a digest's preamble), but also set goals in a plan
        /// (全年信访总量同比下降45% is a target there).
        /// </summary>
        private static readonly string[] PastWords = { "同比", "较上年", "比上年", "上年", "实现了", "完成了", "取得" };

        /// <summary>Words that make a figure a goal, nearest before its number.</summary>
        private static readonly string[] TargetWords = { "预期目标", "主要目标", "目标", "力争", "确保", "预期", "今年", "明年", "计划", "争取" };

        /// <summary>A sentence that opens with its year (截至2016年底，…; 预计2016年…; 2016年，…) states figures of that year.</summary>
        private static readonly Regex AsOf = new("^[^，,。]{0,6}?(截至|截止|截止到|到|预计|初步核算)?(?<y>(19|20)[0-9]{2})年(底|末)?(?!以来|来|以前|前|后|起|至|到|—|-)", RegexOptions.CultureInvariant);

        /// <summary>A digest's attribution before what the report says (报告指出，…; 根据报告，…; 报告在总结…时指出，…).</summary>
        private static readonly Regex Attribution = new("^\\s*(根据报告|据报告|报告[^,。:]{0,16}?(指出|称|提到|提出|显示|强调|明确|表示))[,:]?\\s*", RegexOptions.CultureInvariant);

        /// <summary><paramref name="text"/> without a digest's attribution at its start.</summary>
        private static string WithoutAttribution(string text) => Attribution.Match(text) is { Success: true } m ? text.Substring(m.Length) : text;

        private static readonly Regex Year = new("(?<y>(19|20)[0-9]{2})年(?!代)", RegexOptions.CultureInvariant);

        /// <summary>由上年的, 从去年末的: a change that starts from the year before the reviewed one.</summary>
        private static readonly Regex FromLastYear = new("(由|从)(上年|去年|上一年)(末|底)?的?$", RegexOptions.CultureInvariant);

        /// <summary>两年平均, 三年平均: an average over the last years, fewer than five.</summary>
        private static readonly Regex YearsAveraged = new("(?<n>[两三])年平均", RegexOptions.CultureInvariant);

        /// <summary>Words right before a level that a period reached (从X增加到Y: Y; 总值突破400亿元; 跨过2000亿元台阶).</summary>
        private static readonly string[] EndWords =
        {
            "增加到", "提高到", "提升到", "增长到", "上升到", "发展到", "扩大到", "达到", "增至", "提高至", "提升至",
            "达", "突破", "超过", "超", "逾", "跨过", "跨上", "迈上", "迈过", "站上", "跃上",
        };

        /// <summary>Words of an approximate number (近3.4万户群众乔迁新居): no verb, so a level only after the name of one.</summary>
        private static readonly string[] Approximately = { "将近", "接近", "近", "大约", "约" };

        /// <summary>
        /// Words of what a five-year period did or of a change over it (新增, 引进, 累计完成; 增长, 是…的1.5倍): a figure with
        /// them is of the five years, though a level verb follows (新增…达到).
        /// </summary>
        private static readonly string[] DidWords =
        {
            "累计", "新增", "新建", "建成", "引进", "吸收", "招引", "实施", "培育", "签约", "开工", "争取", "改造", "完成", "承接", "形成", "获批",
            "落户", "脱贫", "退出", "摘帽", "办好", "减少", "增长", "增加", "下降", "提高", "提升", "上升", "翻",
        };

        /// <summary>Words of a level held through a period, or levels reached one after another (先后迈上4000亿元、5000亿元两大台阶), not one reached at its end.</summary>
        private static readonly string[] HeldWords = { "稳定在", "保持在", "连续", "始终", "均保持", "先后" };

        /// <summary>What the name of a level ends with, where the registry has no indicator of it (服务业增加值, 存款余额, 占比).</summary>
        private static readonly string[] LevelNames = { "增加值", "总值", "总额", "总量", "余额", "产值", "产量", "收入", "比重", "占比", "规模" };

        /// <summary>
        /// Whether a figure in a five-year look-back is a level the period reached (地区生产总值突破400亿元, 人均生产总值7.9万元)
        /// rather than what it did (新增市场主体5.2万户) or a change over it: a level verb right before the number, or no
        /// verb at all after the name of a level (<paramref name="namesLevel"/>), and no word of doing in between — nor, for a
        /// name with no verb, in its clause before it (吸收外资9.7亿美元、省外境内资金223亿元: 223 was taken in too).
        /// </summary>
        public static bool IsLevelReached(string words, bool namesLevel, string clauseBefore = "")
        {
            // 粮食产量稳定在1500亿斤以上, 连续五年保持在: a level held through the period is of the five years.
            if (HeldWords.Any(w => words.Contains(w, StringComparison.Ordinal))) return false;
            if (Approximately.FirstOrDefault(w => words.EndsWith(w, StringComparison.Ordinal)) is { } approximately) words = words.Substring(0, words.Length - approximately.Length);
            var end = EndWords.Where(w => words.EndsWith(w, StringComparison.Ordinal)).Select(w => w.Length).DefaultIfEmpty(0).Max();
            // A rate is a level too (科技进步贡献率50.5%, 建制村公路通畅率99.8%), not a rate of change (年均增长率).
            var namesRate = words.EndsWith("率", StringComparison.Ordinal) && !DidWords.Any(w => words.Contains(w, StringComparison.Ordinal));
            if (end == 0 && !namesLevel && !namesRate && !LevelNames.Any(n => words.EndsWith(n, StringComparison.Ordinal))) return false;
            // 增加值 names a quantity, not an increase.
            var rest = (end == 0 && clauseBefore.Length > 0 ? clauseBefore : words.Substring(0, words.Length - end)).Replace("增加值", "", StringComparison.Ordinal);
            return !DidWords.Any(w => rest.Contains(w, StringComparison.Ordinal));
        }

        /// <summary>When a figure applies and what kind it is.</summary>
        public static FigureTiming Decide(TimingContext c)
        {
            var culture = CultureInfo.InvariantCulture;
            string Span(int from, int to) => from.ToString(culture) + "-" + to.ToString(culture);

            // A year written with the quantity, in its own words before the number.
            // A year written with the quantity is its period (从2016年的695.7亿元), not when it is what the quantity is compared with (是2015年的1.24倍, 比2015年增长).
            var written = Year.Matches(c.Words).Cast<Match>().Where(m => !ComparedWith(c.Words, m.Index)).Select(m => int.Parse(m.Groups["y"].Value, culture)).LastOrDefault();
            // 是2011年的1.37倍, 比2011年增长: compared with the year before the five reviewed ones, a change over those five years.
            var comparedWith = Year.Matches(c.Words).Cast<Match>().Where(m => ComparedWith(c.Words, m.Index)).Select(m => int.Parse(m.Groups["y"].Value, culture)).LastOrDefault();
            if (written == 0 && comparedWith > 0 && comparedWith == c.ReviewYear - 5) return new FigureTiming(false, Span(c.ReviewYear - 4, c.ReviewYear), "five-year", false);
            // “十二五”确定的9项约束性指标: a five-year plan named in the figure's own words is its period, once it has ended (or for a target, ahead).
            // 由“十二五”末的6557亿元: the level at the end of a five-year plan is of its last year.
            if (written == 0 && PlanPeriod.Match(c.Words) is { Success: true, Groups: var g } end && g["how"].Value == "末" && !ComparedWith(c.Words, end.Index > 0 && c.Words[end.Index - 1] == '"' ? end.Index - 1 : end.Index)
                && PlanYears(end) is var (_, endYear) && endYear <= c.ReviewYear)
            {
                return new FigureTiming(false, endYear.ToString(culture), "annual", false, Baseline: endYear < c.ReviewYear);
            }
            if (written == 0 && PlanPeriod.Match(c.Words) is { Success: true } plan && !ComparedWith(c.Words, plan.Index > 0 && c.Words[plan.Index - 1] == '"' ? plan.Index - 1 : plan.Index)
                && PlanYears(plan) is var (planStart, planEnd)
                && (planEnd <= c.ReviewYear || planStart >= c.PlanYear))
            {
                return new FigureTiming(planStart >= c.PlanYear, Span(planStart, planEnd), "five-year", false);
            }
            // 五年累计培育…186家、…709家，累计新增…274家: the five-year total covers what its sentence lists after it.
            // 累计完成投资4540亿元 in a section that looks back on five years (过去五年及2016年工作回顾): the five years' total.
            var average = c.Words.Contains("年均", StringComparison.Ordinal) || c.Words.Contains("五年", StringComparison.Ordinal)
                || c.Sentence.Contains("五年累计", StringComparison.Ordinal) || c.SectionLooksBackOnFiveYears && c.Words.Contains("累计", StringComparison.Ordinal);
            // 截至2016年底，…: the sentence states the levels of that year (an average over years stays one: 2020年…，年均增长4.98%).
            if (written == 0 && !average && AsOf.Match(WithoutAttribution(c.SentenceBefore)) is { Success: true } asOf) written = int.Parse(asOf.Groups["y"].Value, culture);
            var isTarget = IsTarget(c, written);
            // 完成区人代会批准增长8%以上目标, 符合3%左右的预期目标: a target quoted in a review is the reviewed year's.
            if (!isTarget && c.TargetAfter && written == 0 && !average) return new FigureTiming(true, c.ReviewYear.ToString(culture), "annual", false);
            // 两年平均增长6%: an average over the reviewed year and the one before it is of those years (2020-2021), an annual figure.
            if (!isTarget && written == 0 && YearsAveraged.Match(c.Words) is { Success: true } averaged)
            {
                var years = averaged.Groups["n"].Value == "两" ? 2 : 3;
                return new FigureTiming(false, Span(c.ReviewYear - years + 1, c.ReviewYear), "annual", false);
            }

            if (isTarget)
            {
                if (written == 2035 || c.Role == "outlook" && (c.Sentence.Contains("2035", StringComparison.Ordinal) || c.Sentence.Contains("二〇三五", StringComparison.Ordinal)))
                    return new FigureTiming(true, "2035", "long-range", false);
                if (written > c.PlanYear) return new FigureTiming(true, Span(c.PlanYear, written), "five-year", false);
                if (c.Role == "outlook" || average || SetsFiveYearGoals(c)) return new FigureTiming(true, Span(c.PlanYear, c.PlanYear + 4), "five-year", false);
                var headline = IsHeadlineParagraph(c.Paragraph, c.PlanYear) || c.TargetsAbove;
                return new FigureTiming(true, c.PlanYear.ToString(culture), c.Role == "key-work" && !headline ? "task" : "annual", headline);
            }
            if (written > 0 && written <= c.ReviewYear) return new FigureTiming(false, written.ToString(culture), "annual", false, Baseline: written < c.ReviewYear);
            // 比重由上年的9.6%提高到11%: the level of the year before the reviewed one, where the change started.
            if (FromLastYear.IsMatch(c.Words)) return new FigureTiming(false, (c.ReviewYear - 1).ToString(culture), "annual", false, Baseline: true);
            if (c.FiveYearReview)
            {
                var fiveYears = Span(c.ReviewYear - 4, c.ReviewYear);
                if (average) return new FigureTiming(false, fiveYears, "five-year", false);
                // 从742亿元增加到1550.2亿元: the start of the period, then the level it reached.
                if (EndsWith(c.Words, "从", "由")) return new FigureTiming(false, (c.ReviewYear - 5).ToString(culture), "annual", false, Baseline: true);
                // 增加到1550.2亿元, 突破400亿元, 人均生产总值7.9万元: a level the period reached is of the reviewed year (corpus/README.md).
                if (IsLevelReached(c.Words + c.BoundWordBefore, c.NamesLevel, c.ClauseBefore) || c.Words.Length == 0 && c.ContinuesFromBaseline)
                    return new FigureTiming(false, c.ReviewYear.ToString(culture), "annual", false);
                return new FigureTiming(false, fiveYears, "five-year", false);
            }
            return average
                ? new FigureTiming(false, Span(c.ReviewYear - 4, c.ReviewYear), "five-year", false)
                : new FigureTiming(false, c.ReviewYear.ToString(culture), "annual", false);
        }

        /// <summary>Whether the figure is a goal: by a year written with it, by the words nearest before it, by its paragraph, by its section.</summary>
        private static bool IsTarget(TimingContext c, int written)
        {
            if (written > 0) return written >= c.PlanYear;
            if (c.Role == "review" && !c.InPreamble) return false;
            if (c.Role == "outlook") return true;
            var actualWords = ActualWords.Append(c.ReviewYear.ToString(CultureInfo.InvariantCulture) + "年");
            // A preamble's role is read from its words as a whole (a digest's opening both reviews and plans): the plan year
            // named before the number in its sentence, after any word of the past, still tells a goal (今年…增长10%).
            if (c.Role == "review")
                return LastIndexOf(c.SentenceBefore, "今年", "明年", c.PlanYear.ToString(CultureInfo.InvariantCulture) + "年") > LastIndexOf(c.SentenceBefore, actualWords.ToArray());
            if (c.Role == "other") actualWords = actualWords.Concat(PastWords);
            var actual = Math.Max(LastIndexOf(c.SentenceBefore, actualWords.ToArray()),
                GoalMet.Matches(c.SentenceBefore).Cast<Match>().Select(m => m.Index + m.Length).DefaultIfEmpty(-1).Max());
            var target = LastIndexOf(c.SentenceBefore, TargetWords.Append(c.PlanYear.ToString(CultureInfo.InvariantCulture) + "年").ToArray());
            if (actual >= 0 || target >= 0) return target > actual;
            if (IsHeadlineParagraph(c.Paragraph, c.PlanYear) || c.TargetsAbove) return true;
            if (LastIndexOf(c.Paragraph, "过去一年", "过去的一年", "一年来", "回顾", "执行情况", c.ReviewYear.ToString(CultureInfo.InvariantCulture) + "年") >= 0
                && LastIndexOf(c.Paragraph, "今年", c.PlanYear.ToString(CultureInfo.InvariantCulture) + "年", "目标") < 0) return false;
            return c.Role != "other" || GoalMet.Replace(c.Paragraph, "").Contains("目标", StringComparison.Ordinal);
        }

        /// <summary>Words of a paragraph that sets the goals of the five years ahead (今后五年…的主要目标是：…).</summary>
        private static readonly string[] FiveYearsAhead = { "今后五年", "未来五年", "今后5年", "未来5年" };

        /// <summary>
        /// Whether the figure's paragraph sets the goals of the five years ahead before it, and turns to the plan year
        /// (今年, 2017年) nowhere after that.
        /// </summary>
        private static bool SetsFiveYearGoals(TimingContext c)
        {
            var ahead = LastIndexOf(c.Paragraph, FiveYearsAhead);
            return ahead >= 0 && LastIndexOf(c.Paragraph.Substring(ahead), "今年", "明年", c.PlanYear.ToString(CultureInfo.InvariantCulture) + "年") < 0;
        }

        private static bool ComparedWith(string words, int yearAt)
            => new[] { "是", "比", "较", "相当于", "为", "超过", "高于", "低于", "同" }.Any(w => yearAt >= w.Length && string.CompareOrdinal(words, yearAt - w.Length, w, 0, w.Length) == 0);

        /// <summary>Whether <paramref name="paragraph"/> looks back on the five-year period.</summary>
        public static bool LooksBackOnFiveYears(string paragraph, int reviewYear)
            => Array.Exists(FiveYearReview, w => paragraph.IndexOf(w, StringComparison.Ordinal) is var at and >= 0 && !FirstYearOfTerm.IsMatch(paragraph.Substring(at + w.Length)))
               || PlanPeriod.Matches(paragraph).Cast<Match>().Any(m => m.Groups["how"].Value switch
               {
                   "以来" => PlanYears(m).Start <= reviewYear,
                   "时期" or "期间" => PlanYears(m).End <= reviewYear,
                   _ => false,
               });

        /// <summary>Whether <paramref name="paragraph"/> turns to the reviewed year alone (过去一年, 一年来, 2022年，…).</summary>
        public static bool TurnsToOneYear(string paragraph, int reviewYear)
        {
            paragraph = WithoutAttribution(paragraph);
            var head = paragraph.Length > 30 ? paragraph.Substring(0, 30) : paragraph;
            // 2022年，…; 作为制造业大省，2022年…: the year opens the paragraph, or follows one short clause of no number.
            return head.Contains("过去一年", StringComparison.Ordinal) || head.Contains("过去的一年", StringComparison.Ordinal) || head.Contains("一年来", StringComparison.Ordinal) || head.Contains("去年", StringComparison.Ordinal)
                || Regex.IsMatch(head, "^\\s*([^,。:0-9]{1,10},\\s*)?" + reviewYear.ToString(CultureInfo.InvariantCulture) + "年", RegexOptions.CultureInvariant);
        }

        /// <summary>Where the last of <paramref name="words"/> in <paramref name="text"/> ends, or -1: of two words that overlap (计划 in 高于计划目标), the longer one ends last.</summary>
        private static int LastIndexOf(string text, params string[] words)
            => words.Select(w => text.LastIndexOf(w, StringComparison.Ordinal) is var at and >= 0 ? at + w.Length : -1).DefaultIfEmpty(-1).Max();

        private static bool EndsWith(string words, params string[] endings) => endings.Any(e => words.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>What <see cref="PeriodRules"/> reads a figure's timing from.</summary>
    /// <param name="Role">The role of the figure's top-level section.</param>
    /// <param name="Paragraph">The paragraph that holds the figure.</param>
    /// <param name="Sentence">The sentence that holds the figure, to its clause's end.</param>
    /// <param name="SentenceBefore">The sentence before the number (its clauses after a ；too).</param>
    /// <param name="Words">The figure's own words before its number, after the quantity before it in its clause.</param>
    /// <param name="FiveYearReview">The figure stands in a passage that looks back on five years.</param>
    /// <param name="ContinuesFromBaseline">The quantity before it in its clause is a level the period started from (从X…).</param>
    /// <param name="ReviewYear">The report's reviewed year.</param>
    /// <param name="PlanYear">The report's plan year.</param>
    /// <param name="TargetsAbove">The next paragraph opens by naming this one's figures as targets (为实现以上目标).</param>
    /// <param name="TargetAfter">The words right after the quantity name it a target (增长8%以上目标, 3%左右的预期目标).</param>
    public sealed record TimingContext(string Role, string Paragraph, string Sentence, string SentenceBefore, string Words, bool FiveYearReview, bool ContinuesFromBaseline, int ReviewYear, int PlanYear,
        bool TargetsAbove = false, bool TargetAfter = false)
    {
        /// <summary>The figure's top-level section is titled as a look back on five years (过去五年及2016年工作回顾).</summary>
        public bool SectionLooksBackOnFiveYears { get; init; }

        /// <summary>The figure's own words end with the name of a level, not of a growth (社会消费品零售总额947亿元).</summary>
        public bool NamesLevel { get; init; }

        /// <summary>The figure stands in the preamble, whose role is read from its words, not from a title.</summary>
        public bool InPreamble { get; init; }

        /// <summary>In a five-year look-back, the figure's clause up to its number (after a ，or ；, across a 、), at most its last 60 characters; else "".</summary>
        public string ClauseBefore { get; init; } = "";

        /// <summary>The bound word right before the number, which <see cref="Words"/> leaves out (突破 in 总值突破400亿元), or "".</summary>
        public string BoundWordBefore { get; init; } = "";
    }

    /// <summary>When a figure applies: its list, period, kind, whether it is a headline target, and whether it is a baseline (a level of an earlier year it is compared with).</summary>
    public sealed record FigureTiming(bool IsTarget, string Period, string Kind, bool Headline, bool Baseline = false);
}
