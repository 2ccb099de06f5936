using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Reads the unit after a number, longest word first: the Chinese names of the registry's units
    /// (亿元, 个百分点, 万人次, 平方公里…), and the measure words of counts (家, 所, 项… of
    /// <see cref="ChineseNumerals.MeasureWords"/>), which take the registry's count unit (万家: its
    /// 万 unit) with the word as <c>measure</c>; 名/人/位 count people and take the people units
    /// (format: never count with measure 名). 余/多 may stand before or after the 万/亿 (100余家, 3万多人).
    /// </summary>
    public sealed class UnitMatcher
    {
        /// <summary>Measure words of counts that <see cref="ChineseNumerals.MeasureWords"/> does not list (it lists the words numerals take).</summary>
        private static readonly string[] ExtraMeasures = { "笔", "起", "部", "箱", "辆", "棵", "盏", "眼", "口", "对", "组", "期" };

        /// <summary>Words of <see cref="ChineseNumerals.MeasureWords"/> that are no count's measure: units of their own, or with no unit in a registry.</summary>
        private static readonly string[] NotCounts = { "人次", "平方公里", "平方米", "公里", "公顷", "标箱", "美元", "亩", "吨", "元", "斤", "倍", "户", "期" };

        private static readonly string[] PeopleMeasures = { "名", "人", "位" };

        private readonly List<(string Word, string Unit, string? Measure)> _words;

        /// <summary>The words of <paramref name="registry"/>'s units and the count and people measure words.</summary>
        public UnitMatcher(RegistrySpec registry)
        {
            var words = new List<(string Word, string Unit, string? Measure)>();
            foreach (var unit in registry.Units)
            {
                var measure = unit.Dimension == "count" ? StripMagnitude(unit.Name) : null;
                words.Add((unit.Name, unit.Code.Value, measure));
            }
            var count = UnitOf(registry, "count", "1");
            var tenKCount = UnitOf(registry, "count", "10000");
            var people = UnitOf(registry, "people", "1");
            var tenKPeople = UnitOf(registry, "people", "10000");
            foreach (var measure in ChineseNumerals.MeasureWords.Concat(ExtraMeasures).Distinct())
            {
                if (PeopleMeasures.Contains(measure))
                {
                    if (people is not null) words.Add((measure, people, null));
                    if (tenKPeople is not null) words.Add(("万" + measure, tenKPeople, null));
                    continue;
                }
                if (NotCounts.Contains(measure)) continue;
                if (count is not null) words.Add((measure, count, measure));
                if (tenKCount is not null) words.Add(("万" + measure, tenKCount, measure));
            }
            // Longest first, so that 个百分点 wins over 个 and 万人次 over 万人; the registry's own words first among equals.
            _words = words
                .GroupBy(w => w.Word, StringComparer.Ordinal).Select(g => g.First())
                .OrderByDescending(w => w.Word.Length)
                .ToList();
        }

        /// <summary>The unit written at <paramref name="at"/> in <paramref name="text"/> (just after a number), or null.</summary>
        public UnitMatch? Match(string text, int at)
        {
            var i = at;
            var approximate = false;
            if (i < text.Length && IsApproximate(text[i]))
            {
                approximate = true;
                i++;
            }
            // 3万多人: the magnitude, then 余/多, then the word; read as 万人 with 多 between.
            var magnitude = string.CompareOrdinal(text, i, "万亿", 0, 2) == 0 ? "万亿"
                : i < text.Length && (text[i] == '万' || text[i] == '亿') ? text.Substring(i, 1) : "";
            if (magnitude.Length > 0 && i + magnitude.Length < text.Length && IsApproximate(text[i + magnitude.Length]))
            {
                var word = Longest(text, i + magnitude.Length + 1, magnitude);
                if (word is not null) return new UnitMatch(word.Value.Unit, word.Value.Measure, true, i + magnitude.Length + 1 + word.Value.Word.Length - magnitude.Length);
            }
            var found = Longest(text, i, "");
            return found is null ? null : new UnitMatch(found.Value.Unit, found.Value.Measure, approximate, i + found.Value.Word.Length);
        }

        /// <summary>The longest word that, after <paramref name="prefix"/>, stands at <paramref name="at"/>.</summary>
        private (string Word, string Unit, string? Measure)? Longest(string text, int at, string prefix)
        {
            foreach (var word in _words)
            {
                if (!word.Word.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var rest = word.Word.Length - prefix.Length;
                if (rest > 0 && string.CompareOrdinal(text, at, word.Word, prefix.Length, rest) == 0) return word;
            }
            return null;
        }

        private static string? UnitOf(RegistrySpec registry, string dimension, string scale)
            => registry.Units.FirstOrDefault(u => u.Dimension == dimension && u.Scale == scale)?.Code.Value;

        private static string StripMagnitude(string name)
            => name.StartsWith("万", StringComparison.Ordinal) || name.StartsWith("亿", StringComparison.Ordinal) ? name.Substring(1) : name;

        private static bool IsApproximate(char c) => c == '余' || c == '多';
    }
}
