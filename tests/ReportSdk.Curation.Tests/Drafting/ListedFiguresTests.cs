using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>A 分别 list gives one figure per value, each with its own indicator.</summary>
public sealed class ListedFiguresTests
{
    [Fact]
    public void Urban_and_rural_income_are_two_figures_and_their_growth_rates_two_more()
    {
        var draft = DraftFixture.Propose(review: "城乡居民人均可支配收入分别达到39098元、16340元，增长4.7%、5.1%。");

        Assert.Equal(new[]
        {
            ("39098", "urban-per-capita-disposable-income"), ("16340", "rural-per-capita-disposable-income"),
            ("4.7", "urban-per-capita-disposable-income-growth"), ("5.1", "rural-per-capita-disposable-income-growth"),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void The_second_name_of_a_list_shares_the_head_of_the_first()
    {
        var draft = DraftFixture.Propose(review: "一般公共预算收入和支出分别达4.78亿元、20.2亿元。");

        Assert.Equal(new[] { "public-budget-revenue", "public-budget-expenditure" }, draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void A_list_of_names_before_as_many_values_gives_each_its_own_indicator_without_fenbie()
    {
        var draft = DraftFixture.Propose(review: "城镇、农村居民人均可支配收入达到38381元、15187元，分别增长4.9%、6.8%。");

        Assert.Equal(new[]
        {
            ("38381", "urban-per-capita-disposable-income"), ("15187", "rural-per-capita-disposable-income"),
            ("4.9", "urban-per-capita-disposable-income-growth"), ("6.8", "rural-per-capita-disposable-income-growth"),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void A_second_list_of_rates_in_the_same_clause_takes_the_growth_of_each_name()
    {
        var draft = DraftFixture.Propose(review: "城乡常住居民人均可支配收入分别达到37462元和17597元、增长7%和10%。");

        Assert.Equal(new[] { "urban-per-capita-disposable-income-growth", "rural-per-capita-disposable-income-growth" },
            new[] { "7", "10" }.Select(v => DraftFixture.Figure(draft, v).Indicator));
    }

    [Fact]
    public void An_item_whose_own_name_has_no_indicator_gets_none_not_its_neighbour_s()
    {
        var draft = DraftFixture.Propose(review: "金融机构存贷款余额229.33亿元、91.09亿元，分别增长13.66%、17.09%。");

        Assert.Equal(new[] { ("229.33", "deposit-balance"), ("91.09", "loan-balance"), ("13.66", ""), ("17.09", "loan-balance-growth") },
            draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void A_list_of_rates_after_as_many_levels_gives_each_the_growth_of_its_level()
    {
        var draft = DraftFixture.Propose(review: "全县生产总值92.51亿元，规上工业增加值10.74亿元，分别比增5.1%和15.3%。");

        Assert.Equal(new[] { "gdp-growth", "industrial-value-added-growth" }, new[] { "5.1", "15.3" }.Select(v => DraftFixture.Figure(draft, v).Indicator));
    }

    [Fact]
    public void The_three_industries_written_in_one_after_第_are_three_names()
        => Assert.Equal(new[] { "第一产业增加值", "第二产业增加值", "第三产业增加值" }, ListedFigures.Names("第一、二、三产业增加值"));

    [Fact]
    public void A_short_name_a_longer_one_ends_with_names_itself()
        => Assert.Equal(new[] { "外贸进出口", "出口" }, ListedFigures.Names("外贸进出口、出口、进口").Take(2));

    [Theory]
    [InlineData("城镇居民、农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("存贷款余额", "存款余额", "贷款余额")]
    [InlineData("城镇和农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("城乡居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("存、贷款余额", "存款余额", "贷款余额")]
    [InlineData("规上工业增加值、固定资产投资", "规上工业增加值", "固定资产投资")]
    [InlineData("规模以上工业总产值、增加值", "规模以上工业总产值", "规模以上工业增加值")]
    [InlineData("一般公共预算收入、支出", "一般公共预算收入", "一般公共预算支出")]
    public void A_list_s_names_are_made_whole(string words, string first, string second)
        => Assert.Equal(new[] { first, second }, ListedFigures.Names(words));

    [Fact]
    public void A_list_ends_at_its_semicolon_and_a_growth_after_it_is_of_the_level_before_it()
    {
        var draft = DraftFixture.Propose(review: "一、二、三产业增加值分别增长5.5%、6.8%、5.6%；工业总产值完成240.30亿元，增长6.5%，其中规模以上工业增加值47.60亿元，增长7.4%。");

        Assert.Equal("industrial-value-added-growth", DraftFixture.Figure(draft, "7.4").Indicator);
        Assert.Equal("secondary-industry-value-added-growth", DraftFixture.Figure(draft, "6.8").Indicator);
    }

    [Fact]
    public void Values_after_dao_start_the_list_of_names_again_and_a_qualified_growth_list_follows_them()
    {
        var draft = DraftFixture.Propose(review: "城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元，年均增长7.9%和9.2%。");

        Assert.Equal(new[]
        {
            ("29661", "urban-per-capita-disposable-income"), ("10391", "rural-per-capita-disposable-income"),
            ("43364", "urban-per-capita-disposable-income"), ("16117", "rural-per-capita-disposable-income"),
            ("7.9", "urban-per-capita-disposable-income-growth"), ("9.2", "rural-per-capita-disposable-income-growth"),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void The_names_of_a_list_stand_before_its_first_value_when_fenbie_comes_later()
    {
        var draft = DraftFixture.Propose(review: "城乡居民收入达到23292元和7750元、分别增长8.8%和10%。");

        Assert.Equal(new[]
        {
            ("23292", "urban-per-capita-disposable-income"), ("7750", "rural-per-capita-disposable-income"),
            ("8.8", "urban-per-capita-disposable-income-growth"), ("10", "rural-per-capita-disposable-income-growth"),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void The_three_industries_shortened_to_san_chan_are_three_names()
    {
        var draft = DraftFixture.Propose(review: "一、二、三产增加值分别增长4.4%、5.9%、5.8%。");

        Assert.Equal(new[] { "primary-industry-value-added-growth", "secondary-industry-value-added-growth", "tertiary-industry-value-added-growth" },
            draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void Without_fenbie_a_list_restarts_after_dao_and_the_rates_of_the_next_clause_follow_its_names()
    {
        var draft = DraftFixture.Propose(review: "城镇和农村居民人均可支配收入从23121元、6945元增加到34274元、11238元，年均增长8.2%、10.1%。");

        Assert.Equal(new[]
        {
            ("23121", "urban-per-capita-disposable-income"), ("6945", "rural-per-capita-disposable-income"),
            ("34274", "urban-per-capita-disposable-income"), ("11238", "rural-per-capita-disposable-income"),
            ("8.2", "urban-per-capita-disposable-income-growth"), ("10.1", "rural-per-capita-disposable-income-growth"),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Fact]
    public void Shou_zhi_is_revenue_and_expenditure()
    {
        var draft = DraftFixture.Propose(review: "一般公共预算收支分别增长4.4%、6.1%。");

        Assert.Equal(new[] { "public-budget-revenue-growth", "public-budget-expenditure-growth" }, draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void A_bound_word_before_the_first_value_covers_every_value_of_the_list()
    {
        var draft = DraftFixture.Propose(review: "分别增长约11.5%、11%、23.3%。");

        Assert.All(draft.Figures, f => Assert.Equal("about", f.Bound));
    }

    [Fact]
    public void A_list_that_opens_the_text_is_read_like_any_other()
    {
        var source = new ReportSdk.Compiler.Model.SourceDocument("/data/sources/test-2021-gwr.txt", "城乡居民人均可支配收入从29661元、10391元增加到43364元、16117元。");

        var draft = Drafter.Propose(DraftFixture.Report, source, DraftVocabulary.From(DraftFixture.Registry));

        Assert.Equal(new[] { "urban-per-capita-disposable-income", "rural-per-capita-disposable-income", "urban-per-capita-disposable-income", "rural-per-capita-disposable-income" },
            draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void Names_that_all_reach_one_value_give_one_figure_each()
    {
        var draft = DraftFixture.Propose(review: "城乡居民人均可支配收入均增长7%左右。工商注册外资、实际到账外资均增长15%。");

        Assert.Equal(new[]
        {
            ("7", "urban-per-capita-disposable-income-growth"), ("7", "rural-per-capita-disposable-income-growth"), ("15", ""), ("15", ""),
        }, draft.Figures.Select(f => (f.Value, f.Indicator ?? "")));
    }

    [Theory]
    [InlineData("城乡居民人均可支配收入增长")]
    [InlineData("城乡居民收入年均增长")]
    [InlineData("地区生产总值均增长")]
    [InlineData("城乡居民人均可支配收入分别均增长")]
    public void Per_person_yearly_averages_and_a_single_name_are_no_list_that_all_reach_one_value(string words)
        => Assert.Null(ListedFigures.AllOf(words));
}
