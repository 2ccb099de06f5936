using ReportSdk.Compiler.Text;
using System.Text.Json;
using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Cli.Tests.Output;

public class FindingWriterTests
{
    private static readonly Finding QuoteInB = Rules.QuoteNotFound.At(new TextLocation("b.yaml", 10, 5, 10, 20, 0, 0), "quote not found: \"增长8%以上\"");
    private static readonly Finding UnitInA = Rules.UnknownUnit.At(new TextLocation("a.yaml", 7, 11, 7, 21, 0, 0), "unknown unit 'x'");
    private static readonly Finding KeyInA = Rules.InvalidKey.At(new TextLocation("a.yaml", 7, 3, 7, 9, 0, 0), "bad key");
    private static readonly Finding WarningInA = new("RS1002", DiagnosticLevel.Warning, "just a warning", new TextLocation("a.yaml", 2, 1, 2, 4, 0, 0));

    private static readonly Finding[] Unordered = { QuoteInB, UnitInA, KeyInA, WarningInA };

    [Fact]
    public void Text_is_one_compiler_style_line_per_finding_ordered_by_file_line_and_column()
    {
        var lines = CliRunner.Lines(Write(FindingFormat.Text, Unordered));

        Assert.Equal(new[]
        {
            "a.yaml(2,1): warning RS1002: just a warning",
            "a.yaml(7,3): error RS1007: bad key",
            "a.yaml(7,11): error RS2002: unknown unit 'x'",
            "b.yaml(10,5): error RS3001: quote not found: \"增长8%以上\"",
        }, lines);
    }

    [Fact]
    public void Findings_at_the_same_place_are_ordered_by_id()
    {
        var at = new TextLocation("a.yaml", 1, 1, 1, 1, 0, 0);
        var lines = CliRunner.Lines(Write(FindingFormat.Text, new[] { Rules.MissingField.At(at, "m"), Rules.UnknownField.At(at, "u") }));

        Assert.Equal(new[] { "a.yaml(1,1): error RS1002: u", "a.yaml(1,1): error RS1003: m" }, lines);
    }

    [Fact]
    public void Paths_are_ordered_ordinally_not_by_culture()
    {
        var upper = Rules.UnknownUnit.At(new TextLocation("B.yaml", 1, 1, 1, 1, 0, 0), "upper");
        var lower = Rules.UnknownUnit.At(new TextLocation("a.yaml", 1, 1, 1, 1, 0, 0), "lower");

        using (new CultureScope("tr-TR"))
        {
            var lines = CliRunner.Lines(Write(FindingFormat.Text, new[] { lower, upper }));
            Assert.Equal(new[] { "B.yaml(1,1): error RS2002: upper", "a.yaml(1,1): error RS2002: lower" }, lines);
        }
    }

    [Fact]
    public void No_findings_print_nothing_as_text_or_github()
    {
        Assert.Equal("", Write(FindingFormat.Text, Array.Empty<Finding>()));
        Assert.Equal("", Write(FindingFormat.Github, Array.Empty<Finding>()));
    }

    [Fact]
    public void Github_lines_are_workflow_commands_with_location_and_title()
    {
        var lines = CliRunner.Lines(Write(FindingFormat.Github, new[] { UnitInA, WarningInA }));

        Assert.Equal(new[]
        {
            "::warning file=a.yaml,line=2,col=1,endLine=2,endColumn=4,title=RS1002::just a warning",
            "::error file=a.yaml,line=7,col=11,endLine=7,endColumn=21,title=RS2002::unknown unit 'x'",
        }, lines);
    }

    [Fact]
    public void Github_escapes_percent_in_messages_and_colons_and_commas_in_the_file_and_the_message_is_one_line_from_the_compiler()
    {
        var finding = Rules.QuoteNotFound.At(new TextLocation("C:/data,v2/a.yaml", 3, 4, 3, 9, 0, 0), "100% sure\r\nsecond line: a, b");

        var line = Assert.Single(CliRunner.Lines(Write(FindingFormat.Github, new[] { finding })));

        Assert.Equal("::error file=C%3A/data%2Cv2/a.yaml,line=3,col=4,endLine=3,endColumn=9,title=RS3001::100%25 sure\\r\\nsecond line: a, b", line);
    }

