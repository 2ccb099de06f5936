namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Quantities in Chinese numerals are proposed like digits, with <c>written</c> (format.md).</summary>
public class ChineseNumeralTests
{
    [Theory]
    [InlineData("新建学校四所。", "4", "四", "count", "所")]
    [InlineData("举办大型集中签约活动两场。", "2", "两", "count", "场")]
    [InlineData("吸纳就业十五万人。", "15", "十五", "10k-people", null)]
    [InlineData("培育企业一百二十家。", "120", "一百二十", "count", "家")]
    public void A_numeral_with_a_measure_word_is_a_figure(string text, string value, string written, string unit, string? measure)
    {
        var figure = Assert.Single(DraftFixture.Propose(keyWork: text).Figures);

        Assert.Equal((value, written, unit, measure), (figure.Value, figure.Written, figure.Unit, figure.Measure));
    }

    [Theory]
    [InlineData("一是加快转型。")]
    [InlineData("增强“四个意识”。")]
    [InlineData("推进三大改造。")]
    public void A_numeral_that_states_no_quantity_is_not_proposed(string text)
    {
        var draft = DraftFixture.Propose(keyWork: text);

        Assert.Empty(draft.Figures);
        Assert.Empty(draft.Dismissals);
    }
}
