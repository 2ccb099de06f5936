namespace ReportSdk
{
    /// <summary>
    /// A quantity in the words of a Chinese report (<c>8%以上</c>, <c>近5万人</c>, <c>1—2家</c>),
    /// written once for the runtime (<c>Quantity.ToChineseText</c>) and for the generator's
    /// XML docs, which link this file: both print the same words for the same figure.
    /// </summary>
    internal static class ChineseQuantityText
    {
        /// <param name="value">The value as curated, invariant (5128.4).</param>
        /// <param name="max">A range's high end, or null.</param>
        /// <param name="unitName">The unit's Chinese name (%, 亿元, 个).</param>
        /// <param name="measure">A count's measure word (家, 所), or null.</param>
        /// <param name="bound">The bound's code (at-least, about…).</param>
        public static string Format(string value, string? max, string unitName, string? measure, string bound)
        {
            var amount = (max is null ? value : value + "—" + max) + UnitWord(unitName, measure);
            switch (bound)
            {
                case "at-least": return amount + "以上";
                case "at-most": return amount + "以内";
                case "about": return amount + "左右";
                case "nearly": return "近" + amount;
                case "more-than": return "超过" + amount;
                case "estimate": return "预计" + amount;
                default: return amount;
            }
        }

        // A count's measure word stands for 个: 2家, 3万所 rather than 2个家.
        private static string UnitWord(string unitName, string? measure)
        {
            if (measure is null) return unitName;
            return unitName.EndsWith("个", System.StringComparison.Ordinal) ? unitName.Substring(0, unitName.Length - 1) + measure : unitName + measure;
        }
    }
}
