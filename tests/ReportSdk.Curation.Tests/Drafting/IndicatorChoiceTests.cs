namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Which indicator a figure is given, where its own words name none or name a part of one.</summary>
public class IndicatorChoiceTests
{
    [Fact]
    public void A_bare_growth_after_a_clause_of_no_figure_is_the_growth_of_the_name_that_clause_opens_with()
    {
        var draft = DraftFixture.Propose(review: "全省生产总值增长7.1%，一般公共预算收入升至全国第4位，增长11.1%。");

        Assert.Equal(("gdp-growth", "public-budget-revenue-growth"), (DraftFixture.Figure(draft, "7.1").Indicator, DraftFixture.Figure(draft, "11.1").Indicator));
    }

    [Fact]
    public void Imports_and_exports_are_not_exports_and_a_trade_of_e_commerce_is_no_indicator_of_the_whole()
    {
        var draft = DraftFixture.Propose(review: "跨境电商进出口额增长35%。出口额增长8%。");

        Assert.Equal((null, "exports-growth"), (DraftFixture.Figure(draft, "35").Indicator, DraftFixture.Figure(draft, "8").Indicator));
    }

    [Theory]
    [InlineData("第三产业增加值占全市生产总值比重达到50.6%。", "services-share")]
    [InlineData("服务业增加值占GDP的比例为48%。", "services-share")]
    [InlineData("税收收入占地方一般预算收入的比重为84.9%。", "tax-revenue-share")]
    [InlineData("税收收入占比超过80%。", "tax-revenue-share")]
    public void A_share_is_named_with_any_name_of_its_part_and_of_its_whole(string text, string indicator)
        => Assert.Equal(indicator, Assert.Single(DraftFixture.Propose(review: text).Figures).Indicator);

    [Fact]
    public void Investment_completed_is_investment()
        => Assert.Equal("fixed-asset-investment-growth", Assert.Single(DraftFixture.Propose(review: "固定资产投资完成额增长11.5%。").Figures).Indicator);
}
