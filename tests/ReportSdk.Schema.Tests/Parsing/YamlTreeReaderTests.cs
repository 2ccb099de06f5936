using System.Text;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Tests.Fixtures;

namespace ReportSdk.Schema.Tests.Parsing;

public class YamlTreeReaderTests
{
    private static (YamlNode? Root, List<Finding> Findings) Read(string yaml)
    {
        var findings = new List<Finding>();
        var root = YamlTreeReader.Read("t.yaml", yaml, findings);
        return (root, findings);
    }

    // ---- locations ----

    [Fact]
    public void Locations_are_one_based_line_and_column()
    {
        var (root, findings) = Read("a: b\nlist:\n  - 洛阳 \n");

        Assert.Empty(findings);
        var mapping = Assert.IsType<YamlMapping>(root);
        var (key, value) = (mapping.Entries[0].Key, (YamlScalar)mapping.Entries[0].Value);
        Assert.Equal((1, 1), (key.Location.Line, key.Location.Column));
        Assert.Equal((1, 4), (value.Location.Line, value.Location.Column));
        var item = ((YamlSequence)mapping.Entries[1].Value).Items[0];
        Assert.Equal((3, 5), (item.Location.Line, item.Location.Column));
        Assert.Equal((3, 7), (item.Location.EndLine, item.Location.EndColumn));
        Assert.Equal(("t.yaml", 15, 17), (item.Location.Path, item.Location.Start, item.Location.End));
    }

    [Fact]
    public void Empty_text_has_no_document_and_no_finding()
    {
        var (root, findings) = Read("# only a comment\n");

        Assert.Null(root);
        Assert.Empty(findings);
    }

    [Fact]
    public void Scalars_keep_their_text_and_whether_they_were_quoted()
    {
        var (root, _) = Read("a: 5128.40\nb: '8'\nc:\nd: ~\ne: \"\"\n");

        var values = ((YamlMapping)root!).Entries.Select(e => (YamlScalar)e.Value).ToList();
        Assert.Equal(("5128.40", false, false), (values[0].Value, values[0].IsQuoted, values[0].IsNull));
        Assert.Equal(("8", true, false), (values[1].Value, values[1].IsQuoted, values[1].IsNull));
        Assert.True(values[2].IsNull);
        Assert.True(values[3].IsNull);
        Assert.False(values[4].IsNull);
    }

    // ---- RS1001 ----

    [Fact]
    public void Syntax_error_is_RS1001_at_the_offending_character()
    {
        // a second ': ' inside a plain value: YAML reads it as a nested mapping where none may start
        var parsed = new MinimalReport().Replace("\ntitle: 政府工作报告\n", "\ntitle: 政府工作报告: 年度\n").Parse();

        FindingAssert.Single(parsed.Diagnostics, "RS1001", 11, 14);
        Assert.Null(parsed.Report);
    }

    [Fact]
    public void Unclosed_quote_is_RS1001_at_the_quoted_value()
    {
        var (_, findings) = Read("id: a\ntitle: 'abc\nx: 2\n");

        FindingAssert.Single(findings, "RS1001", 2, 8);
    }

    [Fact]
    public void Unclosed_flow_list_before_the_next_field_is_RS1001()
    {
        var parsed = new MinimalReport().Replace("\ntitle: 政府工作报告\n", "\ntitle: [政府工作报告\n").Parse();

        var finding = Assert.Single(parsed.Diagnostics);
        Assert.Equal("RS1001", finding.Id);
        Assert.InRange(finding.Location.Line, 11, 12);
    }

    [Fact]
    public void Tab_used_as_indentation_is_RS1001_at_the_tab()
    {
        var findings = new MinimalReport().Replace("  name: 张三", "\tname: 张三").Findings();

        FindingAssert.Single(findings, "RS1001", 9, 1);
    }

    [Fact]
    public void Second_document_is_RS1001_at_its_start()
    {
        var (root, findings) = Read("a: 1\n---\nb: 2\n");

        FindingAssert.Single(findings, "RS1001", 2, 1);
        Assert.NotNull(root);
    }

    [Fact]
    public void Field_name_that_is_not_text_is_RS1004()
    {
        var (_, findings) = Read("? [a]\n: 1\n");

        FindingAssert.Single(findings, "RS1004", 1, 3);
    }

    // ---- RS1005 ----

    [Fact]
    public void Duplicate_field_is_RS1005_at_the_second_occurrence()
    {
        var findings = new MinimalReport().Replace("  name: 张三\n", "  name: 张三\n  name: 李四\n").Findings();

        FindingAssert.Single(findings, "RS1005", 10, 3);
    }

