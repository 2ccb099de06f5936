using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Curation.EditorSchemas;

namespace ReportSdk.Cli.Tests.Commands;

public class InitCommandTests
{
    private static readonly string[] Files =
    {
        "units.yaml", "indicators.yaml", "regions.yaml", "codes.schema.json", "report.schema.json", "registry.schema.json",
        "reports/luoyang/headline-2021.yaml", "sources/headline-2021.txt",
    };

    [Fact]
    public void Writes_registries_schemas_and_a_sample_that_validates_together()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");

        var result = CliRunner.Run("init", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal(Files.Select(f => $"wrote {CliRunner.Display(Path.Combine(data, f))}"), result.OutputLines.Take(Files.Length));
        Assert.Contains("the sample report validates: 1 report, 0 errors", result.OutputLines);
        foreach (var name in new[] { "units.yaml", "indicators.yaml", "regions.yaml", "codes.schema.json", "report.schema.json", "registry.schema.json" })
        {
            Assert.Equal(File.ReadAllBytes(Repo.DataFile(name)), File.ReadAllBytes(Path.Combine(data, name)));
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "samples", "OwnReports", "data", "sources", "headline-2021.txt")), File.ReadAllBytes(Path.Combine(data, "sources", "headline-2021.txt")));
        var validate = CliRunner.Run("validate", data);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("5 files, 1 valid reports, 0 errors", validate.OutputLines[^1]);
    }

    [Fact]
    public void Prints_the_package_reference_and_the_data_folder_when_it_is_not_data()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("init", temp.File("data"));

        Assert.Contains($"    <PackageReference Include=\"ReportSdk\" Version=\"{ReportSdk.Cli.Commands.CommandContext.ToolVersion}\" />", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("    <ReportSdkDataFolder>", StringComparison.Ordinal) && l.EndsWith("/data</ReportSdkDataFolder>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reportsdk_built_from_source_says_how_to_get_a_package_of_its_version()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("init", temp.File("data"));

        Assert.Contains(result.OutputLines, l => l.Contains("built from source: no package feed has it yet", StringComparison.Ordinal) && l.Contains("dotnet pack ReportSdk.sln", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_to_overwrite_naming_the_existing_files_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.File("data")).FullName;
        File.WriteAllText(Path.Combine(data, "units.yaml"), "units: []\n");
        Directory.CreateDirectory(Path.Combine(data, "sources"));
        File.WriteAllText(Path.Combine(data, "sources", "headline-2021.txt"), "mine\n");

        var result = CliRunner.Run("init", data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"'{CliRunner.Display(Path.Combine(data, "units.yaml"))}'", line, StringComparison.Ordinal);
        Assert.Contains($"'{CliRunner.Display(Path.Combine(data, "sources", "headline-2021.txt"))}'", line, StringComparison.Ordinal);
        Assert.Equal(new[] { "sources/headline-2021.txt", "units.yaml" }, Directory.GetFiles(data, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(data, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("units: []\n", File.ReadAllText(Path.Combine(data, "units.yaml")));
    }

    [Fact]
    public void The_code_lists_are_those_of_the_registries_written()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        CliRunner.Run("init", data);

        var schema = CliRunner.Run("schema", data);

        Assert.All(schema.OutputLines, l => Assert.EndsWith(")", l));
        Assert.All(schema.OutputLines, l => Assert.Contains("is up to date", l, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(data, CodeListSchemaWriter.FileName)));
        Assert.Empty(DatasetLoader.Load(new[] { data }).Findings);
    }
}
