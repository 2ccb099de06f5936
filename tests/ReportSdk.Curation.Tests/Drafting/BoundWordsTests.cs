namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>The bound of a proposal comes from the words around its number (format.md: bound).</summary>
public class BoundWordsTests
{
    [Theory]
    [InlineData("生产总值增长8%以上。", "8", "at-least")]
    [InlineData("为中小企业担保贷款不少于15亿元。", "15", "at-least")]
    [InlineData("城镇登记失业率控制在4.5%以内。", "4.5", "at-most")]
    [InlineData("居民消费价格涨幅控制在3%左右。", "3", "about")]
    [InlineData("旅客吞吐量突破150万人次。", "150", "more-than")]
    [InlineData("技术合同成交额超过55亿元。", "55", "more-than")]
    [InlineData("常住人口城镇化率提高近2个百分点。", "2", "nearly")]
    [InlineData("新建学校12所。", "12", "exact")]
    [InlineData("年均增速高于全省1个百分点以上。", "1", "at-least")]
    [InlineData("力争签约80个重大项目。", "80", "exact")]
    [InlineData("全市地区生产总值跨过2000亿元台阶。", "2000", "at-least")]
    public void Words_before_and_after_the_number_give_the_bound(string text, string value, string bound)
        => Assert.Equal(bound, DraftFixture.Figure(DraftFixture.Propose(keyWork: text), value).Bound);

    [Theory]
    [InlineData("开展文化活动300余场。", "300")]
    [InlineData("新增就业2.4万余人。", "2.4")]
    [InlineData("吸引游客3万多人。", "3")]
    public void Yu_and_duo_give_more_than(string text, string value)
        => Assert.Equal("more-than", DraftFixture.Figure(DraftFixture.Propose(review: text), value).Bound);

    [Fact]
    public void A_qualifier_before_the_number_decides_over_yu()
        => Assert.Equal("about", DraftFixture.Figure(DraftFixture.Propose(review: "完成国土绿化约5500余亩。"), "5500").Bound);

    [Fact]
    public void Yuji_makes_an_actual_an_estimate_but_never_a_target()
    {
        Assert.Equal("estimate", DraftFixture.Figure(DraftFixture.Propose(review: "预计全年实现地区生产总值3740亿元。"), "3740").Bound);
        // 预计 reports the year just ended wherever it stands: an actual, even in the key work.
        var reported = DraftFixture.Figure(DraftFixture.Propose(keyWork: "预计全年实现地区生产总值3740亿元。"), "3740");
        Assert.Equal((false, "estimate"), (reported.IsTarget, reported.Bound));
        var goal = DraftFixture.Figure(DraftFixture.Propose(keyWork: "力争全年实现地区生产总值3740亿元。"), "3740");
        Assert.Equal((true, "exact"), (goal.IsTarget, goal.Bound));
    }

    [Fact]
    public void Yuji_at_the_start_of_a_sentence_covers_its_clauses_after_a_semicolon_but_not_a_baseline()
    {
        var draft = DraftFixture.Propose(review: "预计全年地区生产总值达到456亿元；固定资产投资完成204.2亿元，从2015年的150亿元增加到204.2亿元左右。");

        Assert.Equal(new[] { "estimate", "estimate", "exact", "estimate" }, draft.Figures.Select(f => f.Bound));
        Assert.Equal("2015", draft.Figures[2].Period);
    }

    [Fact]
    public void An_annotation_yuji_xiatong_makes_its_figure_and_every_later_one_an_estimate()
    {
        var draft = DraftFixture.Propose(review: "新建学校12所。\n——地区生产总值增长8%左右（预计数，下同）；\n——一般公共预算收入264.13亿元。");

        Assert.Equal(new[] { "exact", "estimate", "estimate" }, draft.Figures.Select(f => f.Bound));
    }

    [Fact]
    public void A_bound_word_after_the_last_value_of_a_list_covers_every_value()
    {
        var draft = DraftFixture.Propose(keyWork: "城乡居民人均可支配收入分别增长7%、8%左右。");

        Assert.Equal(new[] { ("7", "about"), ("8", "about") }, draft.Figures.Select(f => (f.Value, f.Bound)));
    }
}
