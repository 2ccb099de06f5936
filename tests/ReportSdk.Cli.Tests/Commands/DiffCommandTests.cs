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

    private static (string Before, string After) Exports(TempFolder temp, string after)
    {
        var beforePath = temp.File("before.json");
        var afterPath = temp.File("after.json");
        File.WriteAllText(beforePath, ExportEdits.Export);
        File.WriteAllText(afterPath, after);
        return (beforePath, afterPath);
    }
}
