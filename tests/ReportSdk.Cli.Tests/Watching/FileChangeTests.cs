using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Cli.Watching;

namespace ReportSdk.Cli.Tests.Watching;

/// <summary>What <c>validate --watch</c> says changed: each path once, whole, and renames, moves and removed folders by name.</summary>
public class FileChangeTests
{
    [Fact]
    public void A_renamed_report_is_named_by_its_old_path_and_new_name()
    {
        using var temp = new TempFolder();
        var renamed = temp.File("reports", "luoyang", "b.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(renamed)!);
        File.WriteAllText(renamed, "id: b\n");

        var said = FileChange.Describe([new FileChange(renamed, temp.File("reports", "luoyang", "a.yaml"))]);

        Assert.Equal($"{CliRunner.Display(temp.File("reports", "luoyang", "a.yaml"))} renamed to b.yaml", said);
    }

    [Fact]
    public void A_report_moved_to_another_folder_is_named_by_both_paths()
    {
        using var temp = new TempFolder();
        var moved = temp.File("reports", "jianxi", "a.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        File.WriteAllText(moved, "id: a\n");

        var said = FileChange.Describe([new FileChange(moved, temp.File("reports", "luoyang", "a.yaml"))]);

        Assert.Equal($"{CliRunner.Display(temp.File("reports", "luoyang", "a.yaml"))} moved to {CliRunner.Display(moved)}", said);
    }

    [Fact]
    public void A_folder_removed_with_its_files_is_said_as_the_folder()
    {
        using var temp = new TempFolder();
        var reports = temp.File("reports");

        var said = FileChange.Describe([new FileChange(Path.Combine(reports, "luoyang", "a.yaml")), new FileChange(Path.Combine(reports, "luoyang")), new FileChange(reports)]);

        Assert.Equal($"{CliRunner.Display(reports)} removed (moved away or deleted)", said);
    }

    [Fact]
    public void A_save_through_a_backup_copy_is_said_as_a_change_of_the_file()
    {
        using var temp = new TempFolder();
        var report = temp.File("a.yaml");
        File.WriteAllText(report, "id: a\n");
        File.WriteAllText(temp.File("a.yaml~"), "id: old\n");

        var said = FileChange.Describe([new FileChange(temp.File("a.yaml~"), report), new FileChange(report)]);

        Assert.Equal($"{CliRunner.Display(report)} changed", said);
    }

    [Fact]
    public void Only_data_files_and_folders_matter()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("reports"));

        Assert.True(FileChange.Matters(temp.File("a.yaml")));
        Assert.True(FileChange.Matters(temp.File("sources", "a.txt")));
        Assert.True(FileChange.Matters(temp.File("reports")));
        Assert.True(FileChange.Matters(temp.File("gone-folder")));
        Assert.False(FileChange.Matters(temp.File("a.yaml~")));
        Assert.False(FileChange.Matters(temp.File(".a.yaml.swp")));
    }
}