    /// <summary>Every line break of Unicode (and of .NET's and JavaScript's readers) and some other control characters.</summary>
    public static TheoryData<string, string> LineBreaksAndControls => new()
    {
        { "\n", "\\n" },
        { "\r", "\\r" },
        { "\r\n", "\\r\\n" },
        { "\u0085", "\\u0085" },
        { "\u2028", "\\u2028" },
        { "\u2029", "\\u2029" },
        { "\t", "\\t" },
        { "\0", "\\u0000" },
        { "\u001b[31m", "\\u001b[31m" },
        { "\u007f", "\\u007f" },
        { "\u000b\u000c", "\\u000b\\u000c" },
    };

    [Theory]
    [MemberData(nameof(LineBreaksAndControls))]
    public void Text_escapes_line_breaks_and_control_characters_so_one_finding_is_one_line(string raw, string escaped)
    {
        var finding = Rules.UnknownUnit.At(new TextLocation("a.yaml", 3, 11, 3, 20, 0, 0), $"unknown unit 'per{raw}cent'");

        var output = Write(FindingFormat.Text, new[] { finding, UnitInA });

        Assert.Equal(new[] { $"a.yaml(3,11): error RS2002: unknown unit 'per{escaped}cent'", "a.yaml(7,11): error RS2002: unknown unit 'x'" }, PhysicalLines(output));
    }

    [Fact]
    public void Text_escapes_line_breaks_in_the_path_too_and_keeps_backslashes_and_chinese()
    {
        var finding = Rules.QuoteNotFound.At(new TextLocation("reports/a\nb\u2028.yaml", 1, 1, 1, 1, 0, 0), "quote not found: \"增长\\8%\"");

        var line = Assert.Single(PhysicalLines(Write(FindingFormat.Text, new[] { finding })));

        Assert.Equal("reports/a\\nb\\u2028.yaml(1,1): error RS3001: quote not found: \"增长\\8%\"", line);
    }

