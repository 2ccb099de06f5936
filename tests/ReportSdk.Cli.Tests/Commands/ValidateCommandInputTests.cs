using System.Text.Json;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary>
/// What validate is given: paths without reports, symbolic link loops, truncated files and
/// values with line breaks, each reported once, on one line, at a place inside the file.
/// </summary>
public class ValidateCommandInputTests
{
    // ---- no report files ----

    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void An_empty_folder_has_no_report_files_and_is_a_usage_error_in_every_format(string format)
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", "--format", format, temp.Path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Equal($"reportsdk: no report files (*.yaml) under '{temp.Path}'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Registries_alone_are_no_report_files_and_a_usage_error()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        Directory.Delete(Path.Combine(root, "reports"), recursive: true);

        foreach (var path in new[] { root, Path.Combine(root, "units.yaml") })
        {
            var result = CliRunner.Run("validate", path);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Output);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith($"reportsdk: no report files (*.yaml) under '{path}'", line, StringComparison.Ordinal);
            Assert.Contains("only registries", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Source_texts_alone_are_no_report_files_and_a_usage_error()
    {
        var result = CliRunner.Run("validate", Repo.DataFile("sources"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("no report files", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_reports_beside_one_with_reports_is_fine()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", Repo.Data, temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    // ---- symbolic link loops ----

    [Fact]
    public void A_folder_symlink_loop_is_one_warning_each_and_the_real_files_are_validated_once()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var plain = CliRunner.Run("validate", root);
        var self = Path.Combine(root, "self");
        var up = Path.Combine(root, "reports", "luoyang", "up");
        if (!SymbolicLinks.TryFolder(self, ".")) return;
        SymbolicLinks.TryFolder(up, "..");

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(plain.Output, result.Output);
        Assert.Equal(2, result.ErrorLines.Count);
        Assert.All(result.ErrorLines, line => Assert.StartsWith("reportsdk: warning: not following '", line, StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, line => line.Contains($"'{CliRunner.Display(self)}'", StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, line => line.Contains($"'{CliRunner.Display(up)}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_symlink_loop_beside_a_broken_report_reports_each_finding_once()
    {
        using var copy = new BrokenCopy();
        if (!SymbolicLinks.TryFolder(Path.Combine(copy.Root, "reports", "loop"), "..")) return;

        var result = CliRunner.Run("validate", "--format", "json", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(new[] { "RS3001", "RS2002" }, json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Contains("symlink loop", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    // ---- one finding, one line ----

    [Fact]
    public void Line_breaks_in_a_value_echoed_in_a_message_keep_one_finding_per_line()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var yaml = File.ReadAllText(report);
        var at = yaml.IndexOf("    unit: percent\n", StringComparison.Ordinal);
        // YAML escapes: \n is a line feed, \r a carriage return, \L U+2028, \N U+0085, \e ESC
        File.WriteAllText(report, yaml.Substring(0, at) + "    unit: \"per\\ncent\\r\\L\\N\\e[31m\"\n" + yaml.Substring(at + "    unit: percent\n".Length));

        var text = CliRunner.Run("validate", root);
        var github = CliRunner.Run("validate", "--format", "github", root);
        var json = CliRunner.Run("validate", "--format", "json", root);

        Assert.Equal(1, text.ExitCode);
        using var findings = JsonDocument.Parse(json.Output);
        var unit = Assert.Single(findings.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "RS2002");
        // escaped by the compiler, where the message is made: the build, the IDE and every format show the same line
        Assert.Contains("per\\ncent\\r\\u2028\\u0085\\u001b[31m", unit.GetProperty("message").GetString(), StringComparison.Ordinal);
        var count = findings.RootElement.GetProperty("findings").GetArrayLength();
        foreach (var output in new[] { text.Output, github.Output })
        {
            var lines = System.Text.RegularExpressions.Regex.Split(output.TrimEnd('\n', '\r'), "\r\n|\r|\n|\u0085|\u2028|\u2029");
            Assert.Equal(count, lines.Length); // the summary goes to standard error when there are errors
            Assert.DoesNotContain(output, c => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029'));
        }
        var line = Assert.Single(text.OutputLines.Select(FindingLine.Parse), f => f.Id == "RS2002");
        Assert.Contains("per\\ncent\\r\\u2028\\u0085\\u001b[31m", line.Message, StringComparison.Ordinal);
    }

    // ---- locations inside the file ----

    /// <summary>Where the report is cut, what its last line becomes, and whether the YAML reader gives up at the end of the file.</summary>
    public static TheoryData<string, string, bool> Truncations => new()
    {
        { "in the middle of a quoted string", "    quote: \"生产总值增", true },
        { "in the middle of a flow mapping", "speaker: {name: 刘宛康, ti", true },
        { "after a key", "    quote:", false },
        { "after a key, with CRLF line ends", "    quote:\r\n", false },
        { "in the middle of a quoted string, with CRLF line ends", "    quote: \"生产总值增\r\n", true },
        { "in a flow list, ending in CRLF", "    note: [a, b\r\n", true },
    };

    [Theory]
    [MemberData(nameof(Truncations))]
    public void Truncated_report_gives_findings_located_inside_the_file(string name, string ending, bool syntaxErrorAtTheEnd)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        const string BlockSpeaker = "speaker:\n  name: 刘宛康\n  title: 洛阳市人民政府市长\n";
        var original = File.ReadAllText(report);
        Assert.Contains(BlockSpeaker, original, StringComparison.Ordinal);
        var yaml = original.Replace(BlockSpeaker, "speaker: {name: 刘宛康, title: 洛阳市人民政府市长}\n", StringComparison.Ordinal);
        var crlf = ending.Contains('\r', StringComparison.Ordinal);
        var cut = ending.StartsWith("speaker", StringComparison.Ordinal) ? yaml.IndexOf("speaker: {", StringComparison.Ordinal) : yaml.IndexOf("    quote: \"生产总值增长8%以上\"", StringComparison.Ordinal);
        var text = yaml.Substring(0, cut) + ending.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (crlf) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(report, text);

        var result = CliRunner.Run("validate", "--format", "json", root);

        Assert.True(result.ExitCode == 1, name + "\n" + result);
        using var json = JsonDocument.Parse(result.Output);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        var inReport = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("file").GetString() == CliRunner.Display(report)).ToList();
        Assert.NotEmpty(inReport);
        foreach (var finding in inReport)
        {
            int Get(string property) => finding.GetProperty(property).GetInt32();
            var where = $"{name}: {finding} in {lines.Count} lines, the last {lines[^1].Length} long";
            Assert.True(Get("line") >= 1 && Get("line") <= lines.Count, where);
            Assert.True(Get("endLine") >= Get("line") && Get("endLine") <= lines.Count, where);
            Assert.True(Get("column") >= 1 && Get("column") <= lines[Get("line") - 1].Length + 1, where);
            Assert.True(Get("endColumn") >= 1 && Get("endColumn") <= lines[Get("endLine") - 1].Length + 1, where);
        }
        if (syntaxErrorAtTheEnd)
        {
            // YamlDotNet places it after the end of the text: one line further, or one column
            var syntax = Assert.Single(inReport);
            Assert.Equal("RS1001", syntax.GetProperty("id").GetString());
            Assert.Equal((lines.Count, lines[^1].Length + 1), (syntax.GetProperty("endLine").GetInt32(), syntax.GetProperty("endColumn").GetInt32()));
        }
    }

    [Fact]
    public void Empty_and_bom_only_reports_are_located_at_their_start()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var empty = Path.Combine(root, "reports", "luoyang", "empty.yaml");
        var bom = Path.Combine(root, "reports", "luoyang", "bom.yaml");
        File.WriteAllBytes(empty, Array.Empty<byte>());
        File.WriteAllBytes(bom, new byte[] { 0xEF, 0xBB, 0xBF });

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.Equal(new[] { CliRunner.Display(bom), CliRunner.Display(empty) }, findings.Select(f => f.File).Distinct());
        Assert.All(findings, f => Assert.Equal((1, 1), (f.Line, f.Column)));
        Assert.Matches($"^\\d+ files, {Reports.All.Count} valid reports, {findings.Count} errors$", Assert.Single(result.ErrorLines));
    }
}
