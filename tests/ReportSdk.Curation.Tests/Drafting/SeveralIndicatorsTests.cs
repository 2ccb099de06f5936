using ReportSdk.Compiler.Model;
using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>A clause that sets several indicators gives one proposal each, sharing the quote (format.md).</summary>
public class SeveralIndicatorsTests
{
    [Fact]
    public void Each_indicator_of_the_clause_gets_a_proposal()
    {
        var draft = DraftFixture.Propose(keyWork: "地区生产总值、人均GDP、全员劳动生产率增长7%。");

        Assert.Equal(new[] { "gdp-growth", "gdp-per-capita-growth", "labor-productivity-growth" }, draft.Figures.Select(f => f.Indicator));
        Assert.All(draft.Figures, f => Assert.Equal(("7", "percent", "地区生产总值、人均GDP、全员劳动生产率增长7%"), (f.Value, f.Unit, f.Quote)));
        Assert.Equal(3, draft.Figures.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void A_list_whose_parts_are_not_all_indicators_stays_one_proposal()
    {
        var draft = DraftFixture.Propose(keyWork: "新建学校、医院12所。");

        Assert.Single(draft.Figures);
    }

    [Fact]
    public void Registry_aliases_and_growth_names_find_the_indicator()
    {
        Assert.Equal("gdp-growth", DraftFixture.Figure(DraftFixture.Propose(keyWork: "生产总值增长8%以上。"), "8").Indicator);
        Assert.Equal("gdp", DraftFixture.Figure(DraftFixture.Propose(review: "全市生产总值达到5128.4亿元。"), "5128.4").Indicator);
    }

    [Theory]
    [InlineData("地区生产总值预计增长6%左右。", "6", "gdp-growth")]
    [InlineData("规上工业增加值增速同比增长2.0%。", "2.0", "industrial-value-added-growth")]
    [InlineData("规上服务业营业收入增长8%。", "8", "services-above-scale-revenue-growth")]
    [InlineData("环境空气质量(AQI)优良率达到76.4%。", "76.4", "good-air-days-ratio")]
    [InlineData("农村居民家庭人均可支配收入23120元。", "23120", "rural-per-capita-disposable-income")]
    [InlineData("万元增加值综合能耗比上年下降1.5%。", "1.5", "energy-intensity-reduction")]
    [InlineData("规模以上工业企业增加值同比增长10.2%。", "10.2", "industrial-value-added-growth")]
    [InlineData("“规上”工业增加值增长7.3%。", "7.3", "industrial-value-added-growth")]
    [InlineData("全市规模工业增加值增长12.5%。", "12.5", "industrial-value-added-growth")]
    [InlineData("实现规模以上工业产值1485.9亿元，增长5.2%。", "1485.9", "industrial-output")]
    [InlineData("全年完成地区生产总值153亿元，同比增长(以下简称增长)6%。", "6", "gdp-growth")]
    public void Words_that_qualify_a_name_and_its_short_forms_still_find_the_indicator(string review, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: review), value).Indicator);

    [Fact]
    public void The_total_of_a_quantity_is_the_quantity_and_a_name_may_end_with_a_linking_word()
    {
        Assert.Equal("fixed-asset-investment", DraftFixture.Figure(DraftFixture.Propose(review: "固定资产投资总额199.03亿元。"), "199.03").Indicator);
        Assert.Equal("retail-sales", DraftFixture.Figure(DraftFixture.Propose(review: "社会消费品零售总额实现261.5亿元。"), "261.5").Indicator);
    }

    [Theory]
    [InlineData("知识型现代服务业增加值同比增长18%。", "18")]
    [InlineData("机电产品出口增长12%。", "12")]
    [InlineData("服务贸易出口增长10%左右。", "10")]
    public void A_branch_of_a_sector_is_no_indicator_of_the_whole(string text, string value)
        => Assert.Null(DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Theory]
    [InlineData("全市生产总值可突破1980亿元。", "1980", "gdp")]
    [InlineData("全员劳动生产率每人9.6万元。", "9.6", "labor-productivity")]
    [InlineData("粮食产量连续五年保持在20亿斤以上。", "20", "grain-output")]
    [InlineData("服务业增加值占生产总值的比重达到52.8%。", "52.8", "services-share")]
    [InlineData("出口增长11%以上。", "11", "exports-growth")]
    [InlineData("进出口增长6%。", "6", "trade-growth")]
    [InlineData("对外贸易出口总额2.42亿美元。", "2.42", "exports")]
    [InlineData("贫困发生率降低到1.4%。", "1.4", "poverty-incidence")]
    [InlineData("城镇居民可支配收入29880元。", "29880", "urban-per-capita-disposable-income")]
    public void Names_are_read_through_qualifiers_linking_words_and_the_other_names_of_gdp(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Fact]
    public void A_growth_after_a_level_crossed_is_the_growth_of_what_crossed_it()
        => Assert.Equal("gdp-growth", DraftFixture.Figure(DraftFixture.Propose(review: "全省GDP跨越四个万亿元台阶、年均增长5.5%左右。"), "5.5").Indicator);

    [Fact]
    public void An_indicator_needs_a_unit_of_its_dimension()
        => Assert.Null(DraftFixture.Figure(DraftFixture.Propose(review: "生产总值5128.4万人。"), "5128.4").Indicator);

