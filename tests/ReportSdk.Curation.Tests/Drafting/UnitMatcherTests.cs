namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>The unit of a proposal is the longest unit name or measure word after its number (units.yaml).</summary>
public class UnitMatcherTests
{
    [Theory]
    [InlineData("完成投资400亿元。", "400", "100m-yuan", null)]
    [InlineData("集体经济收入5万元。", "5", "10k-yuan", null)]
    [InlineData("城镇化率提高2个百分点。", "2", "percentage-points", null)]
    [InlineData("旅客吞吐量150万人次。", "150", "10k-person-times", null)]
    [InlineData("城镇新增就业11万人。", "11", "10k-people", null)]
    [InlineData("培育青年人才30名。", "30", "people", null)]
    [InlineData("新增高新技术企业20家。", "20", "count", "家")]
    [InlineData("实施重大项目519个。", "519", "count", "个")]
    [InlineData("新建幼儿园35所。", "35", "count", "所")]
    [InlineData("植树80万株。", "80", "10k-count", "株")]
    [InlineData("实际吸收外资2.98亿美元。", "2.98", "100m-usd", null)]
    [InlineData("建设高标准农田4万亩。", "4", "10k-mu", null)]
    [InlineData("新增装机26.9万千瓦。", "26.9", "10k-kw", null)]
    [InlineData("发电量12.5亿千瓦时。", "12.5", "100m-kwh", null)]
    [InlineData("收购茶叶603万公斤。", "603", "10k-kg", null)]
    [InlineData("产量达800千克。", "800", "kg", null)]
    [InlineData("利用外资5184万美元。", "5184", "10k-usd", null)]
    [InlineData("港口货物吞吐量5.4亿吨。", "5.4", "100m-tonnes", null)]
    [InlineData("家禽发展到196.8万羽。", "196.8", "10k-count", "羽")]
    [InlineData("发展食用菌3173万筒。", "3173", "10k-count", "筒")]
    [InlineData("发展蜂群4万群。", "4", "10k-count", "群")]
    [InlineData("数字经济规模突破3千亿元。", "3", "100b-yuan", null)]
    [InlineData("培育企业20户。", "20", "count", "户")]
    [InlineData("新增规上企业20户企业。", "20", "count", "户")]
    [InlineData("改造农村危房5000户。", "5000", "households", null)]
    [InlineData("规上工业企业新增92户，总数达到842户。", "842", "count", "户")]
    [InlineData("帮扶企业20家，带动贫困户5000户。", "5000", "households", null)]
    [InlineData("帮助规模以上73户停产半停产企业恢复了生产。", "73", "count", "户")]
    [InlineData("带动1200户贫困户与龙头企业建立利益联结。", "1200", "households", null)]
    [InlineData("同比增长15℅。", "15", "percent", null)]
    [InlineData("举办促消费活动100场次以上。", "100", "count", "场次")]
    [InlineData("完成起降5000架次。", "5000", "count", "架次")]
    [InlineData("持续两个多月。", "2", "months", null)]
    [InlineData("全员劳动生产率每人9.6万元。", "9.6", "10k-yuan-per-person", null)]
    public void The_longest_unit_after_the_number_is_taken(string text, string value, string unit, string? measure)
    {
        var figure = DraftFixture.Figure(DraftFixture.Propose(keyWork: text), value);

        Assert.Equal((unit, measure), (figure.Unit, figure.Measure));
    }

    [Theory]
    [InlineData("分别高于全国、全区16.6、15.5个百分点。")]
    [InlineData("分别比上年提高16.6个、15.5个百分点。")]
    public void A_value_of_a_list_takes_the_unit_the_next_value_writes_whole(string text)
    {
        var draft = DraftFixture.Propose(review: text);

        Assert.Equal(new[] { ("16.6", "percentage-points"), ("15.5", "percentage-points") }, draft.Figures.Select(f => (f.Value, f.Unit)));
    }

    [Fact]
    public void Money_after_money_per_person_in_its_sentence_is_per_person_too()
    {
        var draft = DraftFixture.Propose(review: "全员劳动生产率每人9.6万元，比上年增加0.56万元。");

        Assert.Equal(new[] { "10k-yuan-per-person", "10k-yuan-per-person" }, draft.Figures.Select(f => f.Unit));
    }

    [Fact]
    public void A_number_without_a_unit_is_no_figure()
    {
        var draft = DraftFixture.Propose(keyWork: "实施12366工程。");

        Assert.Empty(draft.Figures);
        Assert.Single(draft.Dismissals);
    }

    [Fact]
    public void Working_days_are_days()
        => Assert.Equal("days", DraftFixture.Figure(DraftFixture.Propose(review: "企业开办时间压缩至4个工作日。"), "4").Unit);

    [Theory]
    [InlineData("解决了1.12万贫困人口的饮水问题。", "1.12", "10k-people")]
    [InlineData("740多万玉林人民翘首以盼。", "740", "10k-people")]
    [InlineData("全区有140万农牧户。", "140", "10k-households")]
    public void A_scaled_count_of_people_or_households_named_after_who_they_are_is_in_people_or_households(string text, string value, string unit)
        => Assert.Equal(unit, DraftFixture.Figure(DraftFixture.Propose(review: text), value).Unit);

    [Fact]
    public void Years_of_life_expectancy_are_a_count_of_sui_and_an_age_limit_no_figure()
    {
        var draft = DraftFixture.Propose(review: "人均期望寿命提高到82.43岁。为60岁以上老人接种疫苗。");

        var figure = Assert.Single(draft.Figures);
        Assert.Equal(("82.43", "count", "岁"), (figure.Value, figure.Unit, figure.Measure));
    }

    [Fact]
    public void A_unit_past_a_blank_line_is_not_the_number_s()
    {
        var draft = DraftFixture.Propose(review: "页面宽度范围为200至2000\n\n天气晴好，生产总值增长5%。");

        Assert.DoesNotContain(draft.Figures, f => f.Value == "200" || f.Unit == "days");
        Assert.Equal("percent", DraftFixture.Figure(draft, "5").Unit);
    }
}
