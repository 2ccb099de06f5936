using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

public class QuoteWordingTests
{
    private static NumberInQuote Single(string quote, string value, string? written = null)
        => Assert.Single(QuoteWording.Read(FoldedText.FoldString(quote), value, written));

    [Theory]
    [InlineData("培育青年创新创业人才30名以上", "30", true)]
    [InlineData("返乡创业9000人以上", "9000", true)]
    [InlineData("37名区级领导", "37", true)]
    [InlineData("免费为3.9万余名妇女", "3.9", true)]
    [InlineData("5000余名党员干部", "5000", true)]
    [InlineData("接待游客150万人次", "150", false)]
    [InlineData("居全省第3位", "3", false)]
    [InlineData("进入全国前10名", "10", false)]
    [InlineData("折合100万人民币", "100", false)]
    [InlineData("培育企业30家", "30", false)]
    public void A_number_counts_people_when_a_people_measure_word_follows(string quote, string value, bool people)
    {
        Assert.Equal(people, Single(quote, value).CountsPeople);
    }

    [Theory]
    [InlineData("城镇新增就业8万人", "8", "万")]
    [InlineData("总投资2.87万亿元", "2.87", "万亿")]
    [InlineData("生产总值达到5128.4亿元", "5128.4", "亿")]
    [InlineData("捐款4200余万元", "4200", "万")]
    [InlineData("技术合同成交额完成10个亿", "10", "亿")]
    [InlineData("签约307个亿元以上项目", "307", "")]
    [InlineData("培育高新技术企业100家", "100", "")]
    public void The_magnitude_after_the_number_is_read(string quote, string value, string magnitude)
    {
        Assert.Equal(magnitude, Single(quote, value).Magnitude);
    }

    [Theory]
    [InlineData("引进项目100余个", "100", true)]
    [InlineData("产品出口30多个国家", "30", true)]
    [InlineData("再就业2.4万余人", "2.4", true)]
    [InlineData("带动3万多人就业", "3", true)]
    [InlineData("培育企业100家以上", "100", false)]
    public void Yu_or_duo_after_the_number_makes_it_approximate(string quote, string value, bool approximate)
    {
        Assert.Equal(approximate, Single(quote, value).Approximate);
    }

    [Theory]
    [InlineData("城镇新增就业8—10万人", "8", null, "万", true)]
    [InlineData("城镇新增就业8―10万人", "8", null, "万", true)]
    [InlineData("新增金融机构1—2家", "1", null, "", false)]
    [InlineData("投资3.5至4.2亿元", "3.5", null, "亿", false)]
    [InlineData("带动三到五万人就业", "3", "三", "万", true)]
    [InlineData("2021-2025年", "2021", null, "", false)]
    public void In_a_range_the_words_after_its_upper_end_count(string quote, string value, string? written, string magnitude, bool people)
    {
        var number = Single(quote, value, written);

        Assert.Equal((magnitude, people), (number.Magnitude, number.CountsPeople));
    }

    [Fact]
    public void A_written_form_holds_its_magnitude()
    {
        var number = Single("建成规模超万亿的全国先进制造业基地", "1", "万亿");

        Assert.Equal("万亿", number.Magnitude);
    }

    [Fact]
    public void Every_occurrence_of_the_number_is_read_and_none_inside_a_longer_number()
    {
        var numbers = QuoteWording.Read("100家企业和1000人、100人", "100", null);

        Assert.Equal(new[] { false, true }, numbers.Select(n => n.CountsPeople));
    }

    [Theory]
    [InlineData("万元", "万")]
    [InlineData("万人次", "万")]
    [InlineData("亿美元", "亿")]
    [InlineData("万亿元", "万亿")]
    [InlineData("个百分点", "")]
    [InlineData("%", "")]
    public void A_units_magnitude_is_what_its_name_starts_with(string name, string magnitude)
    {
        Assert.Equal(magnitude, QuoteWording.MagnitudeOf(name));
    }
}
