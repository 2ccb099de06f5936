using System.Collections.Generic;

namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// The closed code lists of the format. Each code maps to the runtime enum member of the same
    /// name in PascalCase (<c>at-least</c> → <c>Bound.AtLeast</c>).
    /// </summary>
    internal static class Codes
    {
        public static readonly IReadOnlyList<string> ReportKinds = new[] { "government-work-report", "government-work-report-summary", "plan-report" };
        public static readonly IReadOnlyList<string> Bounds = new[] { "exact", "at-least", "at-most", "about", "nearly", "more-than", "range", "estimate" };
        public static readonly IReadOnlyList<string> FigureKinds = new[] { "annual", "five-year", "long-range", "task" };
        public static readonly IReadOnlyList<string> SectionRoles = new[] { "review", "outlook", "plan", "key-work", "government", "other" };
        public static readonly IReadOnlyList<string> DismissalReasons = new[] { "year", "date", "duration", "name", "ordinal", "rank", "reference", "glossary", "other" };
        public static readonly IReadOnlyList<string> IndicatorKinds = new[] { "level", "growth", "rate", "share", "change" };
        public static readonly IReadOnlyList<string> RegionLevels = new[] { "province", "prefecture", "district", "county" };

        /// <summary>Section roles whose every number must be a target, an actual or dismissed.</summary>
        public static readonly IReadOnlyList<string> PlanningRoles = new[] { "outlook", "plan", "key-work" };
    }
}
