using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Period, kind and list from where the number stands (format.md: period, kind).</summary>
public class PeriodRulesTests
{
    [Fact]
    public void The_review_gives_actuals_of_the_reviewed_year()
    {
        var figure = Assert.Single(DraftFixture.Propose(review: "新建学校12所。").Figures);

        Assert.Equal((false, "2020", "annual"), (figure.IsTarget, figure.Period, figure.Kind));
    }

    [Fact]
    public void A_paragraph_that_looks_back_on_five_years_gives_the_five_year_period_from_there_on()
    {
        var draft = DraftFixture.Propose(review: "新建学校12所。\n回望过去的五年，新建医院30所。\n新建公园8个。");

        Assert.Equal(new[] { "2020", "2016-2020", "2016-2020" }, draft.Figures.Select(f => f.Period));
        Assert.Equal(new[] { "annual", "five-year", "five-year" }, draft.Figures.Select(f => f.Kind));
    }

    [Fact]
    public void The_outlook_gives_five_year_targets()
    {
        var figure = Assert.Single(DraftFixture.Propose(outlook: "地区生产总值达到8000亿元。").Figures);

        Assert.Equal((true, "2021-2025", "five-year"), (figure.IsTarget, figure.Period, figure.Kind));
    }

    [Fact]
    public void Key_work_gives_tasks_of_the_plan_year_and_the_main_targets_are_annual_headlines()
    {
        var draft = DraftFixture.Propose(keyWork: "今年的主要预期目标是：生产总值增长8%以上。\n新建学校12所。");

        Assert.Equal(new[] { ("2021", "annual", true), ("2021", "task", false) }, draft.Figures.Select(f => (f.Period, f.Kind, f.Headline)));
        Assert.All(draft.Figures, f => Assert.True(f.IsTarget));
    }

    [Fact]
    public void A_year_written_with_a_quantity_is_its_period_and_an_average_is_of_the_five_years()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，全区地区生产总值从2015年的695.7亿元增加到1144.2亿元，年均增长8.7%，是2015年的1.6倍。");

        Assert.Equal(new[] { ("695.7", "2015", "annual"), ("1144.2", "2020", "annual"), ("8.7", "2016-2020", "five-year"), ("1.6", "2016-2020", "five-year") },
            draft.Figures.Select(f => (f.Value, f.Period, f.Kind)));
        Assert.Equal(new[] { "gdp", "gdp", "gdp-growth" }, draft.Figures.Take(3).Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void A_quantity_compared_with_the_year_before_the_five_reviewed_ones_is_of_the_five_years()
    {
        var draft = DraftFixture.Propose(review: "截至2020年末，全县生产总值完成96.4亿元，是2015年的1.37倍。");

        Assert.Equal(new[] { ("96.4", "2020", "annual"), ("1.37", "2016-2020", "five-year") }, draft.Figures.Select(f => (f.Value, f.Period, f.Kind)));
    }

    [Fact]
    public void A_five_year_plan_named_looks_back_only_once_it_has_begun_or_ended()
    {
        var ended = DraftFixture.Propose(review: "“十三五”时期，新建学校12所。");
        var ahead = DraftFixture.Propose(review: "报告分两部分：一是工作回顾，二是“十四五”时期的奋斗目标。\n新建学校12所。");

        Assert.Equal("2016-2020", Assert.Single(ended.Figures).Period);
        Assert.Equal("2020", Assert.Single(ahead.Figures).Period);
    }

    [Fact]
    public void A_value_listed_after_another_of_its_unit_shares_its_timing()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元。");

        Assert.Equal(new[] { "2015", "2015", "2020", "2020" }, draft.Figures.Select(f => f.Period));
    }

    [Fact]
    public void A_sentence_that_opens_with_a_year_states_figures_of_that_year()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，新建学校30所。预计2019年港口货物吞吐量5.4亿吨，机场旅客吞吐量5968万人次。");