    [Fact]
    public void Labels_learned_from_other_reports_name_their_indicator()
    {
        var text = "全年新增信贷贷款700亿元。";
        Assert.Null(DraftFixture.Figure(DraftFixture.Propose(keyWork: text), "700").Indicator);

        var curated = DraftFixture.Report with
        {
            Targets = new[] { Figure("new-credit", "新增信贷贷款") }.ToEquatableArray(),
        };
        var vocabulary = DraftVocabulary.From(DraftFixture.Registry).Learn(new[] { curated });

        Assert.Equal("new-credit", DraftFixture.Figure(DraftFixture.Propose(keyWork: text, vocabulary: vocabulary), "700").Indicator);
    }

    [Fact]
    public void A_growth_rate_without_a_name_continues_the_quantity_before_it()
    {
        var draft = DraftFixture.Propose(review: "社会消费品零售总额1800亿元，增长12.5%。");

        Assert.Equal(new[] { "retail-sales", "retail-sales-growth" }, draft.Figures.Select(f => f.Indicator));
    }

    [Fact]
    public void A_growth_rate_without_a_name_after_a_level_of_no_indicator_takes_the_growth_indicator_its_name_makes()
    {
        var draft = DraftFixture.Propose(review: "农林牧渔业增加值109.12亿元，同比增长2.2%。");

        Assert.Equal(new[] { null, "agricultural-value-added-growth" }, draft.Figures.Select(f => f.Indicator));
    }

    [Theory]
    [InlineData("全市居民人均可支配收入增至6.9万元。", "6.9", "per-capita-disposable-income")]
    [InlineData("地区生产总值从2.5万亿元提升至3.6万亿元。", "3.6", "gdp")]
    public void A_linking_word_is_read_whole_before_the_name_is_matched(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Theory]
    [InlineData("GDP总量突破600亿大关，达613.62亿元，同比增长11.9%。", "613.62", "gdp")]
    [InlineData("GDP总量突破600亿大关，达613.62亿元，同比增长11.9%。", "11.9", "gdp-growth")]
    public void A_value_with_only_linking_words_is_of_the_indicator_the_clause_before_names(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Fact]
    public void Per_person_after_a_total_is_the_per_person_indicator_of_the_total()
        => Assert.Equal("gdp-per-capita", DraftFixture.Figure(DraftFixture.Propose(review: "全省GDP突破12万亿元，人均达14.3万元左右。"), "14.3").Indicator);

    [Theory]
    [InlineData("粮食种植面积稳定在12万亩以上，总产6.4万吨。", "6.4", "grain-output")]
    [InlineData("完成粮食播种11.34万亩，总产量8287万斤。", "8287", "grain-output")]
    [InlineData("规模以上工业企业资产负债率降低2.3个百分点，利润增长3.2%。", "3.2", "industrial-profit-growth")]
    public void A_head_noun_without_a_subject_takes_the_subject_of_the_figure_before_it(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Theory]
    [InlineData("中小微企业贷款余额达到667亿元，增长11.8%。", "667")]
    [InlineData("中小微企业贷款余额达到667亿元，增长11.8%。", "11.8")]
    [InlineData("新增省级高新技术企业7家。", "7")]
    public void A_class_of_enterprises_is_no_indicator_of_the_whole(string text, string value)
        => Assert.Null(DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Theory]
    [InlineData("新增国家级高新技术企业20家。", "20", "new-high-tech-enterprises")]
    [InlineData("农牧民人均可支配收入达到15000元。", "15000", "rural-per-capita-disposable-income")]
    [InlineData("牧区常住居民人均可支配收入达到19649元。", "19649", "rural-per-capita-disposable-income")]
    public void The_field_s_other_names_of_a_name_find_its_indicator(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Theory]
    [InlineData("实现20个贫困村退出、11000人脱贫。", "11000", "poverty-exits")]
    [InlineData("0.59万户2.1万名贫困人口脱贫。", "2.1", "poverty-exits")]
    [InlineData("全年脱贫324户743人。", "743", "poverty-exits")]
    [InlineData("居民消费价格指数控制在3%以内。", "3", "cpi-growth")]
    [InlineData("新获批国家级高新技术企业51家。", "51", "new-high-tech-enterprises")]
    [InlineData("进出口贸易总额10.6亿美元。", "10.6", "trade-total")]
    [InlineData("万元生产总值综合能耗下降4.8%。", "4.8", "energy-intensity-reduction")]
    [InlineData("高企总数达4150家。", "4150", "high-tech-enterprises")]
    public void A_name_after_the_quantity_or_before_the_first_of_two_values_back_to_back_finds_the_indicator(string text, string value, string indicator)
        => Assert.Equal(indicator, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Indicator);

    [Fact]
    public void Jun_between_a_list_of_names_and_their_value_is_a_linking_word()
        => Assert.Equal(new[] { "gdp", "loan-balance" }, DraftFixture.Propose(review: "地区生产总值、金融机构贷款余额均突破2000亿元。").Figures.Select(f => f.Indicator));

    [Fact]
    public void Net_income_of_farmers_is_not_their_disposable_income()
        => Assert.Null(DraftFixture.Figure(DraftFixture.Propose(review: "农民人均纯收入达到12398元。"), "12398").Indicator);

    private static ReportSdk.Compiler.Model.FigureSpec Figure(string indicator, string label)
    {
        var at = DraftFixture.Report.Id.Location;
        ReportSdk.Compiler.Model.Located<T> L<T>(T value) => new(value, at);
        return new ReportSdk.Compiler.Model.FigureSpec(L("x"), L<string?>(indicator), label, L<string?>("1"), L<string?>(null), L<string?>("100m-yuan"), null,
            L<string?>("exact"), L("2021"), L<string?>("task"), false, false, false, L("key-work"), L(label + "1亿元"), null, null, L<string?>(null), at);
    }
}