    [Theory]
    [MemberData(nameof(LineBreaksAndControls))]
    public void Github_keeps_one_workflow_command_per_line_whatever_the_message_holds(string raw, string escaped)
    {
        var finding = Rules.UnknownUnit.At(new TextLocation($"a{raw}.yaml", 3, 11, 3, 20, 0, 0), $"unknown unit 'per{raw}cent'");

        var lines = PhysicalLines(Write(FindingFormat.Github, new[] { finding, QuoteInB }));

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("::error file=a", lines[0], StringComparison.Ordinal);
        Assert.Equal("::error file=b.yaml,line=10,col=5,endLine=10,endColumn=20,title=RS3001::quote not found: \"增长8%25以上\"", lines[1]);
        // the message escaped by the compiler, as in every other output; in the file, CR and LF in GitHub's own
        // encoding, which the runner decodes, the others escaped as in the text format
        var github = escaped.Replace("\\r", "%0D", StringComparison.Ordinal).Replace("\\n", "%0A", StringComparison.Ordinal);
        Assert.EndsWith($"::unknown unit 'per{escaped}cent'", lines[0], StringComparison.Ordinal);
        Assert.Contains($"file=a{github}.yaml,", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_and_sarif_escape_line_breaks_and_control_characters_and_keep_the_message_as_the_compiler_made_it(string formatName)
    {
        var format = formatName == "json" ? FindingFormat.Json : FindingFormat.Sarif;
        const string Message = "unknown unit 'a\rb\nc\u0085d\u2028e\u2029f\tg\0h\u001bi\u007f洛阳'";
        var finding = Rules.UnknownUnit.At(new TextLocation("a.yaml", 3, 11, 3, 20, 0, 0), Message);

        var output = Write(format, new[] { finding }).Replace(Environment.NewLine, "\n", StringComparison.Ordinal);

        // the serializer escapes every one of them; only the indentation's own line breaks remain
        Assert.DoesNotContain(output, c => c != '\n' && LineBreakOrControl(c));
        Assert.Contains("\\u2028", output, StringComparison.Ordinal);
        Assert.Contains("洛阳", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var message = format == FindingFormat.Json
            ? json.RootElement.GetProperty("findings")[0].GetProperty("message").GetString()
            : json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString();
        Assert.Equal(LineText.Escape(Message), message);
    }

    [Fact]
    public void Json_names_the_tool_and_its_version_and_holds_the_findings()
    {
        using var json = JsonDocument.Parse(Write(FindingFormat.Json, Unordered, "1.2.3"));

        Assert.Equal(new[] { "tool", "version", "findings" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("reportsdk", json.RootElement.GetProperty("tool").GetString());
        Assert.Equal("1.2.3", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
    }

    [Fact]
    public void Json_findings_are_objects_with_location_fields()
    {
        using var document = JsonDocument.Parse(Write(FindingFormat.Json, Unordered));
        var json = document.RootElement.GetProperty("findings");

        Assert.Equal(4, json.GetArrayLength());
        var first = json[0];
        Assert.Equal(new[] { "id", "level", "message", "file", "line", "column", "endLine", "endColumn" }, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RS1002", first.GetProperty("id").GetString());
        Assert.Equal("warning", first.GetProperty("level").GetString());
        var last = json[3];
        Assert.Equal("RS3001", last.GetProperty("id").GetString());
        Assert.Equal("error", last.GetProperty("level").GetString());
        Assert.Equal("b.yaml", last.GetProperty("file").GetString());
        Assert.Equal(10, last.GetProperty("line").GetInt32());
        Assert.Equal(5, last.GetProperty("column").GetInt32());
        Assert.Equal(10, last.GetProperty("endLine").GetInt32());
        Assert.Equal(20, last.GetProperty("endColumn").GetInt32());
        Assert.Equal("quote not found: \"增长8%以上\"", last.GetProperty("message").GetString());
    }

    [Fact]
    public void Json_of_no_findings_has_an_empty_findings_array()
    {
        using var json = JsonDocument.Parse(Write(FindingFormat.Json, Array.Empty<Finding>()));

        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("findings").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Sarif_lists_every_rule_and_one_result_per_finding()
    {
        using var sarif = JsonDocument.Parse(Write(FindingFormat.Sarif, Unordered, "1.2.3", new SourceRoot(Environment.CurrentDirectory)));
        var root = sarif.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("reportsdk", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal(Rules.All.Select(r => r.Id), driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "RS1002", "RS1007", "RS2002", "RS3001" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(new[] { "warning", "error", "error", "error" }, results.Select(r => r.GetProperty("level").GetString()));
        var location = results[3].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("b.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(new[] { 0, 1, 2, 3 }.Select(i => Rules.All.Select(r => r.Id).ToList().IndexOf(results[i].GetProperty("ruleId").GetString()!)),
            results.Select(r => r.GetProperty("ruleIndex").GetInt32()));
        var region = location.GetProperty("region");
        Assert.Equal((10, 5, 10, 20), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_of_no_findings_has_an_empty_results_array()
    {
        using var sarif = JsonDocument.Parse(Write(FindingFormat.Sarif, Array.Empty<Finding>()));

        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Rules.All, r => Assert.Matches(@"^RS\d{4}$", r.Id));
    }

    private static bool LineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>The lines as any reader may split them: at CR, LF, CR LF, U+0085, U+2028 and U+2029.</summary>
    private static List<string> PhysicalLines(string output)
    {
        var lines = System.Text.RegularExpressions.Regex.Split(output, "\r\n|\r|\n|\u0085|\u2028|\u2029").ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static string Write(FindingFormat format, IReadOnlyList<Finding> findings, string version = "0.0.0", SourceRoot? root = null)
    {
        using var writer = new StringWriter();
        FindingWriter.Write(writer, findings, format, version, root);
        return writer.ToString();
    }
}
