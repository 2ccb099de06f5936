using ReportSdk.Compiler.Model;
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
    [InlineData("在全省排76名。", "排76名", "rank")]
    [InlineData("比上年前进7位。", "前进7位", "rank")]
    [InlineData("出台实施稳经济47条，助企纾困。", "稳经济47条", "name")]
    [InlineData("落实房地产12条等政策。", "房地产12条", "name")]
    [InlineData("建成时速350公里的高铁。", "时速350公里", "other")]
    [InlineData("实施500万元以上项目。", "500万元以上项目", "other")]
    [InlineData("来自全县的162名代表出席会议。", "162名代表", "other")]
    [InlineData("报告分四个部分。", "四个部分", "other")]
    [InlineData("三次产业结构持续优化。", "三次产业", "name")]
    [InlineData("牢牢守住三条底线。", "三条底线", "other")]
    [InlineData("全力抓好六项重点任务。", "六项重点任务", "other")]
    [InlineData("系统实施“引增量、锻长板、补短板、强企业”四项工程。", "四项工程", "other")]
    [InlineData("推动“修机场、造海港、通高铁”三件事。", "三件", "other")]
    [InlineData("计划共安排21项指标。", "21项指标", "other")]
    [InlineData("包括12项预期性指标。", "12项预期性指标", "other")]
    [InlineData("围绕实现这四个定位。", "四个", "other")]
    [InlineData("在全省17个市州中排名第一。", "在全省17个市州中", "other")]
    [InlineData("阅读：596155次", "阅读：596155次", "other")]
    [InlineData("浏览次数：1604", "浏览次数：1604", "other")]
    [InlineData("索引号 001008003002/2019-41253", "索引号 001008003002/2019-41253", "reference")]
    public void A_number_that_is_no_fact_is_dismissed_with_its_reason(string text, string dismissed, string reason)
    {
        var draft = DraftFixture.Propose(keyWork: text);

        Assert.Empty(draft.Figures);
        var dismissal = Assert.Single(draft.Dismissals);
        Assert.Equal((dismissed, reason), (dismissal.Text, dismissal.Reason));
    }

    [Theory]
    [InlineData("预计全年实现GDP1960亿元。", "1960")]
    [InlineData("人均GDP5.74万元。", "5.74")]
    [InlineData("新建学校三所。", "3")]
    [InlineData("推动“修机场、造海港”三件事。", "3")]
    [InlineData("确定的9项约束性指标全部完成。", "9")]
    [InlineData("区综治中心、12个镇（办）综治中心均完成建设。", "12")]
    public void An_abbreviation_of_a_quantity_or_a_count_of_real_things_stays_a_figure(string text, string value)
    {
        var draft = DraftFixture.Propose(review: text);

        Assert.Single(draft.Figures, f => f.Value == value);
        Assert.Empty(draft.Dismissals);
    }

    [Fact]
    public void The_same_text_is_dismissed_once_for_all_its_numbers()
    {
        var draft = DraftFixture.Propose(review: "2020年新建学校12所。", keyWork: "2020年以来新建医院3所。");

        var year = Assert.Single(draft.Dismissals);
        Assert.Equal(("2020年", 2), (year.Text, year.NumberStarts.Count));
    }

    [Fact]
    public void A_dismissed_text_covers_its_whole_number_where_a_line_end_falls_inside_it()
    {
        // Folded, "/ 25⏎1.1" is the number 251.1: a text cut at the line end ("25") would not account for it once saved.
        var draft = DraftFixture.Propose(review: "文档页数:25\n / 25\n  1.1、下载文档。");

        Assert.Contains(draft.Dismissals, d => d.Text.StartsWith("25", StringComparison.Ordinal) && d.Text.EndsWith("1.1", StringComparison.Ordinal));
    }

    [Fact]
    public void Texts_curated_reports_dismiss_are_learned()
    {
        var curated = DraftFixture.Report with
        {
            Dismissed = new[]
            {
                new ReportSdk.Compiler.Model.DismissalSpec(new("以下十个方面的工作", default), new("other", default), new(null, default), "the subsections that follow", default),
            }.ToEquatableArray(),
        };
        var vocabulary = ReportSdk.Curation.Drafting.DraftVocabulary.From(DraftFixture.Registry).Learn(new[] { curated });

        var draft = DraftFixture.Propose(keyWork: "重点做好以下十个方面的工作：", vocabulary: vocabulary);

        Assert.Empty(draft.Figures);
        Assert.Equal(("以下十个方面的工作", "other"), (draft.Dismissals.Single().Text, draft.Dismissals.Single().Reason));
    }

    [Fact]
    public void Roads_built_by_the_count_are_figures_not_a_package_of_measures()
        => Assert.Equal(("12", "count", "条"), (DraftFixture.Figure(DraftFixture.Propose(keyWork: "新建道路12条。"), "12").Value, DraftFixture.Figure(DraftFixture.Propose(keyWork: "新建道路12条。"), "12").Unit, DraftFixture.Figure(DraftFixture.Propose(keyWork: "新建道路12条。"), "12").Measure));

    [Fact]
    public void A_share_of_villages_above_a_level_is_a_figure_not_a_size_class()
        => Assert.Equal("at-least", DraftFixture.Figure(DraftFixture.Propose(keyWork: "确保90%以上的行政村达到创建标准。"), "90").Bound);

    [Fact]
    public void A_value_of_a_list_without_a_unit_takes_the_unit_after_the_next()
    {
        var draft = DraftFixture.Propose(review: "分别高于全国、全省16.6、15.5个百分点。");

        Assert.Equal(new[] { ("16.6", "percentage-points"), ("15.5", "percentage-points") }, draft.Figures.Select(f => (f.Value, f.Unit)));
    }

    [Theory]
    [InlineData("认真贯彻落实省委十一届三次、四次、五次全会精神。", "四次", "ordinal")]
    [InlineData("聚焦六个方向，推动六个变化。", "六个", "other")]
    [InlineData("严格落实四项监测手段。", "四项", "other")]
    [InlineData("固定资产投资增长11.6%，规上工业增加值增长11.5%，两项指标稳居全市第一。", "两项指标", "other")]
    [InlineData("对照三大类43项指标体系，达到目标值39项。", "43项指标", "other")]
    [InlineData("发展速度较快。23项主要经济指标中，增速快于上年的有16项。", "23项", "other")]
    [InlineData("出口连续48个月保持增长。", "连续48个月", "duration")]
    [InlineData("成为玉林首个300亿元园区。", "300亿元", "other")]
    [InlineData("全国每出口4辆汽车就有1辆安徽造。", "每出口4辆汽车就有", "other")]
    [InlineData("大会应到代表176名，实到163名。", "实到163名", "other")]
    [InlineData("用两个多月时间实现经济社会运行从暂停到重启。", "两个多月时间", "duration")]
    public void Sessions_counts_of_sets_spans_classes_and_shares_are_dismissed(string text, string dismissed, string reason)
    {
        var draft = DraftFixture.Propose(review: text);

        Assert.DoesNotContain(draft.Figures, f => f.Quote.Contains(dismissed, StringComparison.Ordinal));
        Assert.Contains(draft.Dismissals, d => d.Text.Contains(dismissed, StringComparison.Ordinal) && d.Reason == reason);
    }
}
