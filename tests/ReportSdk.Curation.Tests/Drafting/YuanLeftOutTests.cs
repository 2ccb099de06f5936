using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Money written with its scale word alone (600亿大关) is yuan of that scale where the words name money.</summary>
public class YuanLeftOutTests
{
    [Theory]
    [InlineData("GDP总量突破600亿大关，达613.62亿元。", "600", "100m-yuan")]
    [InlineData("汽车、电子产业分别达到4500亿、7000亿级规模。", "4500", "100m-yuan")]
    [InlineData("汽车、电子产业分别达到4500亿、7000亿级规模。", "7000", "100m-yuan")]
    [InlineData("全市存款余额突破2万亿。", "2", "trillion-yuan")]
    public void A_scale_word_after_the_name_of_money_is_yuan(string review, string value, string unit)
        => Assert.Equal(unit, DraftFixture.Figure(DraftFixture.Propose(review: review), value).Unit);

    [Fact]
    public void A_scale_word_after_other_words_is_no_unit()
        => Assert.DoesNotContain(DraftFixture.Propose(review: "全市常住人口达到1.2亿。").Figures, f => f.Value == "1.2");
}
