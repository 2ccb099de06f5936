using System.Text;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Cli.Tests.Commands;

public class HashCommandTests
{
    private const string OldTextHash = "1090687e37f0ea623219dde95b382a55c7b3cc2831dfca03fd081fbd843dbcfd";

    [Fact]
    public void The_curated_data_is_up_to_date_and_originals_not_here_are_said_once()
    {
        var result = CliRunner.Run("hash", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "originalSha256 kept as written in 5 of 5 reports: no --originals folder was given (the hash of the document as received is taken when it comes in)",
                "5 reports: 5 up to date, 0 differ",
            ],
            result.OutputLines);
    }

    [Fact]
    public void A_changed_source_text_is_reported_with_location_old_and_new_and_exit_1()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var source = Path.Combine(root, "sources", "luoyang-2021-gwr.txt");
        File.AppendAllText(source, "附记。\n");
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var before = File.ReadAllBytes(report);

        var result = CliRunner.Run("hash", root);

        Assert.Equal(1, result.ExitCode);
        var expected = Sha256.OfText(File.ReadAllText(source));
        Assert.Contains($"{CliRunner.Display(report)}(18,15): textSha256 {OldTextHash} → {expected}", result.OutputLines);
        Assert.Equal("5 reports: 4 up to date, 1 differ", Assert.Single(result.ErrorLines));
        Assert.Equal(before, File.ReadAllBytes(report));
    }

    [Theory]
    [InlineData(false, false, "textSha256: {0}\n")]
    [InlineData(true, true, "textSha256: \"{0}\"\r\n")]
    [InlineData(false, true, "textSha256: '{0}'  # a comment\r\n")]
    public void Write_changes_only_the_hash_bytes_whatever_the_quotes_line_ends_and_bom(bool bom, bool crlf, string line)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var source = Path.Combine(root, "sources", "luoyang-2021-gwr.txt");
        File.AppendAllText(source, "附记。\n");
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        byte[] Variant(string hash)
        {
            var text = File.ReadAllText(Repo.DataFile("reports", "luoyang", "luoyang-2021-gwr.yaml"))
                .Replace($"textSha256: {OldTextHash}\n", string.Format(System.Globalization.CultureInfo.InvariantCulture, line, hash), StringComparison.Ordinal);
            if (crlf) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
            return (bom ? Encoding.UTF8.GetPreamble() : []).Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();
        }
        File.WriteAllBytes(report, Variant(OldTextHash));

        var result = CliRunner.Run("hash", root, "--write");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5 reports: 4 up to date, 1 updated", result.OutputLines);
        Assert.Equal(Variant(Sha256.OfText(File.ReadAllText(source))), File.ReadAllBytes(report));
        Assert.Equal(0, CliRunner.Run("validate", root).ExitCode);
    }

    [Fact]
    public void The_original_is_hashed_when_it_is_in_the_originals_folder()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var originals = Directory.CreateDirectory(temp.File("received")).FullName;
        File.WriteAllText(Path.Combine(originals, "000_3a04fcff32c40ffe.txt"), "not the original\n");

        var check = CliRunner.Run("hash", root, "--originals", originals);
        var write = CliRunner.Run("hash", root, "--originals", originals, "--write");

        Assert.Equal(1, check.ExitCode);
        var report = CliRunner.Display(Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml"));
        var expected = Sha256.OfBytes(Encoding.UTF8.GetBytes("not the original\n"));
        Assert.Contains($"{report}(16,19): originalSha256 7686ba619e93a1a8c321b68b15ff3c1000c2f02769d6fc3d54c43df38471f834 → {expected}", check.OutputLines);
        Assert.Contains("originalSha256 kept as written in 4 of 5 reports: their originals are not in", check.Output, StringComparison.Ordinal);
        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.Contains($"  originalSha256: {expected}\n", File.ReadAllText(Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_whose_source_text_is_missing_is_one_located_line_and_exit_1()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.Delete(Path.Combine(root, "sources", "jianxi-2021-gwr.txt"));

        var result = CliRunner.Run("hash", root);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{CliRunner.Display(Path.Combine(root, "reports", "jianxi", "jianxi-2021-gwr.yaml"))}(17,9): source text '../../sources/jianxi-2021-gwr.txt' not found", result.ErrorLines);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public void No_report_files_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("hash", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no report files", result.Error, StringComparison.Ordinal);
    }
}
