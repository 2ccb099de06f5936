using ReportSdk.Cli.Export;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Export;

public class FigureCsvWriterTests
{
    private const string Header = "report,region,regionName,list,key,indicator,label,value,max,unit,measure,bound,period,kind,headline,aspirational,qualitative,section,quote,note,conflictsWith";

    [Fact]
    public void Header_names_every_column_in_order()
    {
        var text = Write();

        Assert.StartsWith(Header + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reports_give_the_header_alone()
    {
        using var writer = new StringWriter();
        FigureCsvWriter.Write(writer, Array.Empty<Figure>());

        Assert.Equal(Header + "\n", writer.ToString());
    }

    [Fact]
    public void Targets_come_before_actuals_one_row_each()
    {
        var lines = CsvReader.Read(Write());

        Assert.Equal(6, lines.Count);
        Assert.Equal(new[] { "target", "target", "target", "actual", "actual" }, lines.Skip(1).Select(r => r[3]));
        Assert.Equal(new[] { "growth", "range", "qualitative", "growth", "gdp" }, lines.Skip(1).Select(r => r[4]));
    }

    [Fact]
    public void Plain_rows_are_written_without_quotes()
    {
        var lines = Write().Split('\n');

        Assert.Equal("test-2021-gwr,testville,洛阳市,target,growth,gdp-growth,生产总值增长,8.0,,percent,,at-least,2021,annual,true,false,false,plan,生产总值增长8.0%以上,,", lines[1]);
        Assert.Equal("test-2021-gwr,testville,洛阳市,target,range,,新建园区,1,2,count,个,range,2021-2025,five-year,false,true,false,key-work/manufacturing,力争新建园区1—2个,,", lines[2]);
        Assert.Equal("test-2021-gwr,testville,洛阳市,target,qualitative,,污染防治,,,,,,2021,task,false,false,true,key-work/manufacturing,污染防治完成省定目标,,", lines[3]);
        Assert.Equal("test-2021-gwr,testville,洛阳市,actual,growth,gdp-growth,增长,3.6,,percent,,exact,2020,annual,false,false,false,plan,增长3.6%,,", lines[4]);
    }

    [Fact]
    public void Cells_with_commas_quotes_or_line_breaks_are_quoted_with_doubled_quotes()
    {
        var text = Write();

        Assert.EndsWith(
            "test-2021-gwr,testville,洛阳市,actual,gdp,,\"生产总值,全市\",5128.4,,100m-yuan,,estimate,2020,annual,false,false,false,plan,\"全市\"\"生产总值\"\"达到5128.4亿元\",\"line one\nline two\",growth\n",
            text, StringComparison.Ordinal);
        var gdp = CsvReader.Read(text)[5];
        Assert.Equal("生产总值,全市", gdp[6]);
        Assert.Equal("全市\"生产总值\"达到5128.4亿元", gdp[18]);
        Assert.Equal("line one\nline two", gdp[19]);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void Numbers_use_a_decimal_point_in_every_culture(string culture)
    {
        var invariant = Write();
        string local;
        using (new CultureScope(culture))
        {
            local = Write();
        }

        Assert.Equal(invariant, local);
        Assert.Contains(",5128.4,", local, StringComparison.Ordinal);
    }

    private static string Write()
    {
        using var writer = new StringWriter();
        FigureCsvWriter.Write(writer, FigureColumns.Of(SampleReports.Create()));
        return writer.ToString();
    }
}
