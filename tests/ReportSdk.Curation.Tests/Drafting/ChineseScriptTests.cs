using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>A page converted into traditional characters is read by the simplified rules and quoted as the page writes it.</summary>
public class ChineseScriptTests
{
    [Fact]
    public void A_page_in_traditional_characters_is_read_as_simplified_and_quoted_as_written()
    {
        var draft = DraftFixture.Propose(review: "全市地區生產總值增長8.5%，財政收入達到90億元，規模以上工業增加值增長12%。");

        var gdp = DraftFixture.Figure(draft, "8.5");
        Assert.Equal(("gdp-growth", "percent"), (gdp.Indicator, gdp.Unit));
        Assert.Contains("增長8.5%", gdp.Quote, StringComparison.Ordinal);
        Assert.Equal("100m-yuan", DraftFixture.Figure(draft, "90").Unit);
        Assert.Contains("億元", DraftFixture.Figure(draft, "90").Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_numeral_of_a_traditional_page_is_written_as_the_page_writes_it()
    {
        var draft = DraftFixture.Propose(review: "新引進兩家域外金融機構，規模以上工業總產值突破千億元。");

        Assert.Equal("兩", DraftFixture.Figure(draft, "2").Written);
        Assert.Equal(("千", "100m-yuan"), (DraftFixture.Figure(draft, "1000").Written, DraftFixture.Figure(draft, "1000").Unit));
    }

    [Theory]
    [InlineData("全市地區生產總值增長8.5%，規模以上工業增加值增長12%。", true)]
    [InlineData("全市地区生产总值增长8.5%，规模以上工业增加值增长12%。", false)]
    // 乾 and 著 are in the table, but a simplified text has few of them.
    [InlineData("乾隆年间的古城保护成效显著，游客增长显著。", false)]
    [InlineData("2022", false)]
    public void A_text_is_traditional_when_a_tenth_of_its_Han_characters_are(string text, bool traditional)
        => Assert.Equal(traditional, ChineseScript.IsTraditional(text));

    [Fact]
    public void The_reading_has_the_length_and_the_punctuation_of_the_text()
    {
        const string text = "一、2017年工作回顧\n（一）經濟發展穩中快進。 增長9%！";

        var reading = ChineseScript.Simplify(text);

        Assert.Equal("一、2017年工作回顾\n（一）经济发展稳中快进。 增长9%！", reading);
        Assert.Equal(text.Length, reading.Length);
    }

    [Fact]
    public void A_simplified_text_is_its_own_reading_and_a_traditional_one_is_read_simplified()
    {
        const string simplified = "乾隆年间的古城保护成效显著。";

        Assert.Same(simplified, ChineseScript.Reading(simplified));
        Assert.Equal("全市地区生产总值增长8.5%。", ChineseScript.Reading("全市地區生產總值增長8.5%。"));
    }
}
