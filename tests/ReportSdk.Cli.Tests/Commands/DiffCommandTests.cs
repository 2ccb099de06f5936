using ReportSdk.Cli.Commands;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary><c>reportsdk diff OLD NEW --fail-on major|minor|patch</c> on two export files.</summary>
public class DiffCommandTests
{
    /// <summary>A change of each size to luoyang-2021-gwr.</summary>
    private static string Changed(string size) => size switch
    {
        "patch" => ExportEdits.Edit(report => ExportEdits.Figure(report, "targets", "gdp-growth")["value"] = 9),
        "minor" => ExportEdits.Edit(ExportEdits.AddSection),
        "major" => ExportEdits.Edit(report => ExportEdits.RemoveFigure(report, "targets", "new-credit")),
        _ => ExportEdits.Export,
    };

    [Theory]
    [InlineData("patch", "patch", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("patch", "minor", ExitCodes.Ok)]
    [InlineData("patch", "major", ExitCodes.Ok)]
    [InlineData("minor", "patch", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("minor", "minor", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("minor", "major", ExitCodes.Ok)]
    [InlineData("major", "patch", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("major", "minor", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("major", "major", ExitCodes.BumpAtLeastFailOn)]
    [InlineData("none", "patch", ExitCodes.Ok)]
    public void Fail_on_exits_3_when_the_change_needs_that_bump_or_a_larger_one(string change, string failOn, int exitCode)
    {
        using var temp = new TempFolder();
        var (before, after) = Exports(temp, Changed(change));

        var result = CliRunner.Run("diff", before, after, "--fail-on", failOn);

        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.StartsWith($"smallest version bump allowed: {change} (", result.OutputLines[^1], StringComparison.Ordinal);
        if (exitCode == ExitCodes.Ok)
        {
            Assert.Equal("", result.Error);
        }
        else
        {
            Assert.Equal($"reportsdk: the changes need a {change} version bump (--fail-on {failOn})", Assert.Single(result.ErrorLines));
        }
    }

    [Fact]
    public void Exit_code_3_is_not_a_data_error_or_a_usage_error()
    {
        Assert.NotEqual(ExitCodes.DataErrors, ExitCodes.BumpAtLeastFailOn);
        Assert.NotEqual(ExitCodes.Usage, ExitCodes.BumpAtLeastFailOn);
        Assert.Equal(3, ExitCodes.BumpAtLeastFailOn);
    }

    [Fact]
    public void Without_fail_on_a_major_change_still_exits_0()
    {
        using var temp = new TempFolder();
        var (before, after) = Exports(temp, Changed("major"));

        var result = CliRunner.Run("diff", before, after);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Theory]
    [InlineData("huge")]
    [InlineData("Major")]
    [InlineData("none")]
    [InlineData("")]
    public void An_unknown_fail_on_value_is_a_usage_error_that_names_the_accepted_ones(string value)
    {
        using var temp = new TempFolder();
        var (before, after) = Exports(temp, Changed("major"));

        var result = CliRunner.Run("diff", before, after, "--fail-on", value);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains($"--fail-on takes major, minor or patch, not '{value}'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_without_a_value_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var (before, after) = Exports(temp, Changed("major"));

        var result = CliRunner.Run("diff", before, after, "--fail-on");

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains("--fail-on", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_diff_lists_fail_on_and_its_exit_code()
    {
        var result = CliRunner.Run("diff", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--fail-on <major|minor|patch>", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit 3 when", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"value\": 8,", "\"value\": 1e-400,", "plain notation")]
    [InlineData("\"title\": \"政府工作报告\"", "\"title\": \"\\ud800\"", "not valid text")]
    public void An_export_the_loader_refuses_is_a_data_error_naming_its_json_path(string oldText, string newText, string message)
    {
        using var temp = new TempFolder();
        Assert.Contains(oldText, ExportEdits.Export, StringComparison.Ordinal);
        var (before, after) = Exports(temp, ExportEdits.Export.Replace(oldText, newText, StringComparison.Ordinal));

        var result = CliRunner.Run("diff", before, after);

        Assert.True(result.ExitCode == ExitCodes.DataErrors, result.ToString());
        Assert.Contains("is not an export that ReportDataset.Load accepts: ReportSdk export, reports[", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public void An_export_larger_than_the_input_limit_is_a_usage_error_that_says_how_to_raise_it()
    {
        using var temp = new TempFolder();
        var (before, after) = Exports(temp, ExportEdits.Export + new string(' ', 2 * 1024 * 1024));

        var refused = CliRunner.RunWithEnvironment(new Dictionary<string, string> { ["REPORTSDK_MAX_INPUT_MB"] = "1" }, "diff", before, after);
        var raised = CliRunner.RunWithEnvironment(new Dictionary<string, string> { ["REPORTSDK_MAX_INPUT_MB"] = "3" }, "diff", before, after);

        Assert.True(refused.ExitCode == ExitCodes.Usage, refused.ToString());
        Assert.Equal($"reportsdk: {after} is larger than the limit of 1 MiB for one input; set REPORTSDK_MAX_INPUT_MB to raise it", refused.ErrorLines.Single());
        Assert.True(raised.ExitCode == ExitCodes.Ok, raised.ToString());
    }

    [Fact]
    public void A_fifo_or_a_device_is_refused_without_being_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var (before, _) = Exports(temp, ExportEdits.Export);
        var fifo = temp.File("fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        foreach (var input in new[] { fifo, "/dev/zero" })
        {
            var result = CliRunner.Run("diff", before, input);

            Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
            Assert.Equal($"reportsdk: {input} is empty or not a regular file (a FIFO, a device); give a file", result.ErrorLines.Single());
        }
    }

    private static (string Before, string After) Exports(TempFolder temp, string after)
    {
        var beforePath = temp.File("before.json");
        var afterPath = temp.File("after.json");
        File.WriteAllText(beforePath, ExportEdits.Export);
        File.WriteAllText(afterPath, after);
        return (beforePath, afterPath);
    }

    [Fact]
    public void Data_given_with_two_export_files_is_a_usage_error_not_ignored()
    {
        using var temp = new TempFolder();
        var export = temp.File("dataset.json");
        Assert.Equal(0, CliRunner.Run("export", Repo.Data, "--out", export).ExitCode);

        var result = CliRunner.Run("diff", export, export, "--data", "data");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportsdk: --data is for git refs only, and both versions are export files: leave it out", Assert.Single(result.ErrorLines));
    }
}
