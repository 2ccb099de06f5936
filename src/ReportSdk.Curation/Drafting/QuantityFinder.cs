using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Finds every number of a folded source the way <c>reportsdk coverage</c> counts them — runs of
    /// digits (<see cref="NumberTokens"/>) and quantities in Chinese numerals (<see cref="ChineseNumerals"/>) —
    /// and joins the two ends of a range (1—2家, 3至5条) into one. Fractions (三分之一) are left out:
    /// they have no exact decimal and are curated as qualitative.
    /// </summary>
    public static class QuantityFinder
    {
        /// <summary>Marks between the two ends of a range: dashes, tilde, 至, 到.</summary>
        public const string RangeMarks = "\u2014\u2015\u2013-~至到";

        /// <summary>Every number of <paramref name="folded"/>, in text order.</summary>
        public static IReadOnlyList<FoundNumber> Find(FoldedText folded)
        {
            var text = folded.Value;
            var tokens = NumberTokens.Find(text).Select(t => Digits(text, t.Start, t.Length))
                .Concat(ChineseNumerals.FindQuantities(folded).Select(t => Numeral(text, t.Start, t.Length)))
                .Where(n => n is not null)
                .Select(n => n!)
                .OrderBy(n => n.Start)
                .ToList();
            var found = new List<FoundNumber>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var number = tokens[i];
                if (i + 1 < tokens.Count && IsRange(text, number, tokens[i + 1]))
                {
                    var upper = tokens[i + 1];
                    found.Add(number with { End = upper.End, Max = upper.Value, Written = number.Written is null ? null : text.Substring(number.Start, upper.End - number.Start) });
                    i++;
                    continue;
                }
                found.Add(number);
            }
            return found;
        }

        private static FoundNumber? Digits(string text, int start, int length)
            => new(start, start + length, text.Substring(start, length), null, null);

        /// <summary>A numeral: 十五万 is 15 with 万 for the unit (十五万人 → 15 万人); a fraction is none.</summary>
        private static FoundNumber? Numeral(string text, int start, int length)
        {
            var run = text.Substring(start, length);
            if (run.Contains("分之")) return null;
            if (run.Length > 1 && (run[run.Length - 1] == '万' || run[run.Length - 1] == '亿')) run = run.Substring(0, run.Length - 1);
            var value = ChineseNumerals.Parse(run);
            if (value is null) return null;
            return new FoundNumber(start, start + run.Length, value.Value.ToString(CultureInfo.InvariantCulture), null, run);
        }

        /// <summary>A range: the lower end, a range mark right after it, the upper end right after that, greater, written the same way.</summary>
        private static bool IsRange(string text, FoundNumber lower, FoundNumber upper)
            => lower.End + 1 == upper.Start
               && RangeMarks.IndexOf(text[lower.End]) >= 0
               && lower.IsNumeral == upper.IsNumeral
               && decimal.Parse(lower.Value, CultureInfo.InvariantCulture) < decimal.Parse(upper.Value, CultureInfo.InvariantCulture);
    }
}
