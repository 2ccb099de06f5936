using System.Text.Json;
using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Cli.Tests.Output;

/// <summary>The SARIF log: rule descriptors from docs/diagnostics.md, results GitHub code scanning can place and track.</summary>
public class SarifWriterTests
{
    [Fact]
    public void Every_rule_has_a_full_description_help_text_and_markdown_and_a_help_uri()
    {
        var rules = RuleDescriptors(Sarif(Array.Empty<Finding>()));

        Assert.Equal(Rules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, rule =>
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("name").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("markdown").GetString()), id);
            Assert.StartsWith(ProjectSite.RepositoryUrl + "/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant() + "--", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Equal(Rules.All.Single(r => r.Id == id).Level == DiagnosticLevel.Error ? "error" : "warning",
                rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        });
    }

    [Theory]
    [InlineData("RS1001", "#rs1001--yaml-syntax-error")]
    [InlineData("RS1007", "#rs1007--key-is-not-kebab-case-or-gives-no-valid-c-identifier")]
    [InlineData("RS2004", "#rs2004--unknown-code-bound-kind-role-or-reason")]
    public void Help_uri_is_the_anchor_github_gives_the_rules_heading(string id, string anchor)
    {
        var rule = RuleDescriptors(Sarif(Array.Empty<Finding>())).Single(r => r.GetProperty("id").GetString() == id);

        Assert.Equal("https://github.com/reportsdk/reportsdk/blob/main/docs/diagnostics.md" + anchor, rule.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Information_uri_is_the_repository()
    {
        var driver = Sarif(Array.Empty<Finding>()).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

        Assert.Equal("https://github.com/reportsdk/reportsdk", driver.GetProperty("informationUri").GetString());
    }

    [Fact]
    public void Help_and_full_description_are_the_rules_section_of_diagnostics_md()
    {
        var rule = RuleDescriptors(Sarif(Array.Empty<Finding>())).Single(r => r.GetProperty("id").GetString() == "RS3001");

        Assert.StartsWith("A figure's `quote`, or a dismissed number's `text`, does not occur", rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
        var markdown = rule.GetProperty("help").GetProperty("markdown").GetString()!;
        Assert.StartsWith("**When it fires.**", markdown, StringComparison.Ordinal);
        Assert.Contains("error RS3001: quote of 'gdp-growth' not found in the source text", markdown, StringComparison.Ordinal);
        Assert.Contains("**Fix.**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## RS3002", markdown, StringComparison.Ordinal);
        var text = rule.GetProperty("help").GetProperty("text").GetString()!;
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("```", text, StringComparison.Ordinal);
        Assert.Contains("    quote: 生产总值增加8%以上", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_point_at_their_rule_by_index()
    {
        using var temp = new TempFolder();
        var findings = Rules.All.Select((rule, i) => rule.At(new TextLocation(temp.File("a.yaml"), i + 1, 1, i + 1, 2, 0, 0), "m")).ToList();

        var run = Sarif(findings, new SourceRoot(temp.Path)).GetProperty("runs")[0];

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Rules.All.Count, results.Count);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
    }

    [Fact]
    public void Paths_under_the_root_are_relative_to_srcroot_which_is_an_absolute_file_uri_ending_in_a_slash()
    {
        using var temp = new TempFolder();
        var file = temp.File("data", "reports", "洛阳 #1", "a.yaml");

        var run = Sarif(new[] { Rules.UnknownUnit.At(new TextLocation(file, 3, 11, 3, 20, 0, 0), "unknown unit 'x'") }, new SourceRoot(temp.Path)).GetProperty("runs")[0];

        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("data/reports/%E6%B4%9B%E9%98%B3%20%231/a.yaml", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Equal(new Uri(temp.Path + "/").AbsoluteUri, root);
        Assert.EndsWith("/", root, StringComparison.Ordinal);
        Assert.True(new Uri(root).IsAbsoluteUri);
        Assert.Equal(file.Replace('\\', '/'), new Uri(new Uri(root), location.GetProperty("uri").GetString()).LocalPath.Replace('\\', '/'));
    }

    [Fact]
    public void A_path_outside_the_root_stays_an_absolute_file_uri_without_a_base()
    {
        using var root = new TempFolder();
        using var elsewhere = new TempFolder();
        var file = elsewhere.File("a.yaml");

        var run = Sarif(new[] { Rules.UnknownUnit.At(new TextLocation(file, 3, 11, 3, 20, 0, 0), "unknown unit 'x'") }, new SourceRoot(root.Path)).GetProperty("runs")[0];

        var location = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(file).AbsoluteUri, location.GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void Fingerprints_stay_the_same_when_a_line_is_inserted_above_the_finding()
    {
        using var copy = new BrokenCopy();
        var before = CliRunner.Run("validate", "--format", "sarif", copy.Root);
        File.WriteAllText(copy.ReportPath, "# a comment inserted at the top\n" + File.ReadAllText(copy.ReportPath));

        var after = CliRunner.Run("validate", "--format", "sarif", copy.Root);

        var beforeResults = Results(before.Output);
        var afterResults = Results(after.Output);
        Assert.Equal(2, beforeResults.Count);
        Assert.Equal(beforeResults.Select(r => StartLine(r) + 1), afterResults.Select(StartLine));
        Assert.Equal(beforeResults.Select(Fingerprint), afterResults.Select(Fingerprint));
        Assert.All(afterResults, r => Assert.Matches("^[0-9a-f]{64}$", Fingerprint(r)));
        Assert.Equal(2, afterResults.Select(Fingerprint).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Identical_findings_in_one_file_get_different_fingerprints_and_a_changed_message_a_new_one()
    {
        using var temp = new TempFolder();
        var file = temp.File("a.yaml");
        var first = Rules.UnknownUnit.At(new TextLocation(file, 3, 11, 3, 20, 0, 0), "unknown unit 'x'");
        var second = Rules.UnknownUnit.At(new TextLocation(file, 9, 11, 9, 20, 0, 0), "unknown unit 'x'");
        var other = Rules.UnknownUnit.At(new TextLocation(file, 9, 11, 9, 20, 0, 0), "unknown unit 'y'");

        var twice = Results(Write(new[] { first, second }, new SourceRoot(temp.Path))).Select(Fingerprint).ToList();
        var once = Results(Write(new[] { first, other }, new SourceRoot(temp.Path))).Select(Fingerprint).ToList();

        Assert.NotEqual(twice[0], twice[1]);
        Assert.Equal(twice[0], once[0]);
        Assert.NotEqual(twice[1], once[1]);
    }

    [Fact]
    public void Columns_are_counted_in_utf16_code_units_as_the_run_declares()
    {
        // 𠀀 (U+20000) is one code point and two UTF-16 code units; the unknown field after it shows how columns count.
        const string Line = "  - {code: percent, name: \"𠀀\", english: percent, dimension: ratio, scale: 0.01, bogus: 1}";
        var files = SampleReports.Files().Select(f => f.Path.EndsWith("units.yaml", StringComparison.Ordinal) ? new InputFile(f.Path, "units:\n" + Line + "\n") : f).ToList();
        var finding = Assert.Single(DatasetCompiler.Compile(files).Findings, f => f.Id == "RS1002");

        var sarif = Sarif(new[] { finding });

        Assert.Equal("utf16CodeUnits", sarif.GetProperty("runs")[0].GetProperty("columnKind").GetString());
        Assert.Equal(Line.IndexOf("bogus", StringComparison.Ordinal) + 1, finding.Location.Column);
    }

    [Fact]
    public void The_same_findings_give_the_same_bytes_in_any_culture()
    {
        using var temp = new TempFolder();
        var findings = new[] { Rules.UnknownUnit.At(new TextLocation(temp.File("b.yaml"), 3, 11, 3, 20, 0, 0), "unknown unit 'x'"), Rules.InvalidKey.At(new TextLocation(temp.File("a.yaml"), 1, 1, 1, 2, 0, 0), "k") };

        var invariant = Write(findings, new SourceRoot(temp.Path));
        using (new CultureScope("tr-TR"))
        {
            Assert.Equal(invariant, Write(findings, new SourceRoot(temp.Path)));
        }
    }

    private static List<JsonElement> RuleDescriptors(JsonElement sarif) => sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

    private static List<JsonElement> Results(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

    private static int StartLine(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();

    private static string Fingerprint(JsonElement result) => result.GetProperty("partialFingerprints").GetProperty("reportsdkFinding/v1").GetString()!;

    private static JsonElement Sarif(IReadOnlyList<Finding> findings, SourceRoot? root = null) => JsonDocument.Parse(Write(findings, root)).RootElement;

    private static string Write(IReadOnlyList<Finding> findings, SourceRoot? root = null)
    {
        using var writer = new StringWriter();
        FindingWriter.Write(writer, findings, FindingFormat.Sarif, "1.0.0", root ?? new SourceRoot(Environment.CurrentDirectory));
        return writer.ToString();
    }
}
