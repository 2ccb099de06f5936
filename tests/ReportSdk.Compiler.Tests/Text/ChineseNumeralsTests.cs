using ReportSdk.Testing;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

/// <summary>Quantities in Chinese numerals, for coverage: both sides, on made-up and on the real texts.</summary>
public class ChineseNumeralsTests
{
    private static List<string> Found(string text)
    {
        var folded = FoldedText.Fold(text);
        return ChineseNumerals.FindQuantities(folded).Select(t => folded.Value.Substring(t.Start, t.Length)).ToList();
    }

    [Theory]
    [InlineData("全省仅有四家，均花落涧西", "四")]
    [InlineData("建成三千个充电桩", "三千")]
    [InlineData("落实两项补贴", "两")]
    [InlineData("带动十五万人就业", "十五万")]
    [InlineData("建设一百二十个示范村", "一百二十")]
    [InlineData("时间不少于三分之一", "三分之一")]
    [InlineData("汇聚企业超千家", "千")]
    [InlineData("惠及三十余万人", "三十")]
    [InlineData("完成两千多亩造林", "两千")]
    [InlineData("现场会两次在我区召开", "两")]
    [InlineData("以下十个方面的工作", "十")]
    [InlineData("新建学校十一所", "十一")]
    [InlineData("实施洛阳石化百万吨乙烯项目", "百万")]
    public void A_numeral_followed_by_a_measure_word_is_a_quantity(string text, string numeral)
    {
        Assert.Equal(new[] { numeral }, Found(text));
    }

    [Theory]
    [InlineData("一是加快项目建设")]                 // an item number
    [InlineData("第一个五年")]                        // an ordinal
    [InlineData("全国第三批示范")]
    [InlineData("推进统一大市场")]
    [InlineData("培育一批龙头企业")]                  // 一 + measure word is the article
    [InlineData("实施新一轮技术改造")]
    [InlineData("作为一项政治任务")]
    [InlineData("建设一流营商环境")]
    [InlineData("推进一体化发展")]
    [InlineData("“十四五”规划")]
    [InlineData("二〇二一年")]
    [InlineData("过去五年")]                          // a duration: 年 is no measure word
    [InlineData("实施三年行动计划")]
    [InlineData("智慧城市项目一期")]                  // a phase
    [InlineData("启动三级医院创建")]                  // a level
    [InlineData("实施“三大改造”")]
    [InlineData("做大做强五大主导产业")]              // N大 names a set
    [InlineData("树牢“四个意识”")]                    // a quoted term names it
    [InlineData("打造“五个强区、一个家园”")]
    [InlineData("《三年行动计划（两个阶段）》")]
    [InlineData("市委十一届十四次全会")]             // a session
    [InlineData("区十五届人大七次会议")]
    [InlineData("省十次党代会")]
    [InlineData("推进产业集聚区二次创业")]            // 二 before a measure word is 'second'
    [InlineData("千万吨级矿山装备")]                  // a class
    [InlineData("保持两位数增长")]                    // digits of a number
    [InlineData("国家百千万人才工程")]                // no well-formed numeral
    [InlineData("全市万人有效发明专利")]              // 万 alone starts no numeral
    [InlineData("增长十分明显")]
    [InlineData("提高2个百分点")]
    [InlineData("达到5128.4亿元，3万人")]            // digits, counted as digits
    [InlineData("千方百计")]
    public void Numerals_inside_words_that_are_no_quantities_do_not_count(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("四", 4)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("一百二十", 120)]
    [InlineData("三千五", 3500)]
    [InlineData("一千零五", 1005)]
    [InlineData("两千", 2000)]
    [InlineData("千", 1000)]
    [InlineData("十五万", 150000)]
    [InlineData("百万", 1000000)]
    [InlineData("三万亿", 3000000000000)]
    [InlineData("零", 0)]
    public void Well_formed_numerals_have_their_value(string numeral, long value)
    {
        Assert.Equal(value, ChineseNumerals.Parse(numeral));
    }

    [Theory]
    [InlineData("百千万")]
    [InlineData("二〇二一")]
    [InlineData("十四五")]
    [InlineData("二三一")]
    [InlineData("十百")]
    [InlineData("")]
    public void Runs_that_are_no_numeral_have_no_value(string numeral)
    {
        Assert.Null(ChineseNumerals.Parse(numeral));
    }

    /// <summary>
    /// Every quantity in Chinese numerals the five curated texts hold, with the measure word after
    /// it: what coverage counts there, and nothing else (the exclusions were built from these texts).
    /// </summary>
    [Fact]
    public void The_quantities_in_the_real_texts_are_exactly_these()
    {
        var found = new List<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "data", "sources"), "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var folded = FoldedText.Fold(File.ReadAllText(path));
            foreach (var (start, length) in ChineseNumerals.FindQuantities(folded))
            {
                found.Add($"{Path.GetFileNameWithoutExtension(path)}: {folded.Value.Substring(start, Math.Min(length + 2, folded.Value.Length - start))}");
            }
        }

        Assert.Equal(new[]
        {
            "jianxi-2021-gwr: 四家,", "jianxi-2021-gwr: 十分之一,人", "jianxi-2021-gwr: 八分之一,人", "jianxi-2021-gwr: 六个原",
            "jianxi-2021-gwr: 两场,", "jianxi-2021-gwr: 三分之一。深", "jianxi-2021-gwr: 八项规", "jianxi-2021-gwr: 三种心",
            "jianxi-2021-gwr: 三种心", "jianxi-2021-gwr: 三种精", "jianxi-2021-gwr: 三种精", "jianxi-2021-gwr: 两场三",
            "jianxi-2021-gwr: 十条政", "jianxi-2021-gwr: 四个不",
            "luolong-2021-plan: 四分之一,总", "luolong-2021-plan: 三支渠", "luolong-2021-plan: 两次在", "luolong-2021-plan: 三个培",
            "luolong-2021-plan: 三个计", "luolong-2021-plan: 六项保", "luolong-2021-plan: 两个高", "luolong-2021-plan: 七项目",
            "luoyang-2017-gwr: 四次地", "luoyang-2017-gwr: 十个方", "luoyang-2017-gwr: 八项规",
            "luoyang-2021-gwr: 千家,", "luoyang-2021-gwr: 五个方", "luoyang-2021-gwr: 十个方", "luoyang-2021-gwr: 百万吨乙",
            "luoyang-2021-gwr: 四篇文", "luoyang-2021-gwr: 八项规",
            "luoyang-2023-gwr: 十个方", "luoyang-2023-gwr: 四个外", "luoyang-2023-gwr: 四类养",
        }, found);
    }
}
