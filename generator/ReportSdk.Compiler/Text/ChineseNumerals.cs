using System;
using System.Collections.Generic;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// Finds quantities written in Chinese numerals (四家, 三千个, 两项, 十五万人, 一百二十个,
    /// 三分之一) in a folded text, for <c>reportsdk coverage</c>. A numeral counts only where it
    /// states a quantity: a well-formed numeral followed by a measure word (after an optional 余/多
    /// and 万/亿), or a fraction N分之M. Numerals inside words that are not quantities do not count;
    /// the exclusions below come from the five curated reports:
    /// <list type="bullet">
    /// <item>no measure word after the numeral: 一是, 统一, 一流, 一体化, 一带一路, 十四五, 三大改造 (N大 names a set);</item>
    /// <item>a time, phase, level or session word after it is no measure word: 二〇二一年, 五年, 三年行动, 一期, 三级医院, 十五届, 百日;</item>
    /// <item>not a well-formed numeral: 百千万人才工程, “二三一”;</item>
    /// <item>an ordinal: 第一个五年, 第三批; a lone 二 before a measure word (二次创业, 二级公路: two of something is 两);</item>
    /// <item>a lone 一 before a measure word is the article "a": 一批, 一项政治任务, 新一轮, 一份答卷;</item>
    /// <item>a session number: 十一届十四次全会, 第七次会议, 十次党代会; a class: 千万吨级; digits of a number: 两位数;</item>
    /// <item>a numeral inside a short quoted term names it: “四个意识”, “两场三馆”, “五个强区、一个家园”, 《…》.</item>
    /// </list>
    /// </summary>
    internal static class ChineseNumerals
    {
        private const string Digits = "〇零一二三四五六七八九两";
        private const string SmallUnits = "十百千";
        private const string BigUnits = "万亿";

        /// <summary>The longest quoted term whose numerals are taken as part of a name, in non-blank characters.</summary>
        private const int MaxQuotedTerm = 30;

        /// <summary>Measure words and units that make a numeral a quantity; longer words first.</summary>
        public static readonly IReadOnlyList<string> MeasureWords = new[]
        {
            "人次", "批次", "平方公里", "平方米", "公里", "公顷", "标箱", "美元",
            "个", "家", "项", "名", "人", "位", "座", "所", "条", "件", "次", "场", "处", "台", "套", "户", "支", "篇",
            "块", "只", "头", "株", "辆", "架", "艘", "份", "册", "张", "栋", "间", "本", "批", "轮", "种", "类",
            "亩", "吨", "元", "斤", "倍",
        };

        private static readonly string[] SessionWords = { "会议", "全会", "党代会" };

        private static readonly (char Open, char Close)[] QuotePairs = { ('“', '”'), ('《', '》'), ('「', '」'), ('『', '』') };

        /// <summary>Whether <paramref name="c"/> belongs to a Chinese numeral (一…九, 〇, 零, 两, 十, 百, 千, 万, 亿).</summary>
        public static bool IsNumeral(char c) => Digits.IndexOf(c) >= 0 || SmallUnits.IndexOf(c) >= 0 || BigUnits.IndexOf(c) >= 0;

        /// <summary>
        /// Start and length of every quantity in Chinese numerals in <paramref name="text"/>: the
        /// numeral itself (十五万 of 十五万人), or the whole fraction (三分之一).
        /// </summary>
        public static IEnumerable<(int Start, int Length)> FindQuantities(FoldedText text)
        {
            var t = text.Value;
            var i = 0;
            while (i < t.Length)
            {
                if (!StartsNumeral(t, i))
                {
                    i++;
                    continue;
                }
                var j = i;
                while (j < t.Length && IsNumeral(t[j])) j++;
                var run = t.Substring(i, j - i);
                if (string.CompareOrdinal(t, j, "分之", 0, 2) == 0 && j + 2 < t.Length && IsNumeral(t[j + 2]))
                {
                    var k = j + 2;
                    while (k < t.Length && IsNumeral(t[k])) k++;
                    if (Parse(run) is not null && Parse(t.Substring(j + 2, k - j - 2)) is not null && !InQuotedTerm(text, i))
                    {
                        yield return (i, k - i);
                    }
                    i = k;
                    continue;
                }
                if (IsQuantity(text, i, j, run)) yield return (i, j - i);
                i = j;
            }
        }

        /// <summary>
        /// The value of a well-formed numeral (一百二十 → 120, 十五万 → 150000, 三千五 → 3500, 两 → 2),
        /// or null when <paramref name="numeral"/> is not one (百千万, 二〇二一, 十四五).
        /// </summary>
        public static decimal? Parse(string numeral)
        {
            if (numeral.Length == 0) return null;
            var yi = numeral.IndexOf('亿');
            if (yi < 0) return BelowYi(numeral);
            var high = yi == 0 ? null : BelowYi(numeral.Substring(0, yi));
            var rest = numeral.Substring(yi + 1);
            var low = rest.Length == 0 ? 0m : rest.IndexOf('亿') >= 0 ? null : BelowYi(rest);
            return high is null or 0m || low is null ? null : high * 100000000m + low;
        }

        private static bool StartsNumeral(string t, int i)
        {
            var c = t[i];
            // 万 and 亿 alone start no number (万人助万企, 万众); a numeral is one run, and 5万 or 3.5亿 are digits.
            if (!IsNumeral(c) || BigUnits.IndexOf(c) >= 0) return false;
            if (i == 0) return true;
            var before = t[i - 1];
            return !IsNumeral(before) && !(before >= '0' && before <= '9') && before != '.';
        }

        private static bool IsQuantity(FoldedText text, int start, int end, string run)
        {
            var t = text.Value;
            var k = end;
            if (k < t.Length && (t[k] == '余' || t[k] == '多')) k++;
            if (BigUnits.IndexOf(run[run.Length - 1]) < 0 && k < t.Length && BigUnits.IndexOf(t[k]) >= 0)
            {
                k++;
                if (k < t.Length && t[k] == '亿') k++;
                if (k < t.Length && (t[k] == '余' || t[k] == '多')) k++;
            }
            var measure = MeasureAt(t, k);
            if (measure is null || Parse(run) is null) return false;
            var after = k + measure.Length;
            var before = start > 0 ? t[start - 1] : '\0';
            if (before == '第') return false;                                  // 第一个五年, 第三批
            if (run == "一" || run == "二") return false;                      // 一批, 一项 (the article); 二次创业, 二级 (ordinal)
            if (measure == "次" && (before == '届' || StartsWithAny(t, after, SessionWords))) return false;   // 十一届十四次全会
            if (after < t.Length && t[after] == '级') return false;             // 千万吨级
            if (measure == "位" && after < t.Length && t[after] == '数') return false;   // 两位数
            return !InQuotedTerm(text, start);
        }

        private static string? MeasureAt(string t, int at)
        {
            foreach (var word in MeasureWords)
            {
                if (string.CompareOrdinal(t, at, word, 0, word.Length) == 0) return word;
            }
            return null;
        }

        private static bool StartsWithAny(string t, int at, string[] words)
        {
            foreach (var word in words)
            {
                if (string.CompareOrdinal(t, at, word, 0, word.Length) == 0) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the folded character at <paramref name="index"/> stands inside a short quoted term
        /// of the original text (“四个意识”): an opening mark before it and its closing mark after it,
        /// with no other mark between and at most <see cref="MaxQuotedTerm"/> characters on each side.
        /// </summary>
        private static bool InQuotedTerm(FoldedText text, int index)
        {
            var original = text.Original;
            var offset = text.OriginalOffset(index);
            foreach (var (open, close) in QuotePairs)
            {
                if (Scan(original, offset - 1, -1, open, close) && Scan(original, offset, +1, close, open)) return true;
            }
            return false;
        }

        private static bool Scan(string text, int from, int step, char wanted, char stop)
        {
            var seen = 0;
            for (var i = from; i >= 0 && i < text.Length && seen <= MaxQuotedTerm; i += step)
            {
                var c = text[i];
                if (c == wanted) return true;
                if (c == stop) return false;
                if (!char.IsWhiteSpace(c)) seen++;
            }
            return false;
        }

        /// <summary>A numeral below 亿: [section 万] section.</summary>
        private static decimal? BelowYi(string numeral)
        {
            var wan = numeral.IndexOf('万');
            if (wan < 0) return Section(numeral);
            var high = wan == 0 ? null : Section(numeral.Substring(0, wan));
            var rest = numeral.Substring(wan + 1);
            var low = rest.Length == 0 ? 0m : rest.IndexOf('万') >= 0 ? null : Section(rest);
            return high is null or 0m || low is null ? null : high * 10000m + low;
        }

        /// <summary>A numeral below 万: digits before 千, 百, 十 in falling order, 零 for a gap, a final digit.</summary>
        private static decimal? Section(string numeral)
        {
            var value = 0m;
            var lastUnit = 10000m;
            decimal? pending = null;
            var zero = false;
            foreach (var c in numeral)
            {
                var digit = DigitValue(c);
                if (digit is not null)
                {
                    if (pending is not null && pending != 0m) return null;   // two digits in a row: 二〇二一, 十四五
                    if (digit == 0m && value == 0m) return numeral.Length == 1 ? 0m : null;
                    if (digit == 0m) zero = true;
                    pending = digit;
                    continue;
                }
                var unit = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 0m };
                if (unit == 0m || unit >= lastUnit) return null;               // 百千万, 十百
                if (pending == 0m) return null;                                 // 零百
                // 十五, 百万吨, 千家: a unit at the start stands for one of it.
                var count = pending ?? (value == 0m ? 1m : (decimal?)null);
                if (count is null) return null;
                value += count.Value * unit;
                lastUnit = unit;
                pending = null;
                zero = false;
            }
            if (pending is not null)
            {
                // 三千五 is 3500, 一百二 is 120; after 零 (一千零五) the digit is units.
                value += !zero && lastUnit >= 100m && lastUnit < 10000m ? pending.Value * lastUnit / 10m : pending.Value;
            }
            return value;
        }

        private static decimal? DigitValue(char c) => c switch
        {
            '〇' or '零' => 0m,
            '一' => 1m,
            '二' or '两' => 2m,
            '三' => 3m,
            '四' => 4m,
            '五' => 5m,
            '六' => 6m,
            '七' => 7m,
            '八' => 8m,
            '九' => 9m,
            _ => null,
        };
    }
}
