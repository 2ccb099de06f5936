using System.Diagnostics;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary>
/// Commands given no path read <c>./data</c>, the default data folder; a folder that still calls it
/// <c>schemas</c>, its old name, keeps working for one more major version and hears so once, with
/// warning REPORTSDK0002 on standard error (the build gives the same, tests/ReportSdk.Tests/BuildTransitive).
/// These runs change the current folder, so they run alone.
/// </summary>
[Collection(nameof(CurrentFolderCollection))]
public class DefaultDataFolderTests
{
    private const string Warning = "reportsdk: warning REPORTSDK0002: no 'data' folder, so 'schemas' is read: 'schemas' is the old name of the data folder and the next major version stops reading it; rename it to 'data' (git mv schemas data)";

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("targets")]
    [InlineData("hash")]
    public void A_command_without_a_path_reads_data_here_without_a_warning(string command)
    {
        using var temp = new TempFolder();
        temp.CopyData();

        var result = InFolder(temp.Path, () => CliRunner.Run(command));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(InFolder(temp.Path, () => CliRunner.Run(command, "data")).Output, result.Output);
        Assert.DoesNotContain("REPORTSDK0002", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("targets")]
    [InlineData("hash")]
    public void A_command_without_a_path_still_reads_an_old_schemas_folder_and_warns_once(string command)
    {
        using var temp = new TempFolder();
        temp.CopyData("schemas");

        var result = InFolder(temp.Path, () => CliRunner.Run(command));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(InFolder(temp.Path, () => CliRunner.Run(command, "schemas")).Output, result.Output);
        Assert.Equal(Warning, Assert.Single(result.ErrorLines, l => l.Contains("REPORTSDK0002", StringComparison.Ordinal)));
    }

    [Fact]
    public void With_both_folders_data_is_read_and_an_old_schemas_folder_ignored()
    {
        using var temp = new TempFolder();
        temp.CopyData();
        var schemas = temp.CopyData("schemas");
        File.WriteAllText(Path.Combine(schemas, "units.yaml"), "units: [broken\n");

        var result = InFolder(temp.Path, () => CliRunner.Run("validate"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void A_path_given_is_read_as_given_even_when_it_is_schemas()
    {
        using var temp = new TempFolder();
        temp.CopyData("schemas");

        var result = InFolder(temp.Path, () => CliRunner.Run("validate", "schemas"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Init_and_new_report_write_into_data_by_default()
    {
        using var temp = new TempFolder();
        var source = temp.File("received.txt");
        File.Copy(Repo.DataFile("sources", "luoyang-2021-gwr.txt"), source);

        var init = InFolder(temp.Path, () => CliRunner.Run("init"));
        var added = InFolder(temp.Path, () => CliRunner.Run("new-report", "--source", source, "--id", "again-2021-gwr", "--region", "luoyang"));

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(temp.File("data", "units.yaml")), init.ToString());
        // ./data is the package's default: the project file needs no ReportSdkDataFolder.
        Assert.DoesNotContain(init.OutputLines, l => l.Contains("ReportSdkDataFolder", StringComparison.Ordinal));
        Assert.Contains("Next: reportsdk new-report --source FILE --id ID (the region is found in the text; --region to give it)", init.OutputLines);
        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.True(File.Exists(temp.File("data", "sources", "again-2021-gwr.txt")), added.ToString());
        Assert.True(File.Exists(temp.File("data", "reports", "luoyang", "again-2021-gwr.yaml")), added.ToString());
        Assert.DoesNotContain("REPORTSDK0002", init.Error + added.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_report_writes_into_an_old_schemas_folder_with_the_warning()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("init", temp.File("schemas")).ExitCode);
        var source = temp.File("received.txt");
        File.Copy(Repo.DataFile("sources", "luoyang-2021-gwr.txt"), source);

        var added = InFolder(temp.Path, () => CliRunner.Run("new-report", "--source", source, "--id", "again-2021-gwr", "--region", "luoyang"));

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.True(File.Exists(temp.File("schemas", "sources", "again-2021-gwr.txt")), added.ToString());
        Assert.False(Directory.Exists(temp.File("data")));
        Assert.Equal(Warning, Assert.Single(added.ErrorLines, l => l.Contains("REPORTSDK0002", StringComparison.Ordinal)));
    }

    [Fact]
    public void Diff_of_git_refs_reads_data_or_the_old_schemas_of_an_older_commit_with_the_warning()
    {
        using var temp = new TempFolder();
        var repo = temp.File("repo");
        Directory.CreateDirectory(repo);
        Git(repo, "init", "--quiet");
        temp.CopyData(Path.Combine("repo", "schemas"));
        Git(repo, "add", "-A");
        Git(repo, "commit", "--quiet", "-m", "old");
        Git(repo, "mv", "schemas", "data");
        Git(repo, "commit", "--quiet", "-m", "renamed");

        var result = InFolder(repo, () => CliRunner.Run("diff", "HEAD~1", "HEAD"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("smallest version bump allowed: none (", result.OutputLines[^1], StringComparison.Ordinal);
        var warning = Assert.Single(result.ErrorLines, l => l.Contains("REPORTSDK0002", StringComparison.Ordinal));
        Assert.StartsWith("reportsdk: warning REPORTSDK0002: HEAD~1: no 'data' folder, so 'schemas' is read", warning, StringComparison.Ordinal);
    }

    private static CliResult InFolder(string folder, Func<CliResult> run)
    {
        var before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(folder);
        try
        {
            return run();
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "test"), ("GIT_AUTHOR_EMAIL", "test@example.com"), ("GIT_COMMITTER_NAME", "test"), ("GIT_COMMITTER_EMAIL", "test@example.com") })
            start.Environment[name] = value;
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("commit.gpgsign=false");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
    }
}
