namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>The section of a proposal is the deepest section whose text holds its number (the validator's section spans).</summary>
public class SectionTests
{
    [Fact]
    public void The_deepest_section_holding_the_number_is_the_section()
    {
        var draft = DraftFixture.Propose(review: "新建学校12所。", keyWork: "新建医院3所。", industry: "新增企业20家。");

        Assert.Equal(new[] { "review", "key-work", "key-work/industry" }, draft.Figures.Select(f => f.Section));
    }

    [Fact]
    public void The_quote_is_the_clause_of_the_number_and_occurs_once()
    {
        var draft = DraftFixture.Propose(keyWork: "全年为企业减负 50 亿元以上，新建医院3所。", industry: "新建医院3所。");

        Assert.Equal("全年为企业减负 50 亿元以上", DraftFixture.Figure(draft, "50").Quote);
        var hospitals = draft.Figures.Where(f => f.Value == "3").Select(f => f.Quote).ToList();
        Assert.Equal(2, hospitals.Count);
        Assert.All(hospitals, q => Assert.Single(System.Text.RegularExpressions.Regex.Matches(DraftFixture.Source(keyWork: "全年为企业减负 50 亿元以上，新建医院3所。", industry: "新建医院3所。"), System.Text.RegularExpressions.Regex.Escape(q))));
    }

    [Fact]
    public void Two_quantities_of_one_clause_get_a_quote_each()
    {
        var draft = DraftFixture.Propose(keyWork: "新增高新技术企业50家、科技型中小企业200家。");

        Assert.Equal(new[] { "新增高新技术企业50家", "科技型中小企业200家" }, draft.Figures.Select(f => f.Quote));
    }
}
