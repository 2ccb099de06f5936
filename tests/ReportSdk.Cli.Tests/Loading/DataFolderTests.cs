using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Loading;

/// <summary>
/// The data folder a command uses when given none (<see cref="DataFolder"/>): <c>data</c>; <c>schemas</c>,
/// its old name, only where there is no <c>data</c>, with warning REPORTSDK0002.
/// </summary>
public class DataFolderTests
{
    [Fact]
    public void The_default_is_data_with_no_warning()
    {
        using var temp = new TempFolder();
        temp.CopyData();

        Assert.Equal("data", Resolve(temp.Path, out var warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void The_default_is_data_in_a_folder_without_any_data_so_a_command_names_the_new_folder()
    {
        using var temp = new TempFolder();

        Assert.Equal("data", Resolve(temp.Path, out var warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Only_a_schemas_folder_is_read_with_one_warning_naming_the_old_name_and_the_next_major_version()
    {
        using var temp = new TempFolder();
        temp.CopyData("schemas");

        Assert.Equal("schemas", Resolve(temp.Path, out var warnings));
        var (code, message) = Assert.Single(warnings);
        Assert.Equal("REPORTSDK0002", code);
        Assert.Contains("'schemas' is the old name of the data folder", message, StringComparison.Ordinal);
        Assert.Contains("next major version", message, StringComparison.Ordinal);
        Assert.Contains("git mv schemas data", message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_both_folders_data_is_read_and_schemas_left_alone()
    {
        using var temp = new TempFolder();
        temp.CopyData();
        temp.CopyData("schemas");

        Assert.Equal("data", Resolve(temp.Path, out var warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void A_file_named_data_is_no_reason_to_read_schemas()
    {
        using var temp = new TempFolder();
        temp.CopyData("schemas");
        File.WriteAllText(temp.File("data"), "");

        Assert.Equal("data", Resolve(temp.Path, out var warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void The_build_gives_the_same_code_and_words()
    {
        var targets = File.ReadAllText(Path.Combine(Repo.Root, "src", "ReportSdk", "buildTransitive", "ReportSdk.targets"));

        Assert.Contains($"<Warning Code=\"{DataFolder.OldNameCode}\" Text=\"{DataFolder.OldNameMessage}, or set ReportSdkDataFolder.\" />", targets, StringComparison.Ordinal);
    }

    private static string Resolve(string directory, out List<(string Code, string Message)> warnings)
    {
        var found = new List<(string, string)>();
        var folder = DataFolder.Resolve((code, message) => found.Add((code, message)), directory);
        warnings = found;
        return folder;
    }
}
