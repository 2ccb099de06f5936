using System;
using System.Buffers.Text;
using System.Text;

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

        public static SectionRole SectionRole(ReadOnlySpan<byte> code)
        {
            if (code.SequenceEqual("review"u8)) return ReportSdk.SectionRole.Review;
            if (code.SequenceEqual("outlook"u8)) return ReportSdk.SectionRole.Outlook;
            if (code.SequenceEqual("plan"u8)) return ReportSdk.SectionRole.Plan;
            if (code.SequenceEqual("key-work"u8)) return ReportSdk.SectionRole.KeyWork;
            if (code.SequenceEqual("government"u8)) return ReportSdk.SectionRole.Government;
            if (code.SequenceEqual("other"u8)) return ReportSdk.SectionRole.Other;
            throw Unknown(nameof(SectionRole), Encoding.UTF8.GetString(code));
        }

        public static FigureKind FigureKind(ReadOnlySpan<byte> code)
        {
            if (code.SequenceEqual("annual"u8)) return ReportSdk.FigureKind.Annual;
            if (code.SequenceEqual("five-year"u8)) return ReportSdk.FigureKind.FiveYear;
            if (code.SequenceEqual("long-range"u8)) return ReportSdk.FigureKind.LongRange;
            if (code.SequenceEqual("task"u8)) return ReportSdk.FigureKind.Task;
            throw Unknown(nameof(FigureKind), Encoding.UTF8.GetString(code));
        }

        public static Bound Bound(ReadOnlySpan<byte> code)
        {
            if (code.SequenceEqual("exact"u8)) return ReportSdk.Bound.Exact;
            if (code.SequenceEqual("at-least"u8)) return ReportSdk.Bound.AtLeast;
            if (code.SequenceEqual("at-most"u8)) return ReportSdk.Bound.AtMost;
            if (code.SequenceEqual("about"u8)) return ReportSdk.Bound.About;
            if (code.SequenceEqual("nearly"u8)) return ReportSdk.Bound.Nearly;
            if (code.SequenceEqual("more-than"u8)) return ReportSdk.Bound.MoreThan;
            if (code.SequenceEqual("range"u8)) return ReportSdk.Bound.Range;
            if (code.SequenceEqual("estimate"u8)) return ReportSdk.Bound.Estimate;
            throw Unknown(nameof(Bound), Encoding.UTF8.GetString(code));
        }

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

        /// <summary>A period written <c>2021</c> or <c>2021-2025</c>, read from its bytes.</summary>
        public static Period Period(ReadOnlySpan<byte> code)
        {
            var dash = code.IndexOf((byte)'-');
            if (dash < 0)
            {
                if (Utf8Parser.TryParse(code, out int year, out var used) && used == code.Length) return new Period(year);
            }
            else if (Utf8Parser.TryParse(code.Slice(0, dash), out int start, out var used1) && used1 == dash
                     && Utf8Parser.TryParse(code.Slice(dash + 1), out int end, out var used2) && used2 == code.Length - dash - 1 && end >= start)
            {
                return new Period(start, end);
            }
            throw new FormatException($"ReportSdk payload: '{Encoding.UTF8.GetString(code)}' is not a period");
        }

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
