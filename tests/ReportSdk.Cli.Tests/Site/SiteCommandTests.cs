using System.Globalization;
using System.Text;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>
/// <c>reportsdk site</c> on the bundled data: the files it writes, the same bytes on every run and
/// in every culture, exit codes, and a folder replaced whole (never one it did not write).
/// </summary>
public class SiteCommandTests
{
    [Fact]
    public void Writes_an_index_a_page_per_report_and_per_indicator_and_its_assets()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("site", Repo.Data, "--out", temp.File("site"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = Files(temp.File("site")).Keys.ToList();
        Assert.Contains("index.html", files);
        Assert.Contains("assets/site.css", files);
        Assert.Contains("assets/site.js", files);
        Assert.Contains("assets/icon.svg", files);
        Assert.Equal(Luoyang.Reports.All.Select(r => $"reports/{r.Id}.html").Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("reports/", StringComparison.Ordinal)));
        var indicators = Luoyang.Reports.All.SelectMany(r => r.Targets.Cast<Figure>().Concat(r.Actuals)).Select(f => f.Indicator?.Code).OfType<string>().Distinct();
        Assert.Equal(indicators.Select(c => $"indicators/{c}.html").Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("indicators/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.StartsWith("wrote ", Assert.Single(result.OutputLines), StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes_twice_and_in_every_culture()
    {
        using var temp = new TempFolder();
        SortedDictionary<string, byte[]> Run(string culture, string name)
        {
            using (new CultureScope(culture))
            {
                var result = CliRunner.Run("site", Repo.Data, "--out", temp.File(name));
                Assert.True(result.ExitCode == 0, result.ToString());
            }
            return Files(temp.File(name));
        }

        var first = Run("", "invariant");
        foreach (var (culture, i) in new[] { "", "de-DE", "tr-TR", "zh-CN" }.Select((c, i) => (c, i)))
        {
            var again = Run(culture, "run" + i);
            Assert.Equal(first.Keys, again.Keys);
            foreach (var (path, bytes) in first)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(again[path]), $"{path} differs under '{culture}'");
            }
        }
    }

    [Fact]
    public void Every_file_is_UTF8_without_BOM_with_LF_line_endings_and_no_timestamp()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", temp.File("site")).ExitCode);
        foreach (var (path, bytes) in Files(temp.File("site")))
        {
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, path + " has a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Data_with_errors_exits_1_with_the_findings_and_writes_nothing()
    {
        using var broken = new BrokenCopy();
        using var temp = new TempFolder();
        var result = CliRunner.Run("site", broken.Root, "--out", temp.File("site"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.Contains("error RS3001", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains("error RS2002", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp.File("site")));
    }

    [Fact]
    public void A_folder_of_other_files_is_never_replaced()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("notes.txt"), "mine");
        var result = CliRunner.Run("site", Repo.Data, "--out", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refusing to replace", result.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(temp.File("notes.txt")));
        Assert.False(File.Exists(temp.File("index.html")));
    }

    [Fact]
    public void A_file_as_out_is_a_usage_error()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("site"), "a file");
        var result = CliRunner.Run("site", Repo.Data, "--out", temp.File("site"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("it is a file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_out_is_a_usage_error_not_an_internal_error()
    {
        var result = CliRunner.Run("site", Repo.Data, "--out", "");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out is empty", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_previous_site_is_replaced_whole()
    {
        using var temp = new TempFolder();
        var site = temp.File("out", "site");
        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);
        File.WriteAllText(Path.Combine(site, "reports", "stale.html"), "from an older run");

        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);
        Assert.False(File.Exists(Path.Combine(site, "reports", "stale.html")));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        // Nothing but the site is left beside it: no temporary or old folder.
        Assert.Equal(new[] { "site" }, Directory.GetFileSystemEntries(temp.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void What_an_interrupted_run_left_beside_the_site_is_removed_by_the_next_run()
    {
        using var temp = new TempFolder();
        var site = temp.File("out", "site");
        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);
        // As Ctrl+C leaves them: an old site renamed away, a new one half written.
        foreach (var leftover in new[] { $".site.{Guid.NewGuid():N}.old", $".site.{Guid.NewGuid():N}.tmp" })
        {
            Directory.CreateDirectory(temp.File("out", leftover, "reports"));
            File.WriteAllText(temp.File("out", leftover, "reports", "page.html"), "left behind");
        }
        // Not the site's: kept.
        Directory.CreateDirectory(temp.File("out", ".site.notes.old"));
        Directory.CreateDirectory(temp.File("out", ".other." + Guid.NewGuid().ToString("N") + ".tmp"));

        var result = CliRunner.Run("site", Repo.Data, "--out", site);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { ".other.", ".site.notes.old", "site" }, Directory.GetFileSystemEntries(temp.File("out")).Select(e => Path.GetFileName(e)!).Select(n => n.StartsWith(".other.", StringComparison.Ordinal) ? ".other." : n).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_whose_old_folder_was_renamed_away_before_a_kill_is_written_again()
    {
        using var temp = new TempFolder();
        var old = temp.File("out", $".site.{Guid.NewGuid():N}.old");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, global::ReportSdk.Cli.Site.SitePages.MarkerFile), "");

        var result = CliRunner.Run("site", Repo.Data, "--out", temp.File("out", "site"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "site" }, Directory.GetFileSystemEntries(temp.File("out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_read_only_site_folder_is_refused_with_exit_1_and_left_as_it_was()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var site = temp.File("site");
        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);
        var before = Files(site);
        File.SetUnixFileMode(site, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var result = CliRunner.Run("site", Repo.Data, "--out", site);

            Assert.True(result.ExitCode == 1, result.ToString());
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains($"'{site}' is read-only", line, StringComparison.Ordinal);
            Assert.Contains("make it writable", line, StringComparison.Ordinal);
            Assert.Equal(before.Keys, Files(site).Keys);
            Assert.Equal(new[] { "site" }, Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        }
        finally
        {
            File.SetUnixFileMode(site, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_replaced_site_folder_keeps_its_mode()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var site = temp.File("site");
        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(site, Mode);

        Assert.Equal(0, CliRunner.Run("site", Repo.Data, "--out", site).ExitCode);

        Assert.Equal(Mode, File.GetUnixFileMode(site));
    }

    [Fact]
    public void Unknown_options_are_usage_errors()
    {
        var result = CliRunner.Run("site", "--no-such-option");
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>Every file under <paramref name="folder"/> by its path with '/', in ordinal order.</summary>
    internal static SortedDictionary<string, byte[]> Files(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        return files;
    }
}
