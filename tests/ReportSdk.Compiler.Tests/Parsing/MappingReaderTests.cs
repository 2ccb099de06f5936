using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Parsing;

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
    public void Unknown_field_close_to_a_known_one_says_which_it_was_meant_to_be()
    {
        var (reader, findings) = Reader("name: x\nnote: y\ncolour: z\n");
        reader.Text("name");
        reader.Text("note");
        reader.Text("color");

        reader.ReportUnknownFields();

        var finding = FindingAssert.Single(findings, "RS1002", 3, 1);
        Assert.Equal("unknown field 'colour' in a thing; expected one of: color, name, note; did you mean 'color'?", finding.Message);
    }

    [Fact]
    public void Misspelled_required_field_is_one_RS1002_not_also_RS1003()
    {
        var (reader, findings) = Reader("nmae: x\n");
        reader.RequiredText("name");

        reader.ReportUnknownFields();

        var finding = FindingAssert.Single(findings, "RS1002", 1, 1);
        Assert.Equal("unknown field 'nmae' in a thing; expected one of: name; did you mean 'name'?", finding.Message);
    }

    [Fact]
    public void Required_field_still_missing_beside_an_unknown_field_far_from_it_is_reported_too()
    {
        var (reader, findings) = Reader("zzz: x\n");
        reader.RequiredText("name");

        reader.ReportUnknownFields();

        Assert.Equal(new[] { "RS1003", "RS1002" }, findings.Select(f => f.Id));
        Assert.DoesNotContain("did you mean", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_field_written_empty_beside_a_misspelling_of_it_stays_reported()
    {
        // 'name' is there, only empty: the unknown 'nmae' is not taken for it.
        var (reader, findings) = Reader("name:\nnmae: x\n");
        reader.RequiredText("name");

        reader.ReportUnknownFields();

        Assert.Equal(new[] { "RS1003", "RS1002" }, findings.Select(f => f.Id));
    }

    [Fact]
    public void Mapping_with_a_name_field_is_named_in_its_messages()
    {
        var findings = new List<Finding>();
        var root = YamlTreeReader.Read("m.yaml", "key: gdp-growth\nvalue: 8%\n", findings)!;
        var reader = MappingReader.For(root, "a target", findings, nameField: "key")!;

        reader.RequiredText("key");
        reader.Decimal("value");
        reader.RequiredText("label");

        Assert.Equal("target 'gdp-growth'", reader.Subject);
        Assert.Equal(new[]
        {
            "'value' of target 'gdp-growth' must be a number as written in the source, such as 8 or 5128.4 (no sign), not '8%'",
            "target 'gdp-growth' has no 'label'",
        }, findings.Select(f => f.Message));
    }

    [Fact]
    public void Mapping_without_its_name_field_is_named_by_what_it_is()
    {
        var findings = new List<Finding>();
        var root = YamlTreeReader.Read("m.yaml", "value: 8\n", findings)!;
        var reader = MappingReader.For(root, "an actual", findings, nameField: "key")!;

        reader.RequiredText("key");

        Assert.Equal("an actual", reader.Subject);
        Assert.Equal("an actual has no 'key'", Assert.Single(findings).Message);
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
