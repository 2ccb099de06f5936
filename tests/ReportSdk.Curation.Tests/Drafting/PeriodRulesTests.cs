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
}
