namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The role a heading's words name, in the words reports use for each (docs/format.md, section roles):
    /// 回顾, 过去, 执行情况 a review; 自身建设 the government; 十四五, 远景, 2035 an outlook; 重点工作, 主要任务,
    /// 工作安排 key work; 目标, 总体要求, 主要指标, 计划草案, 计划（初步）安排 the plan. Read for numbered headings by new-report, and for
    /// unnumbered ones (2024年工作回顾 on a line of its own) by the drafter.
    /// </summary>
    public static class TitleRoles
    {
        /// <summary>
        /// The role <paramref name="title"/> names; null when it names none. With the report's <paramref name="planYear"/>,
        /// a five-year plan named is reviewed once it has ended (“十三五”成绩单 in a 2021 report) and an outlook otherwise.
        /// </summary>
        public static string? Of(string title, int? planYear = null)
        {
            if (title.Contains("回顾") || title.Contains("过去") || title.Contains("执行情况")) return "review";
            if (title.Contains("自身建设")) return "government";
            if (planYear is { } year && PlanNamed(title) is { } plan) return plan.End < year ? "review" : "outlook";
            if (title.Contains("十四五") || title.Contains("十五五") || title.Contains("远景") || title.Contains("2035")) return "outlook";
            if (title.Contains("重点工作") || title.Contains("主要任务") || title.Contains("工作安排")) return "key-work";
            if (title.Contains("目标") || title.Contains("总体要求") || title.Contains("主要指标") || title.Contains("计划") && (title.Contains("草案") || title.Contains("安排"))) return "plan";
            return null;
        }

        /// <summary>
        /// The role a heading without a number names (2024年工作回顾, 今年主要目标任务: a short line of its own, no
        /// sentence in it); null when <paramref name="line"/> is no such heading.
        /// </summary>
        public static string? OfUnnumberedHeading(string line, int? planYear = null)
        {
            var heading = line.Trim(' ', '\t', '\u3000').TrimEnd(':', '：');
            if (heading.Length == 0 || heading.Length > 24 || heading.IndexOfAny(SentenceMarks) >= 0) return null;
            return Of(heading, planYear);
        }

        /// <summary>The years of the five-year plan <paramref name="text"/> names first (十三五: 2016–2020), or null.</summary>
        public static (int Start, int End)? PlanNamed(string text)
        {
            var match = PlanName.Match(text);
            if (!match.Success) return null;
            // The N-th five-year plan began in 1956 + 5 (N - 1): 十一五 2006–2010, 十四五 2021–2025.
            var start = 1956 + 5 * (10 + "一二三四五六七八九".IndexOf(match.Groups["n"].Value[0]));
            return (start, start + 4);
        }

        private static readonly System.Text.RegularExpressions.Regex PlanName = new("十(?<n>[一二三四五六七八九])五", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        private static readonly char[] SentenceMarks = ",;。!?，；！？".ToCharArray();
    }
}