        Assert.Equal(new[] { "2016-2020", "2019", "2019" }, draft.Figures.Select(f => f.Period));
    }

    [Fact]
    public void A_digest_s_attribution_does_not_hide_the_year_a_paragraph_turns_to()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，新建学校30所。\n报告指出，2020年，全市新建医院8所。");

        Assert.Equal(new[] { "2016-2020", "2020" }, draft.Figures.Select(f => f.Period));
    }

    [Fact]
    public void A_five_year_total_covers_what_its_sentence_lists_after_it()
    {
        var draft = DraftFixture.Propose(review: "新建学校12所。\n五年累计培育单项冠军企业186家、小巨人企业709家，累计新增上市公司274家。");

        Assert.Equal(new[] { "2020", "2016-2020", "2016-2020", "2016-2020" }, draft.Figures.Select(f => f.Period));
    }

    [Fact]
    public void A_term_named_as_just_begun_is_no_look_back()
    {
        var draft = DraftFixture.Propose(review: "2020年是本届政府任期的开局之年。地区生产总值完成44.5亿元，增长10.8%。");

        Assert.All(draft.Figures, f => Assert.Equal(("2020", "annual"), (f.Period, f.Kind)));
    }

    [Fact]
    public void A_paragraph_the_next_one_names_as_the_targets_holds_targets()
    {
        var draft = DraftFixture.Propose(keyWork: "地区生产总值增长15%；城镇登记失业率控制在4%以内。\n为实现以上目标，我们将着重抓好五个方面的工作。");

        Assert.All(draft.Figures, f => Assert.Equal((true, "2021", "annual"), (f.IsTarget, f.Period, f.Kind)));
    }

    [Fact]
    public void A_target_quoted_after_a_result_is_the_reviewed_year_s_target_of_the_same_indicator()
    {
        var draft = DraftFixture.Propose(review: "地区生产总值同比增长8.2%，完成区人代会批准增长8%以上目标。");

        var target = DraftFixture.Figure(draft, "8");
        Assert.Equal((true, "2020", "annual", "gdp-growth", "at-least"), (target.IsTarget, target.Period, target.Kind, target.Indicator, target.Bound));
    }

    [Fact]
    public void A_five_year_plan_named_in_the_figure_s_words_is_its_period()
    {
        var draft = DraftFixture.Propose(review: "“十三五”确定的9项约束性指标全部完成。");

        Assert.Equal(("2016-2020", "five-year"), (Assert.Single(draft.Figures).Period, draft.Figures[0].Kind));
    }

    [Fact]
    public void The_level_at_the_end_of_a_five_year_plan_is_of_its_last_year()
    {
        var draft = DraftFixture.Propose(review: "过去五年，全省地区生产总值由“十三五”末的6557亿元增加到9017亿元。");

        var start = DraftFixture.Figure(draft, "6557");
        Assert.Equal((false, "2020", "annual", "gdp"), (start.IsTarget, start.Period, start.Kind, start.Indicator));
    }

    [Fact]
    public void An_average_in_a_sentence_that_opens_with_a_year_is_still_of_the_five_years()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，成就显著。2020年全市地区生产总值达到476.16亿元，年均增长4.98%。");

        Assert.Equal(new[] { ("476.16", "2020"), ("4.98", "2016-2020") }, draft.Figures.Select(f => (f.Value, f.Period)));
    }

    [Fact]
    public void A_level_a_five_year_look_back_reached_is_of_the_reviewed_year_whatever_verb_states_it()
    {
        var draft = DraftFixture.Propose(review: "回望过去的五年，全县生产总值突破400亿元，年均增长6.2%；社会消费品零售总额140亿元；服务业增加值占比达到45%；新增市场主体5.2万户，新型农业经营主体达到3800家，商品销售总额近3000亿元。");

        Assert.Equal(
            new[] { ("400", "2020", "annual"), ("6.2", "2016-2020", "five-year"), ("140", "2020", "annual"), ("45", "2020", "annual"), ("5.2", "2016-2020", "five-year"), ("3800", "2020", "annual"), ("3000", "2020", "annual") },
            draft.Figures.Select(f => (f.Value, f.Period, f.Kind)));
    }

    [Theory]
    [InlineData("地区生产总值突破", false, true)]
    [InlineData("人均生产总值", true, true)]
    [InlineData("服务业增加值", false, true)]
    [InlineData("各类市场主体突破", false, true)]
    [InlineData("高标准农田", false, false)]
    [InlineData("粮食产量稳定在", true, false)]
    [InlineData("近", false, false)]
    [InlineData("商品销售总额近", false, true)]
    [InlineData("全市生产总值先后迈上", false, false)]
    [InlineData("吸收外资", true, false)]
    [InlineData("累计完成固定资产投资", true, false)]
    [InlineData("新增规上工业企业达到", false, false)]
    [InlineData("三产比重上升", false, false)]
    [InlineData("引进人才落户", false, false)]
    [InlineData("科技进步贡献率", false, true)]
    [InlineData("建制村公路通畅率", false, true)]
    [InlineData("年均增长率", false, false)]
    public void A_level_reached_is_told_from_what_the_period_did(string words, bool namesLevel, bool level)
        => Assert.Equal(level, PeriodRules.IsLevelReached(words, namesLevel));

    [Theory]
    [InlineData("吸收外资9.7亿美元、省外境内资金", "省外境内资金", false)]
    [InlineData("规模以上工业总产值", "规模以上工业总产值", true)]
    [InlineData("新增规上工业企业76家、达到", "达到", true)]
    public void A_name_with_no_verb_takes_the_doing_of_its_clause(string clauseBefore, string words, bool level)
        => Assert.Equal(level, PeriodRules.IsLevelReached(words, true, clauseBefore));

    [Fact]
    public void In_a_preamble_read_as_a_review_the_plan_year_named_before_a_number_makes_it_a_goal()
    {
        var preamble = ReportParser.Parse("/data/reports/test/test-2021-gwr.yaml", "sections:\n  - {key: preamble, preamble: true, role: review}\n").Report!.Sections[0];
        var report = DraftFixture.Report with { Sections = new[] { preamble }.ToEquatableArray() };
        var source = "去年，全市生产总值增长11%。计划提出，今年生产总值增长10%，重大科技计划项目15项。\n";
        var draft = Drafter.Propose(report, new SourceDocument("/data/sources/test-2021-gwr.txt", source), DraftVocabulary.From(DraftFixture.Registry));

        Assert.Equal(new[] { ("11", false), ("10", true), ("15", true) }, draft.Figures.Select(f => (f.Value, f.IsTarget)));
    }

    [Fact]
    public void A_five_year_heading_without_a_number_makes_the_sections_under_it_a_look_back()
    {
        var draft = DraftFixture.Propose(review: "“十三五”工作回顾\n过去的五年成就显著。\n累计投入扶贫资金71.3亿元。");

        Assert.Equal("2016-2020", DraftFixture.Figure(draft, "71.3").Period);
    }

    [Fact]
    public void Where_the_role_does_not_say_the_words_before_the_number_tell_a_result_from_a_goal()
    {
        var draft = DraftFixture.Propose(keyWork: "2020年，全市生产总值增长3%。今年主要预期目标是：生产总值增长6%左右。");

        Assert.Equal(new[] { (false, "2020"), (true, "2021") }, draft.Figures.Select(f => (f.IsTarget, f.Period)));
    }

    [Theory]
    [InlineData("今年主要预期目标是：生产总值增长6%左右。", true)]
    [InlineData("会议提出2021年主要经济指标的计划安排是：地区生产总值完成138亿元。", true)]
    [InlineData("——主要经济指标恢复好于预期。全年增长3.9%。进出口总值增长12.5%，高于预期目标7.5个百分点。", false)]
    [InlineData("较好地完成了“十三五”规划确立的主要目标任务。", false)]
    [InlineData("全面完成主要指标，经济质量稳步提升。", false)]
    public void A_paragraph_holds_headline_targets_when_it_plans_them_not_when_it_says_they_were_met(string paragraph, bool headline)
        => Assert.Equal(headline, PeriodRules.IsHeadlineParagraph(paragraph, 2021));

    [Fact]
    public void Where_the_role_does_not_say_a_goal_met_makes_a_paragraph_a_report_on_the_past()
    {
        const string paragraph = "——主要经济指标恢复好于预期。全年增长3.9%。进出口总值增长12.5%，高于预期目标7.5个百分点。";
        var timing = PeriodRules.Decide(new TimingContext("other", paragraph, "进出口总值增长12.5%", "进出口总值增长", "进出口总值增长", false, false, 2020, 2021));

        Assert.Equal((false, "2020", "annual"), (timing.IsTarget, timing.Period, timing.Kind));
    }

    [Fact]
    public void A_fall_takes_no_growth_indicator()
        => Assert.Null(DraftFixture.Figure(DraftFixture.Propose(review: "规上工业增加值下降3.4%。"), "3.4").Indicator);

    [Fact]
    public void A_figure_of_part_of_the_year_takes_no_indicator()
    {
        var draft = DraftFixture.Propose(review: "前三季度，全市实现生产总值461.8亿元，增长5.6%。全年生产总值达到600亿元。");

        Assert.Equal(new[] { "", "", "gdp" }, draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void The_whole_year_named_after_a_part_of_it_is_the_year_s_figure_of_the_sentence_s_subject()
    {
        var draft = DraftFixture.Propose(review: "地区生产总值上半年由负转正，三、四季度加快恢复，全年增长3.9%。");

        Assert.Equal("gdp-growth", DraftFixture.Figure(draft, "3.9").Indicator);
    }

    [Fact]
    public void A_level_the_change_started_from_last_year_is_of_the_year_before_the_reviewed_one()
    {
        var draft = DraftFixture.Propose(review: "服务业增加值占生产总值比重由上年的9.6%提高到11%。");

        Assert.Equal(("2019", "2020"), (DraftFixture.Figure(draft, "9.6").Period, DraftFixture.Figure(draft, "11").Period));
    }

    [Fact]
    public void An_average_over_two_years_is_an_annual_figure_of_those_years()
    {
        var figure = DraftFixture.Figure(DraftFixture.Propose(review: "全年地区生产总值同比增长10%，两年平均增长9.1%。"), "9.1");

        Assert.Equal(("2019-2020", "annual", "gdp-growth"), (figure.Period, figure.Kind, figure.Indicator));
    }

    [Fact]
    public void A_result_said_to_beat_its_goal_is_an_actual_where_the_role_does_not_say()
    {
        var timing = PeriodRules.Decide(new TimingContext("other", "进出口总值增长12.5%，高于预期目标7.5个百分点。", "高于预期目标7.5个百分点", "进出口总值增长12.5%，高于预期目标", "高于预期目标", false, false, 2020, 2021));

        Assert.False(timing.IsTarget);
    }

    [Fact]
    public void A_paragraph_that_sets_the_goals_of_the_five_years_ahead_gives_five_year_targets()
    {
        var draft = DraftFixture.Propose(keyWork: "今后五年的主要目标是：全市生产总值年均增长11%左右，总量突破5500亿元，森林覆盖率超过50%。\n今年森林覆盖率达到45%。");

        Assert.Equal(new[] { ("2021-2025", "five-year"), ("2021-2025", "five-year"), ("2021-2025", "five-year"), ("2021", "task") },
            draft.Figures.Select(f => (f.Period, f.Kind)));
    }

    [Fact]
    public void A_total_in_a_section_that_looks_back_on_five_years_is_of_the_five_years()
    {
        var report = DraftFixture.Report with
        {
            Sections = new[] { DraftFixture.Report.Sections[0] with { Title = new("过去五年工作回顾", DraftFixture.Report.Sections[0].Title.Location) } }.ToEquatableArray(),
        };
        var source = "一、过去五年工作回顾\n初步统计，2020年全区生产总值达到1300亿元。固定资产投资累计完成4540亿元。\n";
        var draft = Drafter.Propose(report, new SourceDocument("/data/sources/test-2021-gwr.txt", source), DraftVocabulary.From(DraftFixture.Registry));

        Assert.Equal(new[] { ("1300", "2020", "annual"), ("4540", "2016-2020", "five-year") }, draft.Figures.Select(f => (f.Value, f.Period, f.Kind)));
    }

    [Fact]
    public void The_total_that_new_ones_brought_a_count_to_is_not_a_count_of_new_ones()
    {
        var draft = DraftFixture.Propose(review: "新增规上工业企业76家、达到360家。");

        Assert.Equal(new[] { "new-industrial-enterprises-above-scale", "" }, draft.Figures.Select(f => f.Indicator ?? ""));
    }

    [Fact]
    public void The_headline_of_a_digest_is_no_heading_of_its_parts()
    {
        var report = DraftFixture.Report with
        {
            Kind = new("government-work-report-summary", DraftFixture.Report.Kind.Location),
            Sections = System.Array.Empty<SectionSpec>().ToEquatableArray(),
        };
        var source = "面向“十五五”擘画蓝图\n\n2021年主要预期目标为：地区生产总值增长5%左右。\n";
        var digest = Drafter.Propose(report, new SourceDocument("/data/sources/test-2021-gwr.txt", source), DraftVocabulary.From(DraftFixture.Registry));

        Assert.Equal(("2021", "annual"), (digest.Figures.Single().Period, digest.Figures.Single().Kind));
    }
}
