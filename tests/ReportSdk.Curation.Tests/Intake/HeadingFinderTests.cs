using ReportSdk.Curation.Intake;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>The numbered headings of a text become the section tree new-report writes, each top-level one with a role to check.</summary>
public sealed class HeadingFinderTests
{
    [Fact]
    public void Numbered_headings_nest_by_level_and_a_title_names_the_role()
    {
        var sections = HeadingFinder.Find("一、2020年工作回顾\n（一）经济发展\n全年生产总值增长3%。\n二、2021年重点工作\n（一）发展产业\n");

        Assert.Equal(new[] { ("section-1", "review", 1), ("section-2", "key-work", 1) }, sections.Select(s => (s.Key, s.Role ?? "", s.Children.Count)));
        Assert.Equal("section-1-1", sections[0].Children[0].Key);
    }

    [Fact]
    public void A_heading_without_a_number_gives_its_role_to_the_numbered_sections_under_it()
    {
        var sections = HeadingFinder.Find("2021年工作总结和本届政府工作回顾\n全年实现地区生产总值371.3亿元。\n一、多措并举抓项目\n全年开复工项目93个，加快推进。\n二、2022年重点工作\n三、坚持改革创新\n推进改革。\n");

        Assert.Equal(new[] { ("preamble", "review"), ("section-1", "review"), ("section-2", "key-work"), ("section-3", "key-work") },
            sections.Select(s => (s.Key, s.Role ?? "")));
        Assert.Equal("from the heading on line 1", sections[1].RoleHow);
    }

    [Fact]
    public void A_five_year_plan_named_in_a_heading_is_reviewed_once_it_has_ended_and_an_outlook_before()
    {
        var sections = HeadingFinder.Find("一、“十三五”发展成就\n二、“十四五”发展目标\n", planYear: 2021);

        Assert.Equal(new[] { "review", "outlook" }, sections.Select(s => s.Role ?? ""));
    }

    [Fact]
    public void A_preamble_that_both_reviews_and_sets_targets_is_read_sentence_by_sentence()
    {
        var preamble = HeadingFinder.Find("过去五年，全省生产总值年均增长5.5%。2023年主要预期目标：经济增长5%左右。\n一、发展产业\n").First();

        Assert.True(preamble.IsPreamble);
        Assert.Equal("other", preamble.Role);
    }

    [Fact]
    public void A_text_before_the_first_heading_with_figures_is_a_preamble_with_a_role_even_when_its_words_name_none()
    {
        var preamble = HeadingFinder.Find("全县生产总值92.51亿元。\n一、发展产业\n").First();

        Assert.True(preamble.IsPreamble);
        Assert.Equal("other", preamble.Role);
    }

    [Fact]
    public void A_text_that_names_the_reviewed_year_reads_as_a_review_though_it_speaks_of_pushing_on()
    {
        const string text = "2019年经济社会呈现新气象\n2019年，深入实施战略，奋力推进，持续深化改革。全市地区生产总值同比增长7%。\n一、发展产业\n";

        Assert.Equal("key-work", HeadingFinder.Find(text).First().Role);
        Assert.Equal("review", HeadingFinder.Find(text, planYear: 2020).First().Role);
    }

    [Theory]
    [InlineData("一、2022年经济社会发展计划初步安排\n")]
    [InlineData("一、主要指标\n")]
    public void A_title_that_names_the_plan_or_its_main_indicators_gives_the_plan_role(string text)
        => Assert.Equal("plan", HeadingFinder.Find(text).Single().Role);

    [Fact]
    public void A_text_dense_with_repeated_headings_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => i % 3 == 0 ? "2019年工作回顾\n" : "一、发展产业\n推进。\n"));

        var sections = HeadingFinder.Find(text, planYear: 2020);

        Assert.Equal(2000, sections.Count(s => !s.IsPreamble));
        Assert.All(sections, s => Assert.Equal("review", s.Role));
    }

    [Fact]
    public void The_plan_year_called_the_first_year_of_a_five_year_plan_is_no_outlook()
    {
        var preamble = HeadingFinder.Find("2026年是“十五五”开局之年，主要预期目标为：地区生产总值增长5%左右。\n一、发展产业\n").First();

        Assert.Equal("plan", preamble.Role);
    }

    [Fact]
    public void Last_year_and_an_estimate_are_words_of_a_review_though_the_work_is_told_with_words_of_work()
    {
        var preamble = HeadingFinder.Find("预计生产总值增长6.5%，粮食产量1308.8亿斤。去年7月以来，我省遭遇强降雨，紧急转移160.7万人次。扎实推进生态修复，修复矿山2.58万亩。\n一、发展产业\n").First();

        Assert.Equal("review", preamble.Role);
    }

    [Fact]
    public void A_page_flattened_into_one_line_keeps_its_top_level_headings_each_up_to_the_space_after_it()
    {
        var filler = string.Concat(Enumerable.Repeat("全市上下凝心聚力，攻坚克难。", 20));
        var text = "各位代表：现在，我代表市人民政府向大会报告工作。 一、2006年国民经济和社会发展计划执行情况 2006年是开局之年。" + filler + "全市生产总值增长12%。 二、2007年经济社会发展的主要目标 全市生产总值增长9%。\n三、2007年主要任务\n";

        var sections = HeadingFinder.Find(text, 2007);

        Assert.Equal(new[] { ("section-1", "2006年国民经济和社会发展计划执行情况", 1), ("section-2", "2007年经济社会发展的主要目标", 1), ("section-3", "2007年主要任务", 2) },
            sections.Select(s => (s.Key, s.Title, s.Line)));
        Assert.Equal(("review", "plan"), (sections[0].Role, sections[1].Role));
    }

    [Fact]
    public void Words_of_the_past_year_with_a_de_make_a_review()
    {
        var sections = HeadingFinder.Find("各位代表：\n过去的一年，我们圆满完成了目标任务。全市实现地区生产总值4300亿元，增长8.5%。市政府主要抓了七个方面的工作：全力以赴稳增长，实施创新驱动，推进改革。\n");

        Assert.Equal("review", Assert.Single(sections).Role);
    }

    [Fact]
    public void Headings_in_traditional_characters_get_their_roles_and_keep_their_titles()
    {
        var sections = HeadingFinder.Find("各位代表：\n一、過去一年工作回顧\n經濟發展穩中快進。\n二、加強政府自身建設\n");

        Assert.Equal(new (string, string?)[] { ("過去一年工作回顧", "review"), ("加強政府自身建設", "government") }, sections.Select(s => (s.Title, s.Role)));
    }
}
