namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// A quantity in the words of a page: the bound as a sign (≥ 8 % is not 8 %), the value exactly
    /// as curated, and the unit's Chinese name with the measure word.
    /// </summary>
    internal static class QuantityText
    {
        /// <summary><c>≥ 8 %</c>, <c>≈ 5128.4 亿元</c>, <c>1–2 家</c>; <c>no number</c> for a qualitative figure.</summary>
        public static string Of(Quantity? quantity)
        {
            if (quantity is null) return "no number";
            var value = quantity.Max is { } max ? Html.Number(quantity.Value) + "–" + Html.Number(max) : Html.Number(quantity.Value);
            return Sign(quantity.Bound) + value + " " + UnitName(quantity.Unit, quantity.Measure);
        }

        /// <summary>The unit's Chinese name; a count's measure word takes the place of its 个 (100家, 3万家).</summary>
        public static string UnitName(Unit unit, string? measure)
        {
            if (measure is null) return unit.Name;
            return unit.Name.EndsWith("个", System.StringComparison.Ordinal)
                ? unit.Name.Substring(0, unit.Name.Length - 1) + measure
                : unit.Name + " " + measure;
        }

        /// <summary>What the bound says, as a prefix: <c>≥ </c> for at-least, nothing for exact.</summary>
        public static string Sign(Bound bound) => bound switch
        {
            Bound.AtLeast => "≥ ",
            Bound.AtMost => "≤ ",
            Bound.MoreThan => "> ",
            Bound.About => "≈ ",
            Bound.Nearly => "nearly ",
            Bound.Estimate => "est. ",
            _ => "",
        };

        /// <summary>The bound in words, for the legend and the tooltips.</summary>
        public static string Words(string bound) => bound switch
        {
            "exact" => "exactly",
            "at-least" => "at least (以上, 不低于)",
            "at-most" => "at most (以内, 控制在)",
            "more-than" => "more than (超过, 余, 多)",
            "about" => "about (左右)",
            "nearly" => "nearly (近)",
            "range" => "a range (X—Y)",
            "estimate" => "an estimate (预计)",
            _ => bound,
        };
    }
}
