using System.Text;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Curation.EditorSchemas;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary>
/// Every command that rewrites a file refuses a read-only one (exit 1, the file named, left as it
/// was), as a plain write to it would be refused, and keeps the mode of a file it rewrites.
/// </summary>
public class WritesRespectTheFileTests
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    [Fact]
    public void Export_refuses_a_read_only_out_file()
    {
        using var temp = new TempFolder();
        var file = temp.File("dataset.json");
        File.WriteAllText(file, "the old export");
        MakeReadOnly(file);

        var result = CliRunner.Run("export", Repo.Data, "--format", "json", "--out", file);

        AssertRefused(result, file, "the old export");
    }

    [Fact]
    public void Export_keeps_the_mode_of_the_file_it_replaces()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var file = temp.File("dataset.json");
        File.WriteAllText(file, "the old export");
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, Mode);

        var result = CliRunner.Run("export", Repo.Data, "--format", "json", "--out", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("{", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(Mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Hash_write_refuses_a_read_only_report()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.AppendAllText(Path.Combine(root, "sources", "luoyang-2021-gwr.txt"), "附记。\n");
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var before = File.ReadAllText(report);
        MakeReadOnly(report);

        var result = CliRunner.Run("hash", root, "--write");

        AssertRefused(result, report, before);
    }

    [Fact]
    public void Draft_write_refuses_a_read_only_report()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2023-gwr.yaml");
        var text = File.ReadAllText(report);
        var start = text.IndexOf("  - key: retail-sales-growth\n", StringComparison.Ordinal);
        var next = text.IndexOf("\n  - key:", start, StringComparison.Ordinal) + 1;
        var before = text.Remove(start, next - start);
        File.WriteAllText(report, before);
        MakeReadOnly(report);

        var result = CliRunner.Run("draft", report, "--write");

        AssertRefused(result, report, before);
    }

    [Fact]
    public void Schema_refuses_a_read_only_codes_schema()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.AppendAllText(Path.Combine(root, "units.yaml"), "  - {code: acres, name: 英亩, english: acres, dimension: land-area, scale: 6.07}\n", new UTF8Encoding(false));
        var target = Path.Combine(root, CodeListSchemaWriter.FileName);
        var before = File.ReadAllText(target);
        MakeReadOnly(target);

        var result = CliRunner.Run("schema", root);

        AssertRefused(result, target, before);
    }

    private static void MakeReadOnly(string file)
    {
        if (OperatingSystem.IsWindows()) File.SetAttributes(file, FileAttributes.ReadOnly);
        else File.SetUnixFileMode(file, ReadOnly);
    }

    private static void AssertRefused(CliResult result, string file, string before)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines, l => l.Contains("read-only", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(file), line, StringComparison.Ordinal);
        Assert.Contains("make it writable", line, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.ToString());
        Assert.Equal(before, File.ReadAllText(file));
        // nothing left beside it: no temporary file
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(file)!), f => Path.GetFileName(f).StartsWith('.'));
    }
}
