using System;
using System.Linq;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Money written with its scale word alone (GDP总量突破600亿大关, 分别达到4500亿、7000亿级规模): after the name of an
    /// amount of money, a number followed by 亿, 百亿, 千亿 or 万亿 and no unit is in yuan of that scale, as a curator
    /// reads it. 万 alone is left alone: it scales people and things as often as money.
    /// </summary>
    internal static class YuanLeftOut
    {
        /// <summary>Scale words of money, longest first.</summary>
        private static readonly string[] MoneyScales = { "万亿", "千亿", "百亿", "亿" };

        /// <summary>Words that name an amount of money (总量 of an economy, 产值, 收入, 投资…).</summary>
        private static readonly string[] MoneyWords =
        {
            "生产总值", "GDP", "总量", "产值", "增加值", "收入", "营收", "投资", "总额", "销售额", "余额", "存款", "贷款", "资产", "规模", "产业集群", "支出", "利润", "税收",
        };

        /// <summary>The unit of the number at <paramref name="number"/> when its yuan is left out; null when it is not money by these words.</summary>
        public static UnitMatch? Read(string t, FoundNumber number, ClauseSplitter clauses, IndicatorMatcher indicators, RegistrySpec registry)
        {
            var scale = MoneyScales.FirstOrDefault(s => string.CompareOrdinal(t, number.End, s, 0, s.Length) == 0);
            if (scale is null) return null;
            var code = UnitComposition.Scales.First(s => s.Word == scale).Prefix + "-yuan";
            if (registry.FindUnit(code) is null) return null;
            var clauseStart = clauses.ClauseStart(number.Start);
            var words = t.Substring(clauseStart, number.Start - clauseStart);
            // 4500亿、7000亿级规模: the scale of a list's values is named after its last.
            var clauseEnd = clauses.ClauseEnd(number.Start);
            var money = indicators.Match(words.Substring(0, words.Length - IndicatorMatcher.LinkingTail(words)), code) is not null
                || MoneyWords.Any(w => words.Contains(w, StringComparison.Ordinal))
                || t.IndexOf("规模", number.End, clauseEnd - number.End, StringComparison.Ordinal) >= 0;
            return money ? new UnitMatch(code, null, false, number.End + scale.Length) : null;
        }
    }
}
