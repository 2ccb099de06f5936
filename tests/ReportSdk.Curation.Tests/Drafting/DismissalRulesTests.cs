using ReportSdk.Schema.Model;
namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Numbers that are not facts are proposed as dismissed, with the format's reason.</summary>
public class DismissalRulesTests
{
    [Theory]
    [InlineData("2021年是开局之年。", "2021年", "year")]
    [InlineData("2月7日召开会议。", "2月7日", "date")]
    [InlineData("截至12月末。", "12月末", "date")]
    [InlineData("排名全省第3位。", "第3位", "rank")]
    [InlineData("召开第33届牡丹文化节。", "第33届", "ordinal")]
    [InlineData("庆祝建党100周年。", "100周年", "ordinal")]
    [InlineData("深化“9+2”工作布局。", "“9+2”", "name")]
    [InlineData("建设5G基站。", "5G", "name")]
    [InlineData("PM2.5浓度下降。", "PM2.5", "name")]
    [InlineData("地铁2号线开通。", "2号线", "name")]
    [InlineData("设立5年过渡期。", "5年", "duration")]
    public void A_number_that_is_no_fact_is_dismissed_with_its_reason(string text, string dismissed, string reason)
    {
        var draft = DraftFixture.Propose(keyWork: text);

        Assert.Empty(draft.Figures);
        var dismissal = Assert.Single(draft.Dismissals);
        Assert.Equal((dismissed, reason), (dismissal.Text, dismissal.Reason));
    }

    [Fact]
    public void The_same_text_is_dismissed_once_for_all_its_numbers()
    {
        var draft = DraftFixture.Propose(review: "2020年新建学校12所。", keyWork: "2020年以来新建医院3所。");

        var year = Assert.Single(draft.Dismissals);
        Assert.Equal(("2020年", 2), (year.Text, year.NumberStarts.Count));
    }

    [Fact]
    public void Texts_curated_reports_dismiss_are_learned()
    {
        var curated = DraftFixture.Report with
        {
            Dismissed = new[]
            {
                new ReportSdk.Schema.Model.DismissalSpec(new("以下十个方面的工作", default), new("other", default), new(null, default), "the subsections that follow", default),
            }.ToEquatableArray(),
        };
        var vocabulary = ReportSdk.Curation.Drafting.DraftVocabulary.From(DraftFixture.Registry).Learn(new[] { curated });

        var draft = DraftFixture.Propose(keyWork: "重点做好以下十个方面的工作：", vocabulary: vocabulary);

        Assert.Empty(draft.Figures);
        Assert.Equal(("以下十个方面的工作", "other"), (draft.Dismissals.Single().Text, draft.Dismissals.Single().Reason));
    }
}
