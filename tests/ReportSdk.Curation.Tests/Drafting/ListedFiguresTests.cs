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

    [Theory]
    [InlineData("城镇和农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("城乡居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入")]
    [InlineData("存、贷款余额", "存款余额", "贷款余额")]
    [InlineData("规上工业增加值、固定资产投资", "规上工业增加值", "固定资产投资")]
    public void A_list_s_names_are_made_whole(string words, string first, string second)
        => Assert.Equal(new[] { first, second }, ListedFigures.Names(words));
}
