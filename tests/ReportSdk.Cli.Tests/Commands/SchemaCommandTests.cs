using System.Text;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Curation.EditorSchemas;

namespace ReportSdk.Cli.Tests.Commands;

public class SchemaCommandTests
{
    private const string NewUnit = "  - {code: acres, name: 英亩, english: acres, dimension: land-area, scale: 6.07}\n";

    [Fact]
    public void Writes_the_bundled_codes_schema_into_the_data_folder()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var target = Path.Combine(root, CodeListSchemaWriter.FileName);
        File.Delete(target);

        var result = CliRunner.Run("schema", root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal(
            [
                $"wrote {CliRunner.Display(target)} (46 units, 92 indicators, 3 regions, 6 section roles)",
                $"{CliRunner.Display(Path.Combine(root, "report.schema.json"))} is up to date (the tool's copy)",
                $"{CliRunner.Display(Path.Combine(root, "registry.schema.json"))} is up to date (the tool's copy)",
            ],
            result.OutputLines);
        Assert.Equal(File.ReadAllBytes(Repo.DataFile(CodeListSchemaWriter.FileName)), File.ReadAllBytes(target));
    }

    [Fact]
    public void A_unit_added_to_the_registries_appears_in_the_schema_written_to_the_out_folder()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.AppendAllText(Path.Combine(root, "units.yaml"), NewUnit, new UTF8Encoding(false));
        var outFolder = Directory.CreateDirectory(temp.File("editor")).FullName;

        var result = CliRunner.Run("schema", root, "--out", outFolder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(Path.Combine(outFolder, CodeListSchemaWriter.FileName));
        Assert.Contains("{ \"const\": \"acres\", \"title\": \"英亩\", \"description\": \"英亩 — acres (dimension: land-area)\" }", text, StringComparison.Ordinal);
        // The schemas that refer to codes.schema.json come beside it, as the repository has them.
        foreach (var name in new[] { "report.schema.json", "registry.schema.json" })
        {
            Assert.Equal(File.ReadAllBytes(Repo.DataFile(name)), File.ReadAllBytes(Path.Combine(outFolder, name)));
        }
        // The data folder's own copy is left alone when --out names another folder.
        Assert.Equal(File.ReadAllBytes(Repo.DataFile(CodeListSchemaWriter.FileName)), File.ReadAllBytes(Path.Combine(root, CodeListSchemaWriter.FileName)));
    }

    [Fact]
    public void An_unchanged_schema_is_not_rewritten()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var target = Path.Combine(root, CodeListSchemaWriter.FileName);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(target, stamp);

        var result = CliRunner.Run("schema", root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{CliRunner.Display(target)} is up to date (46 units, 92 indicators, 3 regions, 6 section roles)", result.OutputLines[0]);
        Assert.All(result.OutputLines, line => Assert.Contains(" is up to date (", line, StringComparison.Ordinal));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(target));
    }

    [Fact]
    public void A_report_path_finds_the_registries_above_it_and_its_errors_do_not_matter()
    {
        using var broken = new BrokenCopy();
        var target = Path.Combine(broken.Root, CodeListSchemaWriter.FileName);
        File.Delete(target);

        var result = CliRunner.Run("schema", broken.ReportPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllBytes(Repo.DataFile(CodeListSchemaWriter.FileName)), File.ReadAllBytes(target));
    }

    [Fact]
    public void Registries_with_errors_exit_1_with_their_findings_and_write_nothing()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.AppendAllText(Path.Combine(root, "units.yaml"), "  - {code: percent, name: \"%\", english: percent, dimension: ratio, scale: 1}\n", new UTF8Encoding(false));
        var target = Path.Combine(root, CodeListSchemaWriter.FileName);
        File.Delete(target);

        var result = CliRunner.Run("schema", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains(result.ErrorLines, line => FindingLine.TryParse(line) is { Level: "error" } finding && finding.File.EndsWith("units.yaml", StringComparison.Ordinal));
        Assert.Equal("reportsdk: the registries have errors; no schema written", result.ErrorLines[^1]);
        Assert.False(File.Exists(target));
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public void No_registries_or_a_missing_out_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var empty = Directory.CreateDirectory(temp.File("empty")).FullName;
        var root = temp.CopyData();

        var none = CliRunner.Run("schema", empty);
        var missing = CliRunner.Run("schema", root, "--out", temp.File("no-such-folder"));
        var file = CliRunner.Run("schema", root, "--out", Path.Combine(root, "units.yaml"));

        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.StartsWith("reportsdk: no registries (units.yaml, indicators.yaml, regions.yaml) under", Assert.Single(none.ErrorLines), StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("does not exist", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
        Assert.True(file.ExitCode == 2, file.ToString());
        Assert.Contains("is a file", Assert.Single(file.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("no-such-folder", CodeListSchemaWriter.FileName)));
    }
}
