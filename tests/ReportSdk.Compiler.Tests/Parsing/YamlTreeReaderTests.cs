using System.Text;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Parsing;

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
        var (key, value) = (mapping.Entries[0].Key, (YamlValue)mapping.Entries[0].Value);
        Assert.Equal((1, 1), (key.Location.Line, key.Location.Column));
        Assert.Equal((1, 4), (value.Location.Line, value.Location.Column));
        var item = ((YamlSequence)mapping.Entries[1].Value).Items[0];
        Assert.Equal((3, 5), (item.Location.Line, item.Location.Column));
        Assert.Equal((3, 7), (item.Location.EndLine, item.Location.EndColumn));
        Assert.Equal(("t.yaml", 15, 17), (item.Location.Path, item.Location.Start, item.Location.End));
    }

    [Fact]
    public void A_value_with_half_a_character_is_RS1004_at_the_value_and_reads_on_with_the_replacement_character()
    {
        // Raw in the text, as a string in memory can have it (an escape is a YAML syntax error already): an export
        // cannot hold it; validate accepted 个 and half an emoji, and the export wrote 个\uFFFD (mutant #979).
        var (root, findings) = Read("measure: \"个\ud83d\"\n");

        var finding = Assert.Single(findings);
        Assert.Equal(Rules.WrongType.Id, finding.Id);
        Assert.Equal((1, 10), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("lone surrogate (U+D83D)", finding.Message, StringComparison.Ordinal);
        var measure = Assert.IsType<YamlValue>(Assert.IsType<YamlMapping>(root).Entries.Single().Value);
        Assert.Equal("个\uFFFD", measure.Value);
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

        var values = ((YamlMapping)root!).Entries.Select(e => (YamlValue)e.Value).ToList();
        Assert.Equal(("5128.40", false, false), (values[0].Value, values[0].IsQuoted, values[0].IsNull));
        Assert.Equal(("8", true, false), (values[1].Value, values[1].IsQuoted, values[1].IsNull));
        Assert.True(values[2].IsNull);
        Assert.True(values[3].IsNull);
        Assert.False(values[4].IsNull);
    }

    // ---- locations never past the end of the text ----

    public static TheoryData<string, string> TruncatedFiles => new()
    {
        { "cut in a double-quoted string", "id: a\ntitle: \"政府工作" },
        { "cut in a single-quoted string, then a line break", "id: a\ntitle: '政府工作\n" },
        { "cut in a flow mapping", "id: a\nspeaker: {name: 张三, ti" },
        { "cut in a flow mapping after a comma and a line break", "id: a\nspeaker: {name: 张三,\n" },
        { "cut in a flow list", "id: a\ntargets: [x, y" },
        { "cut after a key", "id: a\ntitle:" },
        { "cut inside a key", "id: a\ntit" },
        { "empty", "" },
        { "only a byte-order mark", "\uFEFF" },
        { "a byte-order mark and a cut flow mapping", "\uFEFFspeaker: {name" },
        { "ending in CRLF inside a quote", "id: a\r\ntitle: 'abc\r\n" },
        { "ending in CRLF inside a flow list", "id: a\r\ntargets: [x\r\n" },
        { "ending in blank CRLF lines", "id: a\r\ntargets: {x: 1\r\n\r\n\r\n" },
        { "ending in a lone CR", "id: a\rtitle: \"x\r" },
        { "ending in U+2028", "id: a\u2028title: [x\u2028" },
    };

    [Theory]
    [MemberData(nameof(TruncatedFiles))]
    public void Truncated_file_gives_no_location_past_the_end_of_the_text(string name, string yaml)
    {
        var (root, findings) = Read(yaml);

        Assert.False(string.IsNullOrEmpty(name));
        AssertInside(yaml, root, findings);
    }

    [Fact]
    public void Report_cut_anywhere_gives_locations_inside_what_is_left()
    {
        // with a flow mapping and a double-quoted value besides the block mappings and lists
        var yaml = new MinimalReport().Replace("speaker:\n  name: 张三\n", "speaker: {name: \"张三\", other: [a, b]}\nx:\n").Yaml;
        Assert.Contains("{name: \"张三\", other: [a, b]}", yaml, StringComparison.Ordinal);
        foreach (var text in new[] { yaml, yaml.Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            // before and after every line break, quote and bracket (so also between CR and LF), and at every 31st character
            var cuts = new SortedSet<int> { 0, text.Length };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '\n' or '\r' or '"' or '\'' or '{' or '}' or '[' or ']' || i % 31 == 0)
                {
                    for (var cut = i; cut <= i + 1; cut++)
                    {
                        if (cut >= 0 && cut <= text.Length) cuts.Add(cut);
                    }
                }
            }

            foreach (var cut in cuts)
            {
                var prefix = text.Substring(0, cut);
                var (root, findings) = Read(prefix);
                AssertInside(prefix, root, findings);
            }
        }
    }

    [Fact]
    public void Unclosed_flow_list_at_the_end_of_the_file_is_RS1001_at_the_end_of_the_last_line()
    {
        // YamlDotNet says (2,1): the line after the last one
        var (_, findings) = Read("a: [1, 2");

        var finding = FindingAssert.Single(findings, "RS1001", 1, 9);
        Assert.Equal((1, 9, 8, 8), (finding.Location.EndLine, finding.Location.EndColumn, finding.Location.Start, finding.Location.End));
    }

    [Fact]
    public void Unclosed_quote_before_a_final_CRLF_ends_on_the_last_line_not_after_it()
    {
        // YamlDotNet ends the scalar at (3,1), after the final line break
        var (_, findings) = Read("id: a\r\ntitle: 'abc\r\n");

        var finding = FindingAssert.Single(findings, "RS1001", 2, 8);
        Assert.Equal((2, 12), (finding.Location.EndLine, finding.Location.EndColumn));
        Assert.Equal((14, 18), (finding.Location.Start, finding.Location.End));
    }

    [Fact]
    public void Unclosed_flow_mapping_followed_by_blank_lines_is_on_the_last_blank_line_not_after_it()
    {
        // lines: "a: 1", "", "b: {x", ""; the final line break starts no fifth line
        var (_, findings) = Read("a: 1\n\nb: {x\n\n");

        var finding = FindingAssert.Single(findings, "RS1001", 4, 1);
        Assert.Equal((12, 12), (finding.Location.Start, finding.Location.End));
    }

    /// <summary>
    /// Asserts that every location of the findings and of the tree lies inside
    /// <paramref name="text"/>: lines are those of YAML 1.1 (LF, CR, CR LF, U+0085, U+2028,
    /// U+2029), a final line break starts no new line, columns go up to a line's length + 1,
    /// offsets up to the text's length, and a start offset is that of its line and column.
    /// </summary>
    private static void AssertInside(string text, YamlNode? root, IEnumerable<Finding> findings)
    {
        var breaks = System.Text.RegularExpressions.Regex.Matches(text, "\r\n|\r|\n|\u0085|\u2028|\u2029");
        var lines = new List<(int Start, int Length)>();
        var start = 0;
        foreach (System.Text.RegularExpressions.Match lineBreak in breaks)
        {
            lines.Add((start, lineBreak.Index - start));
            start = lineBreak.Index + lineBreak.Length;
        }
        if (start < text.Length || lines.Count == 0) lines.Add((start, text.Length - start));

        foreach (var location in findings.Select(f => f.Location).Concat(Nodes(root).Select(n => n.Location)))
        {
            var inside =
                location.Line >= 1 && location.Line <= lines.Count
                && location.EndLine >= location.Line && location.EndLine <= lines.Count
                && location.Column >= 1 && location.Column <= lines[location.Line - 1].Length + 1
                && location.EndColumn >= 1 && location.EndColumn <= lines[location.EndLine - 1].Length + 1
                && (location.EndLine > location.Line || location.EndColumn >= location.Column)
                && location.Start >= 0 && location.Start <= location.End && location.End <= text.Length
                && location.Start == lines[location.Line - 1].Start + location.Column - 1;
            Assert.True(inside, $"{location} (end {location.EndLine},{location.EndColumn}; offsets {location.Start}..{location.End}) "
                + $"is not inside the {lines.Count} lines of {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    private static IEnumerable<YamlNode> Nodes(YamlNode? node)
    {
        switch (node)
        {
            case null:
                yield break;
            case YamlSequence sequence:
                yield return sequence;
                foreach (var item in sequence.Items.SelectMany(Nodes)) yield return item;
                break;
            case YamlMapping mapping:
                yield return mapping;
                foreach (var entry in mapping.Entries)
                {
                    yield return entry.Key;
                    foreach (var value in Nodes(entry.Value)) yield return value;
                }
                break;
            default:
                yield return node;
                break;
        }
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
        Assert.Equal("1", ((YamlValue)Assert.Single(inner.Entries).Value).Value);
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
        var c = (YamlValue)((YamlMapping)root!).Entries[1].Value;
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
        Assert.All(last.Items, item => Assert.True(((YamlValue)item).IsNull));
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
