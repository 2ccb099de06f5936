using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests;

/// <summary>The command line itself: usage errors exit 2 with a message on standard error and nothing on standard output.</summary>
public class ProgramTests
{
    [Fact]
    public void No_command_prints_the_help_on_standard_error_and_exits_2()
    {
        var result = CliRunner.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("Usage:\n  reportsdk [command] [options]", result.Error.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("new-report", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("valdate", "validate")]
    [InlineData("Validate", "validate")]
    [InlineData("tagrets", "targets")]
    [InlineData("hsah", "hash")]
    [InlineData("new-reprot", "new-report")]
    public void A_mistyped_command_gets_a_suggestion(string typed, string meant)
    {
        var result = CliRunner.Run(typed, Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"reportsdk: unknown command '{typed}'; did you mean '{meant}'?", result.ErrorLines[0]);
        Assert.Equal(2, result.ErrorLines.Count);
    }

    [Fact]
    public void A_mistyped_option_and_option_value_get_suggestions()
    {
        Assert.Equal("reportsdk: unknown option '--yeer'; did you mean '--year'?", CliRunner.Run("targets", "--yeer", "2021").ErrorLines[0]);
        Assert.Equal("reportsdk: --format takes one of text, github, sarif, json, not 'jsno'; did you mean 'json'?", CliRunner.Run("validate", "--format", "jsno").ErrorLines[0]);
    }

    [Fact]
    public void An_option_value_of_the_wrong_type_is_explained_in_words()
    {
        var result = CliRunner.Run("targets", "--year", "abc", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportsdk: --year takes a whole number, e.g. 2021, not 'abc'", result.ErrorLines[0]);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_says_so_in_words()
        => Assert.Equal("reportsdk: --out needs a value", CliRunner.Run("export", "--out").ErrorLines[0]);

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("new-report")]
    public void Help_command_prints_the_same_help_as_the_option_and_exits_0(params string[] command)
    {
        var result = CliRunner.Run(new[] { "help" }.Concat(command).ToArray());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CliRunner.Run(command.Append("--help").ToArray()).Output, result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Help_of_an_unknown_command_is_a_usage_error_with_a_suggestion()
    {
        var result = CliRunner.Run("help", "valdate");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportsdk: unknown command 'valdate'; did you mean 'validate'?", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("Validate")]
    [InlineData("coverage-typo")]
    public void Unknown_command_is_a_usage_error(string command)
    {
        var result = CliRunner.Run(command);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"'{command}'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("targets")]
    public void Unknown_option_is_a_usage_error(string command)
    {
        var result = CliRunner.Run(command, "--no-such-option", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("unknown option '--no-such-option'", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Theory]
    [InlineData("validate", "xml")]
    [InlineData("validate", "TEXT")]
    [InlineData("validate", "csv")]
    [InlineData("export", "xml")]
    [InlineData("export", "sarif")]
    public void Unknown_format_value_is_a_usage_error(string command, string format)
    {
        var result = CliRunner.Run(command, "--format", format, Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains($"'{format}'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "--format")]
    [InlineData("export", "--format")]
    [InlineData("export", "--out")]
    [InlineData("targets", "--indicator")]
    [InlineData("targets", "--region")]
    [InlineData("targets", "--year")]
    public void Option_without_its_value_is_a_usage_error(string command, string option)
    {
        var result = CliRunner.Run(command, option);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("targets")]
    public void Missing_path_is_a_usage_error_that_names_the_path(string command)
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-folder");

        var result = CliRunner.Run(command, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("no such file or folder", result.Error, StringComparison.Ordinal);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Missing_path_next_to_an_existing_one_is_still_a_usage_error()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", Repo.Data, temp.File("missing.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData]
    [InlineData("only-one.json")]
    public void Diff_without_both_files_is_a_usage_error(params string[] files)
    {
        var result = CliRunner.Run(new[] { "diff" }.Concat(files).ToArray());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("diff", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_that_is_not_a_number_is_a_usage_error()
    {
        var result = CliRunner.Run("targets", "--year", "twenty", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("'twenty'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate", result.Output, StringComparison.Ordinal);
        Assert.Contains("export", result.Output, StringComparison.Ordinal);
        Assert.Contains("targets", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_says_usage_reportsdk_whatever_the_executable_is_called()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  reportsdk [command] [options]", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("ReportSdk.Cli", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_a_command_names_reportsdk_in_its_usage_line()
        => Assert.Contains("reportsdk validate [<paths>...] [options]", CliRunner.Run("validate", "--help").Output, StringComparison.Ordinal);

    [Fact]
    public void Version_is_still_an_option_of_the_named_root_command()
    {
        // In process the version is the test host's (System.CommandLine reads the entry assembly); the line is what counts here.
        var result = CliRunner.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("targets")]
    public void Help_of_a_command_lists_its_format_or_filters_and_exits_0(string command)
    {
        var result = CliRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(command == "targets" ? "--indicator" : "--format", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }
}
