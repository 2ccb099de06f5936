using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// Units that need no entry of their own: a scale word written before a unit (万千瓦, 亿千瓦时,
    /// 万公斤, 千亿元) is that unit scaled, with the code <c>&lt;scale&gt;-&lt;unit&gt;</c> (<c>10k-kw</c>,
    /// <c>100m-kwh</c>, <c>10k-kg</c>, <c>100b-yuan</c>), the Chinese name of the scale word before the
    /// unit's name, the same dimension and the scale multiplied. A registry lists base units; every
    /// scaled unit a report or an indicator names is composed from them (docs/format.md, Units).
    /// </summary>
    internal static class UnitComposition
    {
        /// <summary>The scale words, longest first, each with the code prefix and the English words it composes.</summary>
        public static readonly IReadOnlyList<UnitScale> Scales = new[]
        {
            new UnitScale("trillion", "万亿", "trillion", "1000000000000"),
            new UnitScale("100b", "千亿", "100 billion", "100000000000"),
            new UnitScale("10b", "百亿", "10 billion", "10000000000"),
            new UnitScale("1b", "十亿", "billion", "1000000000"),
            new UnitScale("10m", "千万", "10 million", "10000000"),
            new UnitScale("1m", "百万", "million", "1000000"),
            new UnitScale("100k", "十万", "100 thousand", "100000"),
            new UnitScale("100m", "亿", "100 million", "100000000"),
            new UnitScale("10k", "万", "10 thousand", "10000"),
            new UnitScale("1k", "千", "thousand", "1000"),
            new UnitScale("100", "百", "hundred", "100"),
        };

        /// <summary>
        /// The unit <paramref name="code"/> names when it is a scale prefix and a base unit of
        /// <paramref name="units"/> (a unit listed there whose code is not itself scaled), else null.
        /// </summary>
        public static UnitSpec? Compose(IEnumerable<UnitSpec> units, string code)
        {
            foreach (var scale in Scales)
            {
                if (code.Length <= scale.Prefix.Length + 1 || !code.StartsWith(scale.Prefix + "-", StringComparison.Ordinal)) continue;
                var baseCode = code.Substring(scale.Prefix.Length + 1);
                if (IsScaled(baseCode)) return null;
                var unit = units.FirstOrDefault(u => u.Code.Value == baseCode);
                if (unit is null) continue;
                return new UnitSpec(new Located<string>(code, unit.Code.Location), scale.Word + unit.Name, scale.English + " " + unit.English, unit.Dimension, Multiply(scale.Factor, unit.Scale));
            }
            return null;
        }

        /// <summary>Whether <paramref name="code"/> starts with a scale prefix (<c>10k-</c>, <c>100m-</c>…).</summary>
        public static bool IsScaled(string code)
            => Scales.Any(s => code.Length > s.Prefix.Length + 1 && code.StartsWith(s.Prefix + "-", StringComparison.Ordinal));

        /// <summary>The product of two decimals written as text, written without a needless trailing zero (10000 × 0.001 = 10).</summary>
        private static string Multiply(string factor, string scale)
        {
            var product = decimal.Parse(factor, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
                          * decimal.Parse(scale, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var text = product.ToString(CultureInfo.InvariantCulture);
            return text.IndexOf('.') < 0 ? text : text.TrimEnd('0').TrimEnd('.');
        }
    }

    /// <summary>A scale word: the code prefix it gives (<c>10k</c>), the word (万), its English words and its factor.</summary>
    internal sealed record UnitScale(string Prefix, string Word, string English, string Factor);
}