    [Theory]
    [InlineData("reviewYear: 2020\n", "reviewYear: 2020\nreviewYear: 2021\n", 13, 1)] // root
    [InlineData("  original: original.txt\n", "  original: original.txt\n  original: other.txt\n", 16, 3)] // source
    [InlineData("    headline: true\n", "    value: 9\n", 47, 5)] // a target inside the list of targets
    [InlineData("        title: 推进制造业高质量发展\n", "        title: 推进制造业高质量发展\n        key: manufacturing\n", 38, 9)] // a child section
    public void Duplicate_field_at_any_level_is_RS1005(string oldText, string newText, int line, int column)
    {
        var findings = new MinimalReport().Replace(oldText, newText).Findings();

        FindingAssert.Single(findings, "RS1005", line, column);
    }

    [Fact]
    public void Duplicate_field_keeps_the_first_value()
    {
        var (root, findings) = Read("a:\n  b: 1\n  b: 2\n");

        FindingAssert.Single(findings, "RS1005", 3, 3);
        var inner = (YamlMapping)((YamlMapping)root!).Entries[0].Value;
        Assert.Equal("1", ((YamlScalar)Assert.Single(inner.Entries).Value).Value);
    }

    // ---- RS1006 ----

    [Fact]
    public void Anchor_is_RS1006_at_the_anchor()
    {
        var findings = new MinimalReport().Replace("id: test-2021-gwr", "id: &id test-2021-gwr").Findings();

        FindingAssert.Single(findings, "RS1006", 2, 5);
    }

    [Fact]
    public void Alias_is_RS1006_at_the_alias_and_its_anchor_too()
    {
        var findings = new MinimalReport()
            .Replace("id: test-2021-gwr", "id: &id test-2021-gwr")
            .Replace("symbol: Test2021", "symbol: *id")
            .Findings();

        Assert.True(findings.Count == 2, FindingAssert.Describe(findings));
        FindingAssert.At(findings[0], "RS1006", 2, 5);
        FindingAssert.At(findings[1], "RS1006", 3, 9);
        Assert.Contains("*id", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_on_a_mapping_is_RS1006()
    {
        var findings = new MinimalReport().Replace("speaker:\n", "speaker: &who\n").Findings();

        FindingAssert.Single(findings, "RS1006", 8, 10);
    }

    [Fact]
    public void Alias_is_not_expanded_into_the_tree()
    {
        var (root, findings) = Read("a: &x {b: 1}\nc: *x\n");

        Assert.Equal(new[] { "RS1006", "RS1006" }, findings.Select(f => f.Id));
        var c = (YamlScalar)((YamlMapping)root!).Entries[1].Value;
        Assert.True(c.IsNull);
    }

    [Fact]
    public void Billion_laughs_is_refused_with_RS1006_and_not_expanded()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            yaml.Append(c).Append(": &").Append(c).Append(" [")
                .Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var (root, findings) = Read(yaml.ToString());

        // 9 anchors and 8 × 9 aliases: one finding each, nothing multiplied
        Assert.Equal(9 + 8 * 9, findings.Count);
        Assert.All(findings, f => Assert.Equal("RS1006", f.Id));
        var last = (YamlSequence)((YamlMapping)root!).Entries[8].Value;
        Assert.Equal(9, last.Items.Count);
        Assert.All(last.Items, item => Assert.True(((YamlScalar)item).IsNull));
    }

    [Fact]
    public void Deep_alias_bomb_finishes_because_nothing_is_expanded()
    {
        // 40 levels of doubling: expanded, this would be 2^40 scalars.
        var yaml = new StringBuilder("l0: &l0 [x, x]\n");
        for (var i = 1; i <= 40; i++)
        {
            yaml.Append($"l{i}: &l{i} [*l{i - 1}, *l{i - 1}]\n");
        }

        var parsed = ReportParser.Parse("bomb.yaml", yaml.ToString());

        var aliasFindings = parsed.Diagnostics.Where(f => f.Id == "RS1006").ToList();
        Assert.Equal(41 + 40 * 2, aliasFindings.Count);
        FindingAssert.At(aliasFindings[0], "RS1006", 1, 5);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(YamlTreeReader.MaxDepth + 1)]
    public void Nesting_deeper_than_the_limit_is_RS1001_not_a_stack_overflow(int depth)
    {
        var (root, findings) = Read(new string('[', depth) + new string(']', depth) + "\n");

        Assert.Null(root);
        var finding = FindingAssert.Single(findings, "RS1001", 1, YamlTreeReader.MaxDepth + 1);
        Assert.Contains("deeper than", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlTreeReader.MaxDepth;

        var (root, findings) = Read(new string('[', depth) + new string(']', depth) + "\n");

        Assert.Empty(findings);
        Assert.IsType<YamlSequence>(root);
    }
}
