using ReportSdk.Curation.Intake;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>A page broken at a fixed width shows its width; a page of real paragraphs has none.</summary>
public sealed class PageWidthTests
{
    [Fact]
    public void Lines_mostly_as_long_as_the_longest_give_the_width()
    {
        var lines = new[] { "一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九十", "一二三四五六七八九十一二三四五六七八九，", "", "一二三四五六七八九十一二三四五六七八九", "一二三四五六七八九十一二三四五六七八九十", "一二三四五。" };

        Assert.Equal(20, PageWidth.Of(lines));
        Assert.True(PageWidth.IsAt("一二三四五六七八九十一二三四五六七八。", 20));
        Assert.False(PageWidth.IsAt("一二三四五。", 20));
    }

    [Fact]
    public void Paragraphs_of_many_lengths_give_no_width()
    {
        var lines = new[] { "政府工作报告", "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。", "一、2022年工作回顾", "过去一年，全市地区生产总值增长6.5%，一般公共预算收入增长7%，固定资产投资增长10%。", "二、2023年主要目标" };

        Assert.Null(PageWidth.Of(lines));
        Assert.False(PageWidth.IsAt("政府工作报告", null));
    }
}
