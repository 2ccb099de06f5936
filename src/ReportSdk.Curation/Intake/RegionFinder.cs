using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// Finds the region a document is about from its own words, in the national list of divisions:
    /// the official names its head writes (重庆市永川区, 博罗县人民政府), then the short names its text
    /// repeats (德令哈 for 德令哈市), each supported by the names of the divisions it belongs to and by
    /// the level the text speaks of (全县, 区长). A name several divisions share (朝阳区) is decided by the
    /// province or city the text names; when nothing decides, the candidates are returned for the curator.
    /// </summary>
    public static class RegionFinder
    {
        /// <summary>How much of the text is its head, where the title, session and speaker lines stand.</summary>
        private const int HeadLength = 600;

        /// <summary>How much of the text is read for short names: enough for a report's opening, bounded for any length of text.</summary>
        private const int BodyLength = 20000;

        /// <summary>Words of a document that say which level of government speaks, each with that level.</summary>
        private static readonly (string Word, string Level)[] LevelWords =
        {
            ("全省", "province"), ("省长", "province"), ("省人民政府", "province"), ("全自治区", "province"), ("自治区人民政府", "province"),
            ("全市", "prefecture"), ("市长", "prefecture"), ("市人民政府", "prefecture"),
            ("全县", "county"), ("县长", "county"), ("县人民政府", "county"), ("全旗", "county"), ("旗长", "county"),
            ("全区", "district"), ("区长", "district"), ("区人民政府", "district"),
        };

        /// <summary>The region of <paramref name="text"/>: the division found, or null with the candidates that could not be told apart.</summary>
        public static RegionMatch Find(string text, AdministrativeDivisions divisions)
        {
            if (text.Length > BodyLength) text = text.Substring(0, BodyLength);
            var head = text.Length > HeadLength ? text.Substring(0, HeadLength) : text;
            var scores = new Dictionary<Division, int>();
            foreach (var division in divisions.All)
            {
                // A name of two characters (蠡县, 和县) also stands in ordinary words (县委和县政府): count it only at a name's place.
                Func<string, string, int> count = division.Name.Length <= 2 ? CountAsName : Count;
                var score = 10 * count(head, division.Name) + 2 * Math.Min(5, count(text, division.Name));
                var stem = Stem(division.Name);
                // A short name counts where it is not the start of the full name (counted already), and only when repeated,
                // but for a province's (重庆, 河南): a word of its own, which a plan of 重庆 may write once (全面落实…对重庆提出的).
                if (stem.Length >= 2 && stem != division.Name)
                {
                    var shortMentions = Count(text, stem) - count(text, division.Name);
                    if (shortMentions >= 2 || shortMentions >= 1 && (stem.Length >= 3 || division.Level == "province")) score += 3 * Math.Min(5, shortMentions);
                }
                if (score > 0) scores[division] = score;
            }
            if (scores.Count == 0) return new RegionMatch(null, Array.Empty<Division>());

            var level = SpokenLevel(text);
            var ranked = scores.Keys
                .Select(d => (Division: d, Score: Total(d, scores, divisions, level)))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Division.Code, StringComparer.Ordinal)
                .ToList();
            var best = ranked[0];
            // Two divisions that score alike and neither contains the other: the text does not say which.
            var rivals = ranked.Skip(1).TakeWhile(c => c.Score * 10 > best.Score * 8)
                .Where(c => !divisions.Chain(best.Division).Contains(c.Division) && !divisions.Chain(c.Division).Contains(best.Division))
                .Select(c => c.Division).ToList();
            return rivals.Count == 0
                ? new RegionMatch(best.Division, Array.Empty<Division>())
                : new RegionMatch(null, new[] { best.Division }.Concat(rivals).ToList());
        }

        /// <summary>A division's own score, its ancestors' support, and a bonus when it is of the level the text speaks of.</summary>
        private static int Total(Division division, Dictionary<Division, int> scores, AdministrativeDivisions divisions, string? level)
        {
            var total = scores[division];
            foreach (var ancestor in divisions.Chain(division).Where(a => a != division))
            {
                if (scores.TryGetValue(ancestor, out var support)) total += Math.Min(support, scores[division]);
            }
            // A county-level city, and a municipality of province level (重庆市), speak as a 市 (全市, 市人民政府).
            if (level is not null && (division.Level == level || level == "prefecture" && division.Level is "county" or "province" && division.Name.EndsWith("市", StringComparison.Ordinal))) total += 6;
            return total;
        }

        /// <summary>The level of government the text speaks as, by its most frequent level word; null when it uses none.</summary>
        private static string? SpokenLevel(string text)
        {
            var counts = LevelWords.GroupBy(w => w.Level).Select(g => (Level: g.Key, Count: g.Sum(w => Count(text, w.Word)))).OrderByDescending(c => c.Count).ToList();
            return counts[0].Count == 0 ? null : counts[0].Level;
        }

        /// <summary>The name without the word for its level, as people write it short: 德令哈市 → 德令哈, 永川区 → 永川; the name itself when that leaves one character.</summary>
        public static string Stem(string name)
        {
            foreach (var word in new[] { "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "地区", "省", "市", "区", "县", "旗", "盟" })
            {
                if (name.EndsWith(word, StringComparison.Ordinal) && name.Length - word.Length >= 2) return name.Substring(0, name.Length - word.Length);
            }
            return name;
        }

        /// <summary>Occurrences of a short name where a name stands: at a line's start, after 在/省/市/州/（/、 or a non-Chinese character.</summary>
        private static int CountAsName(string text, string name)
        {
            var count = 0;
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var before = at == 0 ? '\n' : text[at - 1];
                if (before < '\u4e00' || before > '\u9fff' || "在省市州盟".IndexOf(before) >= 0) count++;
            }
            return count;
        }

        private static int Count(string text, string word)
        {
            var count = 0;
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal)) count++;
            return count;
        }
    }

    /// <summary>What <see cref="RegionFinder"/> found: the division, or null and the candidates it could not tell apart (none when no name was found).</summary>
    public sealed record RegionMatch(Division? Division, IReadOnlyList<Division> Candidates);
}
