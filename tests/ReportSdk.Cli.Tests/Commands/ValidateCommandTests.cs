using System.Text.Json;
using System.Text.RegularExpressions;
using ReportSdk.Cli.Commands;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private static readonly Regex Summary = new(@"^(?<files>\d+) files, (?<valid>\d+) valid reports, (?<errors>\d+) errors$", RegexOptions.CultureInvariant);

    [Fact]
    public void Curated_data_is_valid_and_exits_0()
    {
        var result = CliRunner.Run("validate", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        var line = Assert.Single(result.OutputLines);
        var summary = Summary.Match(line);
        Assert.True(summary.Success, line);
        Assert.Equal(Reports.All.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Groups["valid"].Value);
        Assert.Equal("0", summary.Groups["errors"].Value);
        var dataFiles = Directory.EnumerateFiles(Repo.Data, "*", SearchOption.AllDirectories)
            .Count(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(dataFiles.ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Groups["files"].Value);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Curated_data_is_valid_in_every_format(string format)
    {
        var result = CliRunner.Run("validate", "--format", format, Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        if (format == "github") Assert.Equal("", result.Output);
        if (format == "json") Assert.Equal(0, JsonDocument.Parse(result.Output).RootElement.GetProperty("findings").GetArrayLength());
        if (format == "sarif") Assert.Equal(0, JsonDocument.Parse(result.Output).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void A_single_report_file_is_validated_against_the_registries_above_it()
    {
        var result = CliRunner.Run("validate", Repo.DataFile("reports", "luoyang", "luoyang-2021-gwr.yaml"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("1 files, 1 valid reports, 0 errors", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void The_reports_folder_alone_is_validated_against_the_registries_above_it()
    {
        var result = CliRunner.Run("validate", Repo.DataFile("reports"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith($", {Reports.All.Count} valid reports, 0 errors", Assert.Single(result.OutputLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_quote_and_unknown_unit_give_one_located_text_line_each_and_exit_1()
    {
        using var copy = new BrokenCopy();

        var result = CliRunner.Run("validate", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, result.OutputLines.Count);
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        var quote = Assert.Single(findings, f => f.Id == "RS3001");
        Assert.Equal(copy.DisplayPath, quote.File);
        Assert.Equal("luoyang-2021-gwr.yaml", Path.GetFileName(quote.File));
        Assert.Equal((copy.QuoteLine, copy.QuoteColumn), (quote.Line, quote.Column));
        Assert.Equal("error", quote.Level);
        Assert.Contains(copy.EditedQuote, quote.Message, StringComparison.Ordinal);
        var unit = Assert.Single(findings, f => f.Id == "RS2002");
        Assert.Equal(copy.DisplayPath, unit.File);
        Assert.Equal((copy.UnitLine, copy.UnitColumn), (unit.Line, unit.Column));
        Assert.Equal("error", unit.Level);
        Assert.Contains(BrokenCopy.UnknownUnit, unit.Message, StringComparison.Ordinal);
        // ordered by line
        Assert.Equal(findings.OrderBy(f => f.Line).ToList(), findings);
        // the summary goes to standard error when there are errors; the other reports stay valid
        var summary = Summary.Match(Assert.Single(result.ErrorLines));
        Assert.True(summary.Success, result.Error);
        Assert.Equal((Reports.All.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Groups["valid"].Value);
        Assert.Equal("2", summary.Groups["errors"].Value);
    }

    [Fact]
    public void Github_format_prints_one_workflow_command_per_finding()
    {
        using var copy = new BrokenCopy();

        var result = CliRunner.Run("validate", "--format", "github", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal(2, result.OutputLines.Count);
        var file = copy.DisplayPath.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
        var quote = result.OutputLines[0];
        Assert.StartsWith($"::error file={file},line={copy.QuoteLine},col={copy.QuoteColumn},", quote, StringComparison.Ordinal);
        Assert.Contains(",title=RS3001::", quote, StringComparison.Ordinal);
        // '%' in the message (the quote holds "8%") is escaped for GitHub as %25
        Assert.Contains("%25", quote.Substring(quote.IndexOf("::", 2, StringComparison.Ordinal)), StringComparison.Ordinal);
        var unit = result.OutputLines[1];
        Assert.StartsWith($"::error file={file},line={copy.UnitLine},col={copy.UnitColumn},", unit, StringComparison.Ordinal);
        Assert.Contains(",title=RS2002::", unit, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_format_is_valid_sarif_json_with_one_result_per_finding()
    {
        using var copy = new BrokenCopy();

        var result = CliRunner.Run("validate", "--format", "sarif", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        using var sarif = JsonDocument.Parse(result.Output);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("reportsdk", driver.GetProperty("name").GetString());
        Assert.Equal(CommandContext.ToolVersion, driver.GetProperty("version").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(new[] { "RS3001", "RS2002" }, results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.All(results, r =>
        {
            Assert.Contains(r.GetProperty("ruleId").GetString(), ruleIds);
            Assert.Equal("error", r.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            // the copy is in the temporary folder, outside the repository the tests run in: an absolute URI, no base
            Assert.Equal(new Uri(copy.DisplayPath).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.False(location.GetProperty("artifactLocation").TryGetProperty("uriBaseId", out _));
        });
        var quoteRegion = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(copy.QuoteLine, quoteRegion.GetProperty("startLine").GetInt32());
        Assert.Equal(copy.QuoteColumn, quoteRegion.GetProperty("startColumn").GetInt32());
        var unitRegion = results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(copy.UnitLine, unitRegion.GetProperty("startLine").GetInt32());
        Assert.Equal(copy.UnitColumn, unitRegion.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Json_format_is_the_tool_its_version_and_one_object_per_finding()
    {
        using var copy = new BrokenCopy();

        var result = CliRunner.Run("validate", "--format", "json", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("reportsdk", document.RootElement.GetProperty("tool").GetString());
        Assert.Equal(CommandContext.ToolVersion, document.RootElement.GetProperty("version").GetString());
        var json = document.RootElement.GetProperty("findings");
        Assert.Equal(2, json.GetArrayLength());
        var quote = json[0];
        Assert.Equal("RS3001", quote.GetProperty("id").GetString());
        Assert.Equal("error", quote.GetProperty("level").GetString());
        Assert.Equal(copy.DisplayPath, quote.GetProperty("file").GetString());
        Assert.Equal(copy.QuoteLine, quote.GetProperty("line").GetInt32());
        Assert.Equal(copy.QuoteColumn, quote.GetProperty("column").GetInt32());
        Assert.Contains(copy.EditedQuote, quote.GetProperty("message").GetString(), StringComparison.Ordinal);
        var unit = json[1];
        Assert.Equal("RS2002", unit.GetProperty("id").GetString());
        Assert.Equal(copy.UnitLine, unit.GetProperty("line").GetInt32());
        Assert.Equal(copy.UnitColumn, unit.GetProperty("column").GetInt32());
    }

    [Fact]
    public void A_report_copied_under_another_name_is_a_duplicate_and_exits_1()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var original = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        File.Copy(original, Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr-copy.yaml"));

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("RS2008", f.Id));
    }

    [Fact]
    public void A_copy_of_the_curated_data_elsewhere_is_valid()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
