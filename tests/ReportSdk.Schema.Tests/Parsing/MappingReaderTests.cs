using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Tests.Fixtures;

namespace ReportSdk.Schema.Tests.Parsing;

public class MappingReaderTests
{
    private static (MappingReader Reader, List<Finding> Findings) Reader(string yaml)
    {
        var findings = new List<Finding>();
        var root = YamlTreeReader.Read("m.yaml", yaml, findings);
        Assert.Empty(findings);
        return (MappingReader.For(root!, "a thing", findings)!, findings);
    }

    [Theory]
    [InlineData("8", true)]
    [InlineData("5128.4", true)]
    [InlineData("0.75", true)]
    [InlineData("-2", false)]
    [InlineData("+8", false)]
    [InlineData("8%", false)]
    [InlineData("1e4", false)]
    [InlineData("1,000", false)]
    [InlineData(".5", false)]
    [InlineData("5.", false)]
    [InlineData(" 8", false)]
    [InlineData("", false)]
    [InlineData("八", false)]
    public void Decimal_is_plain_decimal_notation(string text, bool expected)
    {
        Assert.Equal(expected, MappingReader.IsDecimal(text));
    }

    [Fact]
    public void Number_written_without_quotes_is_read_as_its_text()
    {
        var (reader, findings) = Reader("a: 2021-02-07\nb: 5128.40\n");

        Assert.Equal("2021-02-07", reader.Text("a").Value);
        Assert.Equal("5128.40", reader.Decimal("b").Value);
        Assert.Empty(findings);
    }

    [Fact]
    public void Absent_optional_field_is_null_at_the_mapping()
    {
        var (reader, findings) = Reader("x: 1\nb: ~\n");

        var a = reader.Text("a");
        var b = reader.Text("b");

        Assert.Null(a.Value);
        Assert.Null(b.Value);
        Assert.Equal((1, 1), (a.Location.Line, a.Location.Column));
        Assert.Empty(findings);
    }

    [Fact]
    public void Absent_required_field_is_RS1003_and_an_empty_text()
    {
        var (reader, findings) = Reader("x: 1\n");

        Assert.Equal("", reader.RequiredText("name").Value);
        var finding = FindingAssert.Single(findings, "RS1003", 1, 1);
        Assert.Equal("a thing has no 'name'", finding.Message);
    }

    [Fact]
    public void Text_given_a_list_is_RS1004_at_the_list()
    {
        var (reader, findings) = Reader("x: 1\nname: [a, b]\n");

        Assert.Null(reader.Text("name").Value);
        FindingAssert.Single(findings, "RS1004", 2, 7);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("~", false)]
    public void Flag_reads_true_and_false(string text, bool expected)
    {
        var (reader, findings) = Reader($"flag: {text}\n");

        Assert.Equal(expected, reader.Flag("flag"));
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("0")]
    public void Integer_reads_whole_numbers(string text)
    {
        var (reader, findings) = Reader($"year: {text}\n");

        Assert.Equal(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture), reader.Integer("year").Value);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2021.5")]
    [InlineData("99999999999")]
    public void Integer_refuses_anything_else_with_RS1004(string text)
    {
        var (reader, findings) = Reader($"year: {text}\n");

        reader.Integer("year");

        FindingAssert.Single(findings, "RS1004", 1, 7);
    }

    [Fact]
    public void Unknown_fields_are_those_never_asked_for_and_the_message_lists_the_known_ones()
    {
        var (reader, findings) = Reader("b: 1\nzeta: 2\na: 3\n");
        reader.Text("a");
        reader.Text("b");

        reader.ReportUnknownFields();

        var finding = FindingAssert.Single(findings, "RS1002", 2, 1);
        Assert.Equal("unknown field 'zeta' in a thing; expected one of: a, b", finding.Message);
    }

    [Fact]
    public void Reading_a_list_as_a_mapping_is_RS1004()
    {
        var findings = new List<Finding>();
        var root = YamlTreeReader.Read("m.yaml", "- a\n", findings)!;

        Assert.Null(MappingReader.For(root, "a thing", findings));
        var finding = FindingAssert.Single(findings, "RS1004", 1, 1);
        Assert.Equal("a thing must be a mapping, not a list", finding.Message);
    }
}
