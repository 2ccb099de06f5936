using System;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// 户 counts households (农户, 贫困户) or, after a word for a business (企业, 商户, 合作社), bodies:
    /// 20户企业, 企业62户 and 73户停产半停产企业 are a count with the measure 户, not households.
    /// </summary>
    public static class Households
    {
        /// <summary>The words a 户 that counts bodies follows, or stands before.</summary>
        private static readonly string[] Bodies = { "企业", "商户", "公司", "合作社", "家庭农场", "工商户", "经营主体", "单位" };

        /// <summary><paramref name="unit"/> read again knowing <paramref name="wordsBefore"/> (its clause before the number) and <paramref name="wordsAfter"/> (after its unit).</summary>
        public static UnitMatch Reread(UnitMatch unit, string wordsBefore, string wordsAfter, string sentenceBefore = "")
        {
            var scale = unit.Unit == "households" ? "" : unit.Unit.EndsWith("-households", StringComparison.Ordinal) ? unit.Unit.Substring(0, unit.Unit.Length - "households".Length) : null;
            if (scale is null || !(Bodies.Any(b => wordsBefore.EndsWith(b, StringComparison.Ordinal)) || NamesBodyAfter(wordsAfter) || CountsBodies(sentenceBefore))) return unit;
            return unit with { Unit = scale + "count", Measure = "户" };
        }

        /// <summary>Whether the words after 户, up to a mark, a number or 与/和, name a body and no household (户停产半停产企业, 户规上企业).</summary>
        private static bool NamesBodyAfter(string wordsAfter)
        {
            var end = 0;
            // Up to a mark, a number or a word that joins another noun (140万农牧户与龙头企业: the 企业 are others).
            while (end < wordsAfter.Length && char.IsLetter(wordsAfter[end]) && "与和及同".IndexOf(wordsAfter[end]) < 0) end++;
            var words = wordsAfter.Substring(0, end);
            return Bodies.Any(b => words.Contains(b, StringComparison.Ordinal)) && !HouseholdWords.Any(h => words.Contains(h, StringComparison.Ordinal));
        }

        /// <summary>Words of households that a 户 after them counts (农户, 贫困户, 居民).</summary>
        private static readonly string[] HouseholdWords = { "农户", "贫困户", "脱贫户", "居民", "家庭", "群众", "搬迁" };

        /// <summary>The nearest words a body's count stands from the body it counts (规上工业企业新增92户，总数达到842户).</summary>
        private const int Reach = 16;

        /// <summary>Whether the sentence names a body shortly before the number, and no household after it: 规上工业企业新增92户.</summary>
        private static bool CountsBodies(string sentenceBefore)
        {
            var body = Bodies.Select(b => sentenceBefore.LastIndexOf(b, StringComparison.Ordinal)).Max();
            var household = HouseholdWords.Select(h => sentenceBefore.LastIndexOf(h, StringComparison.Ordinal)).Max();
            return body >= 0 && body > household && sentenceBefore.Length - body <= Reach;
        }
    }
}
