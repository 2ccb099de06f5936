using System.Text;
using ReportSdk.Curation.Intake;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>The normalized text repairs transport damage only, each repair an edit line.</summary>
public sealed class SourceNormalizerTests
{
    private static NormalizedSource Normalize(string text) => SourceNormalizer.Normalize(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_pdf_line_wrap_is_joined_and_recorded()
    {
        var normalized = Normalize("全年实现地区生产总值371.3亿元，增长7.2%；城镇新增\n就业8000人。\n");

        Assert.Equal("全年实现地区生产总值371.3亿元，增长7.2%；城镇新增就业8000人。\n", normalized.Text);
        Assert.Single(normalized.Edits);
    }

    [Fact]
    public void A_document_site_s_paragraph_marker_ends_its_paragraph_and_stays_in_the_text()
    {
        var text = "现在，我代表县人民政府向大会报告工作，请予审议，并请提出意见。2uD\n十三五工作回顾2uD\n"
            + "过去的五年，是全市克难奋进、顽强拼搏的五年，也是决战决胜的五年，全市地区生产总\n值达到476.16亿元。2uD\n(一)脱贫攻坚取得决定性胜利。2uD\n";

        var normalized = Normalize(text);

        Assert.Contains("\n十三五工作回顾2uD\n", normalized.Text, StringComparison.Ordinal);
        Assert.Contains("全市地区生产总值达到476.16亿元。2uD\n", normalized.Text, StringComparison.Ordinal);
        Assert.Single(normalized.Edits);
    }

    private const string Review = "前三季度，完成地区生产总值192.8亿元，增长8.2%；固定资产投资41.9亿元，增长9.4%；规模以上工业增加值81.6亿元，增长8.6%；社会消费品零售总额61.8亿元，增长17.4%；城乡居民人均可支配收入分别增长8.1%和11%。";

    /// <summary><paramref name="text"/> broken every <paramref name="width"/> characters, as a PDF's lines.</summary>
    private static string Wrapped(string text, int width)
        => string.Concat(Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width)) + "\n"));

    [Fact]
    public void On_a_page_broken_at_a_fixed_width_a_line_at_the_width_that_ends_a_clause_goes_on()
    {
        // At 16 characters the third line ends with ；: the width cut it there.
        Assert.Equal(Review + "\n", Normalize(Wrapped(Review, 16)).Text);
    }

    [Fact]
    public void On_a_page_broken_at_a_fixed_width_a_subtitle_cut_by_the_width_goes_on()
    {
        var subtitle = "——社会消费品零售总额预计完成72亿元，同比增长6.5%，低于计划目标3个百分点。";

        Assert.Equal(Review + "\n" + subtitle + "\n", Normalize(Wrapped(Review, 16) + Wrapped(subtitle, 16)).Text);
    }

    [Fact]
    public void On_a_page_of_real_paragraphs_a_line_that_ends_a_clause_ends_its_paragraph()
    {
        const string text = "——地区生产总值增长6%左右；\n——城镇新增就业1万人以上；\n——居民消费价格涨幅3%左右。\n";

        Assert.Equal(text, Normalize(text).Text);
    }

    [Fact]
    public void Full_width_digits_are_written_half_width_and_recorded()
    {
        var normalized = Normalize("２０２１年，全市地区生产总值增长８．５％，财政收入１２ ０００万元。\n");

        Assert.Equal("2021年，全市地区生产总值增长8.5％，财政收入12000万元。\n", normalized.Text);
        Assert.Equal(new[]
        {
            "line 1: wrote full-width digits half-width: \"２０２１\" → \"2021\", \"８．５\" → \"8.5\", \"１２\" → \"12\" and 1 more",
            "line 1: removed stray spaces inside numbers: \"12 000\" → \"12000\"",
        }, normalized.Edits);
    }

    [Fact]
    public void A_half_width_point_between_full_width_digits_stays_a_point()
        => Assert.Equal("增长8.5%。\n", Normalize("增长８.５%。\n").Text);
}
