namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>力争/争取/争创 before the number in its sentence make a target aspirational (format.md).</summary>
public class AspirationWordsTests
{
    [Theory]
    [InlineData("力争全年社会消费品零售总额达到2300亿元。", true)]
    [InlineData("争创绿色工厂20家以上。", true)]
    [InlineData("力争全年开工项目500个，建成项目300个。", true)]
    [InlineData("确保完成投资100亿元以上。", false)]
    [InlineData("全年争取上级政策资金不少于5亿元。", false)]
    public void Aspiration_words_before_the_number_mark_a_stretch_goal(string text, bool aspirational)
        => Assert.All(DraftFixture.Propose(keyWork: text).Figures, f => Assert.Equal(aspirational, f.Aspirational));

    [Fact]
    public void An_actual_is_never_aspirational()
        => Assert.False(Assert.Single(DraftFixture.Propose(review: "力争新建学校12所。").Figures).Aspirational);
}
