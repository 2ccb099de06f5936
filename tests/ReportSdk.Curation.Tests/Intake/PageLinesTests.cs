using ReportSdk.Curation.Intake;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>A page flattened into long lines is read back into the lines it had; a short line, or a mark after a comma, is left whole.</summary>
public class PageLinesTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("全市上下凝心聚力，攻坚克难。", 20));

    [Fact]
    public void A_number_mark_inside_a_short_line_or_after_a_comma_is_no_heading()
    {
        var (lines, sourceLines) = PageLines.Split("其中，一、二、三产业增加值分别增长5%、6%、7%。" + Filler + "\n短行。 一、工作回顾\n");

        Assert.Equal(3, lines.Length);
        Assert.Equal(new[] { 1, 2, 3 }, sourceLines);
    }

    [Fact]
    public void A_top_level_heading_mark_after_a_sentence_end_or_a_space_starts_a_line_and_its_words_end_at_a_space()
    {
        var (lines, _) = PageLines.Split("请予审议。一、 2022 年工作回顾 2022年，全县生产总值增长5%。" + Filler + "（一）项目建设有力。投资增长8%。");

        // （一） inside a long line is left to the curator: read as a heading, a subsection without its section would stand at the top.
        Assert.Equal(new[] { "请予审议。", "一、 2022 年工作回顾 ", "2022年，全县生产总值增长5%。" + Filler + "（一）项目建设有力。投资增长8%。" }, lines);
    }

    [Fact]
    public void A_space_after_a_sentence_end_in_a_long_line_starts_a_line()
    {
        var text = "过去一年，经济平稳。 预计生产总值增长6%。" + Filler + "\n短行。 第二句。\n";

        var (lines, sourceLines) = PageLines.Split(text);

        Assert.Equal(new[] { "过去一年，经济平稳。 ", "预计生产总值增长6%。" + Filler, "短行。 第二句。", "" }, lines);
        Assert.Equal(new[] { 1, 1, 2, 3 }, sourceLines);
        Assert.Equal(new[] { text.IndexOf("预计", StringComparison.Ordinal) }, PageLines.Breaks(text));
    }

    [Fact]
    public void Every_line_is_the_text_cut_at_its_breaks()
    {
        var random = new Random(17);
        const string alphabet = "一二、（）(。！ 　\n增长5%";
        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 900)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var (lines, sourceLines) = PageLines.Split(text);

            Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(lines));
            Assert.Equal(text.Split('\n').Length, sourceLines[^1]);
            Assert.Equal(sourceLines.OrderBy(l => l), sourceLines);
        }
    }

    [Fact]
    public void A_heading_without_a_number_after_a_sentence_end_ends_at_the_next_space_when_its_words_name_a_part_of_a_report()
    {
        var (lines, _) = PageLines.Split("请予审议。 2021年工作回顾 2021年，全区生产总值增长8.2%。 全区生产总值 增长8.2%。" + Filler);

        // The second sentence's words up to its space name no part of a report: the sentence stays whole.
        Assert.Equal(new[] { "请予审议。 ", "2021年工作回顾 ", "2021年，全区生产总值增长8.2%。 ", "全区生产总值 增长8.2%。" + Filler }, lines);
    }

    [Fact]
    public void A_top_level_heading_mark_at_the_start_of_a_long_line_ends_at_a_space_too()
    {
        var (lines, sourceLines) = PageLines.Split("二、2025年主要任务 今年是“十四五”规划收官之年。" + Filler);

        Assert.Equal(new[] { "二、2025年主要任务 ", "今年是“十四五”规划收官之年。" + Filler }, lines);
        Assert.Equal(new[] { 1, 1 }, sourceLines);
    }
}
