using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Output;

/// <summary>An empty, blank, '-' or multi-line value is a usage error naming the option, for every command, before the command runs.</summary>
public class TextValuesTests
{
    [Theory]
    [InlineData("site", "--out", "", "--out is empty: give a value (see 'reportsdk help site')")]
    [InlineData("export", "--out", "   ", "--out is only spaces: give a value (see 'reportsdk help export')")]
    [InlineData("export", "--out", "-", "--out '-': reportsdk reads and writes files by name, not standard input or output through '-'; give a file or folder (see 'reportsdk help export')")]
    [InlineData("targets", "--indicator", "gdp-growth\n", "--indicator 'gdp-growth\\n' holds a line break or another control character: give the value on one line (see 'reportsdk help targets')")]
    public void A_value_no_option_takes_is_a_usage_error_that_names_the_option(string command, string option, string value, string message)
    {
        var result = CliRunner.Run(command, Repo.Data, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["reportsdk: " + message, "Run 'reportsdk --help' for usage."], result.ErrorLines);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    public void A_path_argument_no_file_can_have_is_a_usage_error(string path)
    {
        var result = CliRunner.Run("validate", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reportsdk: <paths> ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("unknown option", result.Error, StringComparison.Ordinal);
    }
}
