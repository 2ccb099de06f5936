namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>A range (1—2家, 3至5条) is one proposal: value, max, bound range (format.md: max).</summary>
public class RangeTests
{
    [Theory]
    [InlineData("年内新引进金融机构1—2家。", "1", "2", "count")]
    [InlineData("联建国际科技合作基地2-3个。", "2", "3", "count")]
    [InlineData("力争新增国内外航线3至5条。", "3", "5", "count")]
    public void Both_ends_of_a_range_make_one_proposal(string text, string value, string max, string unit)
    {
        var draft = DraftFixture.Propose(keyWork: text);

        var figure = Assert.Single(draft.Figures);
        Assert.Equal((value, max, unit, "range"), (figure.Value, figure.Max, figure.Unit, figure.Bound));
    }

    [Fact]
    public void A_change_from_one_value_to_another_is_no_range()
    {
        var draft = DraftFixture.Propose(review: "城镇化率由52.7%提高至60%以上。");

        Assert.Equal(new[] { "52.7", "60" }, draft.Figures.Select(f => f.Value));
        Assert.All(draft.Figures, f => Assert.Null(f.Max));
    }
}
