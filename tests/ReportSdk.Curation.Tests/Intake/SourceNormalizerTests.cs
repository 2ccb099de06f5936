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
}
