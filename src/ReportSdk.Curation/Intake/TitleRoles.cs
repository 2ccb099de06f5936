namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The role a heading's words name, in the words reports use for each (docs/format.md, section roles):
    /// 回顾, 过去, 执行情况 a review; 自身建设 the government; 十四五, 远景, 2035 an outlook; 重点工作, 主要任务,
    /// 工作安排 key work; 目标, 总体要求, 计划草案 the plan. Read for numbered headings by new-report, and for
    /// unnumbered ones (2024年工作回顾 on a line of its own) by the drafter.
    /// </summary>
    public static class TitleRoles
    {
        /// <summary>The role <paramref name="title"/> names; null when it names none.</summary>
        public static string? Of(string title)
        {
            if (title.Contains("回顾") || title.Contains("过去") || title.Contains("执行情况")) return "review";
            if (title.Contains("自身建设")) return "government";
            if (title.Contains("十四五") || title.Contains("十五五") || title.Contains("远景") || title.Contains("2035")) return "outlook";
            if (title.Contains("重点工作") || title.Contains("主要任务") || title.Contains("工作安排")) return "key-work";
            if (title.Contains("目标") || title.Contains("总体要求") || title.Contains("计划草案") || title.Contains("计划安排")) return "plan";
            return null;
        }

        /// <summary>
        /// The role a heading without a number names (2024年工作回顾, 今年主要目标任务: a short line of its own, no
        /// sentence in it); null when <paramref name="line"/> is no such heading.
        /// </summary>
        public static string? OfUnnumberedHeading(string line)
        {
            var heading = line.Trim(' ', '\t', '\u3000').TrimEnd(':', '：');
            if (heading.Length == 0 || heading.Length > 24 || heading.IndexOfAny(SentenceMarks) >= 0) return null;
            return Of(heading);
        }

        private static readonly char[] SentenceMarks = ",;。!?，；！？".ToCharArray();
    }
}
