using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// The rules on single values that hold wherever data comes in: the compiler applies them to
    /// report and registry YAML, and the runtime, which compiles this file in too, to an export it
    /// loads (ReportDataset.Load, reportsdk diff). One text of each rule, so that both doors accept
    /// and refuse the same values.
    /// </summary>
    internal static class ValueRules
    {
        /// <summary>The years a report may name (reviewYear, planYear), as in report.schema.json.</summary>
        public const int FirstYear = 1900, LastYear = 2100;

        private static readonly Regex PeriodPattern = new(@"^([0-9]{4})(-([0-9]{4}))?\z", RegexOptions.CultureInvariant);

        private static readonly Regex Sha256Pattern = new(@"^[0-9a-f]{64}\z", RegexOptions.CultureInvariant);

        private static readonly Regex KebabCasePattern = new(@"^[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant);

        // Measure words that count people: such a figure is in a unit of dimension people, without a measure.
        private static readonly string[] PeopleMeasures = { "名", "人", "位" };

        /// <summary>The dimension of the units a measure word (个, 家, 件) goes with.</summary>
        public const string CountDimension = "count";

        /// <summary>Text given but blank (<c>""</c>, <c>"  "</c>): RS1003, as if it were not given.</summary>
        public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text);

        /// <summary>A key or code: words of lower-case letters and digits joined by '-' (gdp-growth, 10k-yuan); RS1007.</summary>
        public static bool IsKebabCase(string key) => KebabCasePattern.IsMatch(key);

        /// <summary>Whether a measure word counts people (名, 人, 位): then the unit is one of people, without a measure (RS1009).</summary>
        public static bool IsPeopleMeasure(string measure) => Array.IndexOf(PeopleMeasures, measure) >= 0;

        /// <summary>Whether a figure may have <paramref name="bound"/>: estimate (预计) is for actuals only (RS1009).</summary>
        public static bool IsBoundOf(string bound, bool isTarget) => !(isTarget && bound == "estimate");

        /// <summary>Whether <paramref name="year"/> is one a report may name (reviewYear, planYear).</summary>
        public static bool IsYear(int year) => year >= FirstYear && year <= LastYear;

        /// <summary>
        /// A year (2021) or a range of years in order (2021-2025), as report.schema.json has it, each year
        /// between <see cref="FirstYear"/> and <see cref="LastYear"/> (0000 is no year: it read back as 0).
        /// </summary>
        public static bool IsPeriod(string text)
        {
            var match = PeriodPattern.Match(text);
            return match.Success && IsYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
                && (!match.Groups[3].Success
                    || (IsYear(int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture)) && string.CompareOrdinal(match.Groups[1].Value, match.Groups[3].Value) < 0));
        }

        /// <summary>
        /// The first lone surrogate in <paramref name="text"/> (half of a character, such as the escape
        /// <c>"\ud83d"</c> alone), or -1: such a text is no Unicode text, so no export (JSON, UTF-8) can hold it.
        /// </summary>
        public static int LoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return i;
            }
            return -1;
        }

        /// <summary><paramref name="text"/> with U+FFFD for each lone surrogate, as a UTF-8 decoder reads one.</summary>
        public static string WithoutLoneSurrogates(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
                else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
            }
            return new string(chars);
        }

        /// <summary>A date written yyyy-MM-dd.</summary>
        public static bool IsDate(string text)
            => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        /// <summary>A unit's scale: a number a decimal holds exactly (<c>DecimalText</c>), greater than 0.</summary>
        public static bool IsScale(string text) => Text.DecimalText.TryParseExact(text, out var scale) && scale > 0m;

        /// <summary>Whether a range's <paramref name="max"/> is greater than its <paramref name="value"/> (both exact decimals).</summary>
        public static bool IsAboveValue(string max, string value)
            => Text.DecimalText.TryParseExact(max, out var top) && Text.DecimalText.TryParseExact(value, out var bottom) && top > bottom;

        /// <summary>A content hash or text hash: SHA-256 as 64 lowercase hexadecimal digits.</summary>
        public static bool IsSha256(string text) => Sha256Pattern.IsMatch(text);

        /// <summary>
        /// The chain of parents from <paramref name="code"/> back to itself (a → b → a), when its parents lead
        /// back to it; null when they end at a region without parent (or at one not listed).
        /// </summary>
        public static string? ParentCycle(string code, Func<string, string?> parentOf)
        {
            var chain = new List<string> { code };
            var seen = new HashSet<string>(StringComparer.Ordinal) { code };
            for (var at = parentOf(code); at is not null; at = parentOf(at))
            {
                chain.Add(at);
                if (at == code) return string.Join(" → ", chain);
                // A cycle further up that does not pass through this region is that region's to report.
                if (!seen.Add(at)) return null;
            }
            return null;
        }
    }
}
