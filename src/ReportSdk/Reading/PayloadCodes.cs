using System;

namespace ReportSdk.Reading
{
    /// <summary>
    /// The codes of the payload read into enums with plain switches. <see cref="Codes"/> builds a
    /// frozen dictionary per enum on first use, which costs more at start-up (JIT of its generic
    /// paths) than reading a whole report; these switches cost next to nothing. A test checks both
    /// agree on every value.
    /// </summary>
    internal static class PayloadCodes
    {
        public static ReportKind ReportKind(string code) => code switch
        {
            "government-work-report" => ReportSdk.ReportKind.GovernmentWorkReport,
            "government-work-report-summary" => ReportSdk.ReportKind.GovernmentWorkReportSummary,
            "plan-report" => ReportSdk.ReportKind.PlanReport,
            _ => throw Unknown(nameof(ReportKind), code),
        };

        public static SectionRole SectionRole(string code) => code switch
        {
            "review" => ReportSdk.SectionRole.Review,
            "outlook" => ReportSdk.SectionRole.Outlook,
            "plan" => ReportSdk.SectionRole.Plan,
            "key-work" => ReportSdk.SectionRole.KeyWork,
            "government" => ReportSdk.SectionRole.Government,
            "other" => ReportSdk.SectionRole.Other,
            _ => throw Unknown(nameof(SectionRole), code),
        };

        public static FigureKind FigureKind(string code) => code switch
        {
            "annual" => ReportSdk.FigureKind.Annual,
            "five-year" => ReportSdk.FigureKind.FiveYear,
            "long-range" => ReportSdk.FigureKind.LongRange,
            "task" => ReportSdk.FigureKind.Task,
            _ => throw Unknown(nameof(FigureKind), code),
        };

        public static Bound Bound(string code) => code switch
        {
            "exact" => ReportSdk.Bound.Exact,
            "at-least" => ReportSdk.Bound.AtLeast,
            "at-most" => ReportSdk.Bound.AtMost,
            "about" => ReportSdk.Bound.About,
            "nearly" => ReportSdk.Bound.Nearly,
            "more-than" => ReportSdk.Bound.MoreThan,
            "range" => ReportSdk.Bound.Range,
            "estimate" => ReportSdk.Bound.Estimate,
            _ => throw Unknown(nameof(Bound), code),
        };

        public static IndicatorKind IndicatorKind(string code) => code switch
        {
            "level" => ReportSdk.IndicatorKind.Level,
            "growth" => ReportSdk.IndicatorKind.Growth,
            "rate" => ReportSdk.IndicatorKind.Rate,
            "share" => ReportSdk.IndicatorKind.Share,
            "change" => ReportSdk.IndicatorKind.Change,
            _ => throw Unknown(nameof(IndicatorKind), code),
        };

        public static RegionLevel RegionLevel(string code) => code switch
        {
            "province" => ReportSdk.RegionLevel.Province,
            "prefecture" => ReportSdk.RegionLevel.Prefecture,
            "district" => ReportSdk.RegionLevel.District,
            "county" => ReportSdk.RegionLevel.County,
            _ => throw Unknown(nameof(RegionLevel), code),
        };

        /// <summary>A date written <c>yyyy-MM-dd</c>, read without culture data (loading it costs milliseconds at start-up).</summary>
        public static DateOnly Date(string text)
        {
            if (text.Length != 10 || text[4] != '-' || text[7] != '-'
                || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year == 0 ? 1 : year, month) || year == 0)
            {
                throw new FormatException($"ReportSdk payload: '{text}' is not a date written yyyy-MM-dd");
            }
            return new DateOnly(year, month, day);
        }

        private static bool TryDigits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }

        private static FormatException Unknown(string what, string code) => new($"ReportSdk payload: '{code}' is not a {what} code");
    }
}
