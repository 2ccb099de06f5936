using System;
using System.Globalization;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The period, kind and list (target or actual) of a figure from where it stands:
    /// <list type="bullet">
    /// <item>review sections give actuals of the reviewed year, annual; from the first paragraph that looks back on five
    /// years (回望过去的五年, 回顾五年, 五年来, 过去五年) to the section's end, of the five-year period (2016-2020);</item>
    /// <item>outlook sections give five-year targets of the plan period (2021-2025 under 十四五), long-range in a sentence about 2035;</item>
    /// <item>plan, key-work and every other section give targets of the plan year: annual and headline in the paragraph
    /// of the 主要预期目标, else tasks.</item>
    /// </list>
    /// </summary>
    public static class PeriodRules
    {
        /// <summary>Words of a paragraph that looks back on the five-year period.</summary>
        public static readonly string[] FiveYearReview = { "回望过去的五年", "回顾五年", "过去五年", "五年来" };

        /// <summary>Words of the paragraph that holds the year's headline targets.</summary>
        public static readonly string[] Headline = { "主要预期目标", "主要目标" };

        /// <summary>When a figure applies and what kind it is.</summary>
        /// <param name="role">The role of the figure's top-level section.</param>
        /// <param name="paragraph">The paragraph that holds the figure.</param>
        /// <param name="sentence">The sentence that holds the figure.</param>
        /// <param name="afterFiveYearReview">A paragraph at or before this one in the review section looks back on five years.</param>
        /// <param name="reviewYear">The report's reviewed year.</param>
        /// <param name="planYear">The report's plan year.</param>
        public static FigureTiming Decide(string role, string paragraph, string sentence, bool afterFiveYearReview, int reviewYear, int planYear)
        {
            var culture = CultureInfo.InvariantCulture;
            switch (role)
            {
                case "review":
                    return afterFiveYearReview
                        ? new FigureTiming(false, (reviewYear - 4).ToString(culture) + "-" + reviewYear.ToString(culture), "five-year", false)
                        : new FigureTiming(false, reviewYear.ToString(culture), "annual", false);
                case "outlook":
                    return sentence.IndexOf("2035", StringComparison.Ordinal) >= 0 || sentence.IndexOf("二〇三五", StringComparison.Ordinal) >= 0
                        ? new FigureTiming(true, "2035", "long-range", false)
                        : new FigureTiming(true, planYear.ToString(culture) + "-" + (planYear + 4).ToString(culture), "five-year", false);
                default:
                    var headline = Array.Exists(Headline, w => paragraph.IndexOf(w, StringComparison.Ordinal) >= 0);
                    return new FigureTiming(true, planYear.ToString(culture), headline ? "annual" : "task", headline);
            }
        }

        /// <summary>Whether <paramref name="paragraph"/> looks back on the five-year period.</summary>
        public static bool LooksBackOnFiveYears(string paragraph) => Array.Exists(FiveYearReview, w => paragraph.IndexOf(w, StringComparison.Ordinal) >= 0);
    }

    /// <summary>When a figure applies: its list, period, kind and whether it is a headline target.</summary>
    public sealed record FigureTiming(bool IsTarget, string Period, string Kind, bool Headline);
}
