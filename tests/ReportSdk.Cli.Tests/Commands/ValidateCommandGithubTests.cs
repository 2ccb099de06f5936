using System.Text.Json;
using System.Text.RegularExpressions;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary><c>validate --format github</c> with more findings than GitHub shows, in and outside GitHub Actions.</summary>
public class ValidateCommandGithubTests
{
    [Fact]
    public void Many_errors_give_ten_annotations_a_notice_and_every_finding_in_the_step_summary()
    {
        using var temp = new TempFolder();
        var root = ManyUnknownUnits(temp);
        var summary = temp.File("step-summary.md");
        var total = JsonDocument.Parse(CliRunner.Run("validate", "--format", "json", root).Output).RootElement.GetProperty("findings").GetArrayLength();

        var result = CliRunner.RunWithEnvironment(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "validate", "--format", "github", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Error);
        Assert.True(total > 10, $"the broken copy has only {total} findings");
        Assert.Equal(10, result.OutputLines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        var notice = Assert.Single(result.OutputLines, l => l.StartsWith("::notice", StringComparison.Ordinal));
        Assert.Contains($"{total - 10} more errors", notice, StringComparison.Ordinal);
        Assert.Contains("see the step summary", notice, StringComparison.Ordinal);
        var rows = File.ReadAllLines(summary).Where(l => l.StartsWith("| error |", StringComparison.Ordinal)).ToList();
        Assert.Equal(total, rows.Count);
    }

    [Fact]
    public void Without_a_step_summary_the_notice_points_to_the_text_format()
    {
        using var temp = new TempFolder();
        var root = ManyUnknownUnits(temp);

        var result = CliRunner.Run("validate", "--format", "github", root);

        var notice = Assert.Single(result.OutputLines, l => l.StartsWith("::notice", StringComparison.Ordinal));
        Assert.Contains("run 'reportsdk validate --format text'", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_formats_leave_the_step_summary_alone()
    {
        using var temp = new TempFolder();
        var root = ManyUnknownUnits(temp);
        var summary = temp.File("step-summary.md");

        foreach (var format in new[] { "text", "json", "sarif" })
        {
            CliRunner.RunWithEnvironment(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "validate", "--format", format, root);
        }

        Assert.False(File.Exists(summary));
    }

    /// <summary>A copy of the data whose luoyang-2021-gwr names an unknown unit in every figure: well over ten errors.</summary>
    private static string ManyUnknownUnits(TempFolder temp)
    {
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        File.WriteAllText(report, Regex.Replace(File.ReadAllText(report), @"(?m)^(\s+unit: )[a-z0-9-]+$", "${1}no-such-unit"));
        return root;
    }
}
