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

    [Theory]
    [InlineData("限上社会消费品零售总额同比增长4.4%。")]
    [InlineData("口岸进出口总额预计完成2030亿美元。")]
    public void A_name_of_retail_above_the_quota_or_of_trade_through_the_ports_is_no_indicator_of_the_region(string text)
        => Assert.Null(Assert.Single(DraftFixture.Propose(review: text).Figures).Indicator);

    [Theory]
    [InlineData("一产增长3.9%。", "primary-industry-value-added-growth")]
    [InlineData("二产增加值增长14.1%。", "secondary-industry-value-added-growth")]
    [InlineData("三产增长1.6%。", "tertiary-industry-value-added-growth")]
    public void An_industry_is_named_by_its_short_name(string text, string indicator)
        => Assert.Equal(indicator, Assert.Single(DraftFixture.Propose(review: text).Figures).Indicator);

    [Fact]
    public void A_price_that_rises_after_a_clause_naming_consumer_prices_is_their_rise()
    {
        var draft = DraftFixture.Propose(review: "居民消费价格受猪肉等食品价格结构性上涨拉动，全年上涨3.1%，仍在3.5%左右的年度目标以内。");

        Assert.Equal(("cpi-growth", "cpi-growth"), (DraftFixture.Figure(draft, "3.1").Indicator, DraftFixture.Figure(draft, "3.5").Indicator));
        Assert.True(DraftFixture.Figure(draft, "3.5").IsTarget);
    }

    [Fact]
    public void A_control_target_quoted_after_a_result_is_a_target_of_the_result_s_indicator()
    {
        var target = DraftFixture.Figure(DraftFixture.Propose(review: "城镇登记失业率2.44%，低于4.5%的控制目标。"), "4.5");

        Assert.Equal((true, "registered-urban-unemployment-rate"), (target.IsTarget, target.Indicator));
    }

    [Fact]
    public void The_total_after_a_growth_is_the_level_of_that_growth_s_indicator()
        => Assert.Equal("gdp", DraftFixture.Figure(DraftFixture.Propose(review: "预计全年地区生产总值增长7.8%，总量将跨越4万亿元大关。"), "4").Indicator);

    [Theory]
    [InlineData("规上工业企业新增92户。", "92", "new-industrial-enterprises-above-scale")]
    [InlineData("地表水达到或好于III类水体比例93.3%。", "93.3", "good-surface-water-share")]
    [InlineData("实际使用外资商务部口径预计完成580万美元。", "580", "foreign-capital-utilized")]
    [InlineData("地区生产总值预期目标增长6%左右。", "6", "gdp-growth")]
    [InlineData("今年GDP增长将保持10%的增幅。", "10", "gdp-growth")]
    [InlineData("全县地区生产总值完成107.2亿元，稳定突破百亿元大关。", "100", "gdp")]
    public void A_name_is_read_through_the_words_reports_put_in_it_or_write_it_with(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);
}
