using System;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// 户 counts households (农户, 贫困户) or, after a word for a business (企业, 商户, 合作社), bodies:
    /// 20户企业 and 企业62户 are a count with the measure 户, not households.
    /// </summary>
    public static class Households
    {
        /// <summary>The words a 户 that counts bodies follows, or stands before.</summary>
        private static readonly string[] Bodies = { "企业", "商户", "公司", "合作社", "家庭农场", "工商户", "经营主体", "单位" };

        /// <summary><paramref name="unit"/> read again knowing <paramref name="wordsBefore"/> (its clause before the number) and <paramref name="wordsAfter"/> (after its unit).</summary>
        public static UnitMatch Reread(UnitMatch unit, string wordsBefore, string wordsAfter, string sentenceBefore = "")
        {
            var scale = unit.Unit == "households" ? "" : unit.Unit.EndsWith("-households", StringComparison.Ordinal) ? unit.Unit.Substring(0, unit.Unit.Length - "households".Length) : null;
            if (scale is null || !(Bodies.Any(b => wordsBefore.EndsWith(b, StringComparison.Ordinal) || wordsAfter.StartsWith(b, StringComparison.Ordinal) || wordsAfter.StartsWith("规上" + b, StringComparison.Ordinal))
                || CountsBodies(sentenceBefore))) return unit;
            return unit with { Unit = scale + "count", Measure = "户" };
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
