using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Recognizers.Definitions.Chinese;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Reads the unit after a number, longest word first, from words composed rather than listed:
    /// <list type="bullet">
    /// <item>each base unit of the registry by its name, its <c>aliases</c> and the synonyms Microsoft.Recognizers'
    /// maintained Chinese word lists give for that name (千克 for 公斤, 千米 for 公里, 公吨 for 吨, 美金 for 美元);</item>
    /// <item>every scale word before any of them (万千瓦, 亿千瓦时, 万公斤, 千亿元: <see cref="UnitComposition"/>);</item>
    /// <item>the measure words of counts (家, 所, 头, 羽…), which take the registry's count unit, scaled or not,
    /// with the word as <c>measure</c>; 名/人/位 count people and take the people units (format: never count with measure 名).</item>
    /// </list>
    /// 余/多 may stand before or after the scale word (100余家, 3万多人).
    /// </summary>
    public sealed class UnitMatcher
    {
        /// <summary>
        /// Measure words of counts beyond those <see cref="ChineseNumerals.MeasureWords"/> lists for numerals:
        /// the classifiers reports count things with (livestock 头/只/羽/匹, trees 株/棵, mushrooms 棒/筒, ships 艘…).
        /// </summary>
        private static readonly string[] ExtraMeasures =
        {
            "笔", "起", "部", "箱", "辆", "棵", "盏", "眼", "口", "对", "组", "羽", "匹", "群", "筒", "棒", "宗", "枚", "颗", "尾", "幢", "列", "床", "台套", "台（套）", "台(套)",
            // compound measures of events and trips: 100场次, 5000架次
            "场次", "架次", "车次", "班次", "台次", "艘次",
        };

        /// <summary>Words of <see cref="ChineseNumerals.MeasureWords"/> that are no count's measure: units of their own, times, or with no unit in a registry.</summary>
        private static readonly string[] NotCounts = { "人次", "平方公里", "平方米", "公里", "公顷", "标箱", "美元", "亩", "吨", "元", "斤", "倍", "户", "期", "批次" };

        private static readonly string[] PeopleMeasures = { "名", "人", "位" };

        private readonly List<(string Word, string Unit, string? Measure)> _words;
        private readonly RegistrySpec _registry;

        /// <summary>The words of <paramref name="registry"/>'s units, composed with every scale word, and the count and people measure words.</summary>
        public UnitMatcher(RegistrySpec registry)
        {
            _registry = registry;
            var words = new List<(string Word, string Unit, string? Measure)>();
            // Listed units first: a listed scaled unit (万元) is the same code as its composition, and its own name wins.
            foreach (var unit in registry.Units)
            {
                words.Add((unit.Name, unit.Code.Value, unit.Dimension == "count" ? StripScale(unit.Name) : null));
            }
            foreach (var unit in registry.Units.Where(u => !UnitComposition.IsScaled(u.Code.Value) && u.Dimension != "count"))
            {
                foreach (var word in SpellingsOf(unit))
                {
                    words.Add((word, unit.Code.Value, null));
                    foreach (var scale in UnitComposition.Scales)
                    {
                        var code = scale.Prefix + "-" + unit.Code.Value;
                        if (registry.FindUnit(code) is not null) words.Add((scale.Word + word, code, null));
                    }
                }
            }
            var count = UnitOf(registry, "count", "1");
            foreach (var measure in ChineseNumerals.MeasureWords.Concat(ExtraMeasures).Distinct())
            {
                if (NotCounts.Contains(measure)) continue;
                var people = PeopleMeasures.Contains(measure);
                var unit = people ? UnitOf(registry, "people", "1") : count;
                if (unit is null) continue;
                words.Add((measure, unit, people ? null : measure));
                foreach (var scale in UnitComposition.Scales)
                {
                    var code = scale.Prefix + "-" + unit;
                    if (registry.FindUnit(code) is not null) words.Add((scale.Word + measure, code, people ? null : measure));
                }
            }
            // Longest first, so that 个百分点 wins over 个 and 万人次 over 万人; the first written among equals.
            _words = words
                .GroupBy(w => w.Word, StringComparer.Ordinal).Select(g => g.First())
                .OrderByDescending(w => w.Word.Length)
                .ToList();
        }

        /// <summary>
        /// The unit written at <paramref name="at"/> in <paramref name="text"/> (just after a number), or null. Money
        /// after 每人 or 人均 right before the number (全员劳动生产率每人9.6万元) is money per person: 10k-yuan-per-person.
        /// </summary>
        public UnitMatch? Match(string text, int at, int numberStart)
        {
            // 人均预期寿命提高到82.43岁: years of life, counted with the measure 岁 (an age limit, 60岁以上, stays no figure).
            if (at < text.Length && text[at] == '岁' && text.LastIndexOf("寿命", numberStart, Math.Min(numberStart + 1, LifeReach), StringComparison.Ordinal) >= 0)
            {
                return new UnitMatch("count", "岁", false, at + 1);
            }
            var unit = Match(text, at);
            if (unit is null || numberStart < 2 || !PerPersonWords.Any(w => string.CompareOrdinal(text, numberStart - w.Length, w, 0, w.Length) == 0)) return unit;
            var perPerson = unit.Unit + "-per-person";
            return _registry.FindUnit(unit.Unit)?.Dimension == "money" && _registry.FindUnit(perPerson) is not null ? unit with { Unit = perPerson } : unit;
        }

        private static readonly string[] PerPersonWords = { "每人", "人均" };

        /// <summary>How far before an age 寿命 makes it a life expectancy (人均期望寿命从78.3岁).</summary>
        private const int LifeReach = 12;

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
            // 3万多人: the scale word, then 余/多, then the unit; read as 万人 with 多 between.
            var scale = UnitComposition.Scales.Select(s => s.Word).FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0) ?? "";
            if (scale.Length > 0 && i + scale.Length < text.Length && IsApproximate(text[i + scale.Length]))
            {
                var word = Longest(text, i + scale.Length + 1, scale);
                if (word is not null) return new UnitMatch(word.Value.Unit, word.Value.Measure, true, i + scale.Length + 1 + word.Value.Word.Length - scale.Length);
            }
            // 两个多月: 多 after the measure word of 个月.
            if (i + 2 < text.Length && text[i] == '个' && IsApproximate(text[i + 1]) && Longest(text, i + 2, "个") is { } measured)
            {
                return new UnitMatch(measured.Unit, measured.Measure, true, i + 2 + measured.Word.Length - 1);
            }
            var found = Longest(text, i, "");
            if (found is null && scale.Length > 0 && WhoAfterScale(text, i + scale.Length) is { } who
                && _words.FirstOrDefault(w => w.Word == scale + who.Counted) is { Word: not null } counted)
            {
                return new UnitMatch(counted.Unit, counted.Measure, approximate, who.End);
            }
            return found is null ? null : new UnitMatch(found.Value.Unit, found.Value.Measure, approximate, i + found.Value.Word.Length);
        }

        /// <summary>
        /// 1.12万贫困人口, 740多万玉林人民, 140万农牧户: after a scale word, a few words that say who, then a word for people (人口,
        /// 人民, 群众…: counted in 人) or for households (农户, 贫困户…: counted in 户); where that word ends and what it counts.
        /// </summary>
        private static (string Counted, int End)? WhoAfterScale(string text, int at)
        {
            for (var end = at + 2; end <= Math.Min(text.Length, at + MaxWhoLength); end++)
            {
                if (!IsChinese(text.Substring(end - 1, 1))) return null;
                if (PeopleNouns.FirstOrDefault(n => end - at >= n.Length && string.CompareOrdinal(text, end - n.Length, n, 0, n.Length) == 0) is { } people) return ("人", end);
                if (HouseholdNouns.FirstOrDefault(n => end - at >= n.Length && string.CompareOrdinal(text, end - n.Length, n, 0, n.Length) == 0) is { } households) return ("户", end);
            }
            return null;
        }

        /// <summary>The most characters read for who a scaled count counts (建档立卡贫困人口).</summary>
        private const int MaxWhoLength = 8;

        private static readonly string[] PeopleNouns = { "人口", "人民", "群众", "儿女", "居民", "农民" };

        private static readonly string[] HouseholdNouns = { "农户", "农牧户", "贫困户", "脱贫户" };

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

        /// <summary>
        /// A unit's Chinese words: its name, its aliases, and every word of the Recognizers list that holds its name
        /// (the list's entries group the spellings of one unit: 千克|公斤|kg). Latin abbreviations are left out:
        /// after a number in a report they name other things (5G, 3A).
        /// </summary>
        private static IEnumerable<string> SpellingsOf(UnitSpec unit)
        {
            var words = new List<string> { unit.Name };
            words.AddRange(unit.Aliases);
            foreach (var entry in RecognizerLists.Value)
            {
                // One-character synonyms that are words of their own elsewhere (块 of 元: also a measure word) are left out.
                if (entry.Contains(unit.Name)) words.AddRange(entry.Where(w => IsChinese(w) && (w.Length >= 2 || w.Contains(unit.Name, StringComparison.Ordinal))));
            }
            return words.Distinct(StringComparer.Ordinal);
        }

        /// <summary>Microsoft.Recognizers' Chinese dimension and currency words, each entry the spellings of one unit.</summary>
        private static readonly Lazy<List<string[]>> RecognizerLists = new(() =>
            NumbersWithUnitDefinitions.DimensionSuffixList.Values.Concat(NumbersWithUnitDefinitions.CurrencySuffixList.Values)
                .Select(spellings => spellings.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray())
                .ToList());

        private static bool IsChinese(string word) => word.Length > 0 && word.All(c => c >= '\u4e00' && c <= '\u9fff');

        private static string? UnitOf(RegistrySpec registry, string dimension, string scale)
            => registry.Units.FirstOrDefault(u => u.Dimension == dimension && u.Scale == scale)?.Code.Value;

        private static string StripScale(string name)
            => UnitComposition.Scales.Select(s => s.Word).FirstOrDefault(w => name.StartsWith(w, StringComparison.Ordinal) && name.Length > w.Length) is { } w ? name.Substring(w.Length) : name;

        private static bool IsApproximate(char c) => c == '余' || c == '多';
    }
}
