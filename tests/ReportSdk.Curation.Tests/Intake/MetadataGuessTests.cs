using ReportSdk.Curation.Intake;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>The head of a document is read as documents and the pages that carry them write it.</summary>
public sealed class MetadataGuessTests
{
    [Fact]
    public void A_usual_head_gives_title_kind_date_session_speaker_and_years()
    {
        var guess = MetadataGuess.Read("政府工作报告\n——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上\n洛阳市人民政府市长 刘宛康\n各位代表：\n一、2020年工作回顾\n");

        Assert.Equal(("政府工作报告", "government-work-report", "2021-02-07"), (guess.Title?.Value, guess.Kind?.Value, guess.Delivered?.Value));
        Assert.Equal(("洛阳市第十五届人民代表大会第四次会议", "洛阳市人民政府市长", "刘宛康"), (guess.Session?.Value, guess.SpeakerTitle?.Value, guess.SpeakerName?.Value));
        Assert.Equal(("2020", "2021"), (guess.ReviewYear?.Value, guess.PlanYear?.Value));
    }

    [Fact]
    public void A_news_page_flattened_into_one_line_with_its_posting_line_still_gives_the_years()
    {
        var story = "中新网 太原1月23日电 (记者 杨杰英)1月23日，山西省第十四届人民代表大会第二次会议在太原开幕。省长金湘军作政府工作报告。"
            + string.Concat(Enumerable.Repeat("回望2023年，全省经济稳中向好，民生保障有力。", 12));

        var flattened = MetadataGuess.Read("发布时间:2024-01-23 10:02:08 来源: 中国新闻网 " + story + "\n");
        var stored = MetadataGuess.Read("发布时间:2024-01-23 10:02:08 来源: 中国新闻网\n" + story + "\n");

        Assert.Equal(("2023", "2024"), (flattened.ReviewYear?.Value, flattened.PlanYear?.Value));
        Assert.Equal((stored.ReviewYear?.Value, stored.PlanYear?.Value), (flattened.ReviewYear?.Value, flattened.PlanYear?.Value));
    }

    [Fact]
    public void A_spaced_title_and_a_date_in_brackets_are_read()
    {
        var guess = MetadataGuess.Read("政 府 工 作 报 告\n(2023年1月6日在县第十八届人民代表大会第二次会议上)\n县长 崔华明\n");

        Assert.Equal(("政府工作报告", "government-work-report", "2023-01-06", "崔华明"), (guess.Title?.Value, guess.Kind?.Value, guess.Delivered?.Value, guess.SpeakerName?.Value));
    }

    [Fact]
    public void A_session_line_wrapped_over_two_lines_is_read_whole()
    {
        var guess = MetadataGuess.Read("政府工作报告\n——2021年12月21日在兰州市第十七届\n人民代表大会第一次会议上\n兰州市人民政府市长 张伟文\n");

        Assert.Equal(("2021-12-21", "兰州市第十七届人民代表大会第一次会议"), (guess.Delivered?.Value, guess.Session?.Value));
        Assert.Equal(("2021", "2022"), (guess.ReviewYear?.Value, guess.PlanYear?.Value));
    }

    [Fact]
    public void A_plan_issued_in_a_notice_takes_the_plan_s_title_and_the_notice_s_issuer_number_and_date()
    {
        var guess = MetadataGuess.Read(
            "咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知\n\n文章正文\n发布时间:2023-12-10 06:53\n\n咸政发〔2023〕8号\n\n"
            + "县市区人民政府,市人民政府各工作部门:\n《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过,现印发给你们。\n\n咸阳市人民政府\n\n2023年2月21日\n\n"
            + "咸阳市2023年国民经济和社会发展计划\n主要预期目标是:生产总值增长6%左右。\n");

        Assert.Equal(("咸阳市2023年国民经济和社会发展计划", "plan-report"), (guess.Title?.Value, guess.Kind?.Value));
        Assert.Equal(("咸阳市人民政府", "咸政发〔2023〕8号", "2023-02-21"), (guess.Issuer?.Value, guess.DocumentNumber?.Value, guess.Delivered?.Value));
        Assert.Null(guess.SpeakerName);
        Assert.Equal("2023", guess.PlanYear?.Value);
    }

    [Fact]
    public void A_title_wrapped_over_two_lines_is_joined()
        => Assert.Equal("关于遂宁市2021年国民经济和社会发展计划执行情况及2022年计划草案的报告",
            MetadataGuess.Read("关于遂宁市2021年国民经济和社会发展计划\n执行情况及2022年计划草案的报告\n2022年4月25日\n在遂宁市第八届人民代表大会第二次会议上\n").Title?.Value);

    [Fact]
    public void A_news_report_of_a_work_report_is_a_summary_dated_by_its_dateline()
    {
        var guess = MetadataGuess.Read("人民网福州1月11日电 (林晓丽、刘卿)1月11日上午,福建省第十四届人民代表大会第一次会议在福州开幕。福建省人民政府省长赵龙作政府工作报告。\n"
            + "初步预计,2022年福建省地区生产总值突破5万亿元。今年主要预期目标是:地区生产总值增长6%左右。2023年是全面贯彻党的二十大精神的开局之年。\n");

        Assert.Equal(("government-work-report-summary", "2023-01-11", "赵龙"), (guess.Kind?.Value, guess.Delivered?.Value, guess.SpeakerName?.Value));
        Assert.Equal(("2022", "2023"), (guess.ReviewYear?.Value, guess.PlanYear?.Value));
    }

    [Fact]
    public void A_news_report_without_a_byline_is_known_by_its_speaker_in_the_third_person_and_its_list_of_parts_names_the_reviewed_year()
    {
        var guess = MetadataGuess.Read("三穗县第十五届人民代表大会第五次会议胜利召开\n2月14日，三穗县第十五届人民代表大会第五次会议在县文化馆隆重开幕。\n"
            + "县长付乐欣代表县人民政府向大会作政府工作报告。报告分四个部分：一是2010年政府工作回顾及“十一五”主要成绩；二是“十二五”时期的奋斗目标；三是2011年工作安排。\n");

        Assert.Equal(("government-work-report-summary", "2010", "2011"), (guess.Kind?.Value, guess.ReviewYear?.Value, guess.PlanYear?.Value));
        Assert.Equal("2011-02-14", guess.Delivered?.Value);
    }

    [Fact]
    public void A_page_s_posting_date_is_not_the_delivery_date()
        => Assert.Null(MetadataGuess.Read("发布时间：2023年02月08日\n关于镇赉县2022年国民经济和社会发展计划执行情况与2023年计划安排草案的报告\n").Delivered);
}
