using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Cli.Watching;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Tests.Commands;

public class ValidateWatchTests
{
    private const string Good = "quote: \"生产总值增长8%以上\"";
    private const string Broken = "quote: \"生产总值增长9%以上\"";

    [Fact]
    public void A_session_reuses_unchanged_reports_and_gives_the_findings_of_a_fresh_validation()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var session = new ValidationSession(new[] { root });
        Assert.Empty(session.Run().Findings);
        Assert.Equal(5, session.CheckedLastRun);

        File.WriteAllText(report, File.ReadAllText(report).Replace(Good, Broken, StringComparison.Ordinal));
        var run = session.Run();

        Assert.Equal(1, session.ParsedLastRun);
        Assert.Equal(1, session.CheckedLastRun);
        Assert.Equal(DatasetLoader.Load(new[] { root }).Findings.Select(FindingWriter.Text), run.Findings.Select(FindingWriter.Text));
        Assert.Equal("RS3001", Assert.Single(run.Findings).Id);
        Assert.Equal(4, run.ValidReports);
    }

    [Fact]
    public void A_changed_source_text_or_registry_checks_the_reports_again()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var session = new ValidationSession(new[] { root });
        session.Run();

        File.AppendAllText(Path.Combine(root, "sources", "jianxi-2021-gwr.txt"), "附记。\n");
        var afterSource = session.Run();
        Assert.Equal(1, session.CheckedLastRun);
        Assert.Equal("RS3004", Assert.Single(afterSource.Findings).Id);

        File.AppendAllText(Path.Combine(root, "units.yaml"), "  - {code: mu, name: 亩, english: mu, dimension: land-area, scale: 1}\n");
        session.Run();
        Assert.Equal(0, session.ParsedLastRun);
        Assert.Equal(5, session.CheckedLastRun);
    }

    [Fact]
    public void Changes_print_new_findings_with_plus_and_fixed_ones_with_minus()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var session = new ValidationSession(new[] { root });
        var clean = session.Run().Findings;
        File.WriteAllText(report, File.ReadAllText(report).Replace(Good, Broken, StringComparison.Ordinal));
        var broken = session.Run().Findings;

        var added = Assert.Single(FindingChanges.Between(clean, broken));
        var fixedLine = Assert.Single(FindingChanges.Between(broken, clean));

        Assert.StartsWith($"+ {CliRunner.Display(report)}(143,12): error RS3001: ", added, StringComparison.Ordinal);
        Assert.Equal("- fixed: " + added.Substring(2), fixedLine);
        Assert.Empty(FindingChanges.Between(clean, clean));
    }

    [Fact]
    public void The_watcher_validates_again_after_a_save_and_prints_only_what_changed()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        using var output = new StringWriter();
        using var watch = new ValidationWatch(new[] { root }, TextWriter.Synchronized(output), TextWriter.Null);
        using var validated = new SemaphoreSlim(0);
        var printed = new List<IReadOnlyList<string>>();
        watch.Validated += lines =>
        {
            lock (printed) printed.Add(lines);
            validated.Release();
        };
        watch.Start();
        Assert.Equal(["13 files, 5 valid reports, 0 errors; watching for changes (Ctrl+C to stop)"], CliRunner.Lines(output.ToString()));

        File.WriteAllText(report, File.ReadAllText(report).Replace(Good, Broken, StringComparison.Ordinal));

        Assert.True(validated.Wait(TimeSpan.FromSeconds(20)), "the watcher did not validate again");
        List<string> lines;
        lock (printed) lines = printed.SelectMany(l => l).ToList();
        Assert.Single(lines, l => l.StartsWith($"+ {CliRunner.Display(report)}(143,12): error RS3001", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("- fixed", StringComparison.Ordinal));
        Assert.EndsWith("13 files, 4 valid reports, 1 errors", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_report_is_named_once_by_its_old_path_and_new_name()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");

        var lines = AfterChange(root, () => File.Move(report, Path.Combine(root, "reports", "luoyang", "renamed.yaml")));

        var summary = Assert.Single(lines, l => l.StartsWith("= ", StringComparison.Ordinal));
        Assert.StartsWith($"= {CliRunner.Display(report)} renamed to renamed.yaml: 13 files, 5 valid reports", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("reports/luoyang/reports/luoyang", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_moved_to_another_folder_is_named_by_both_paths()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var report = Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var moved = Path.Combine(root, "reports", "jianxi", "luoyang-2021-gwr.yaml");

        var lines = AfterChange(root, () => File.Move(report, moved));

        Assert.Contains(lines, l => l.StartsWith($"= {CliRunner.Display(report)} moved to {CliRunner.Display(moved)}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reports_folder_moved_away_is_said_with_the_reports_gone()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var reports = Path.Combine(root, "reports");

        var lines = AfterChange(root, () => Directory.Move(reports, temp.File("elsewhere")));

        Assert.Contains(lines, l => l.StartsWith($"= {CliRunner.Display(reports)} removed (moved away or deleted): 8 files, 0 valid reports, 0 errors", StringComparison.Ordinal));
    }

    [Fact]
    public void The_folder_watched_moved_away_is_said_not_validated()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();

        var lines = AfterChange(root, () => Directory.Move(root, temp.File("elsewhere")));

        Assert.Equal([$"= {CliRunner.Display(root)} is gone (moved away or deleted): nothing to validate until it is back"], lines);
    }

    [Fact]
    public void The_folder_watched_moved_back_is_validated_again()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        using var watch = new ValidationWatch(new[] { root }, TextWriter.Null, TextWriter.Null);
        using var validated = new SemaphoreSlim(0);
        var printed = new List<string>();
        watch.Validated += lines =>
        {
            lock (printed) printed.AddRange(lines);
            validated.Release();
        };
        watch.Start();

        Directory.Move(root, temp.File("elsewhere"));
        Assert.True(validated.Wait(TimeSpan.FromSeconds(20)), "the watcher did not say the folder is gone");
        Directory.Move(temp.File("elsewhere"), root);
        Assert.True(validated.Wait(TimeSpan.FromSeconds(20)), "the watcher did not validate again");

        lock (printed) Assert.EndsWith(": 13 files, 5 valid reports, 0 errors", printed[^1], StringComparison.Ordinal);
    }

    /// <summary>Starts watching <paramref name="root"/>, runs <paramref name="change"/>, and returns the lines of the first validation after it.</summary>
    private static IReadOnlyList<string> AfterChange(string root, Action change)
    {
        using var watch = new ValidationWatch(new[] { root }, TextWriter.Null, TextWriter.Null);
        using var validated = new SemaphoreSlim(0);
        IReadOnlyList<string>? first = null;
        watch.Validated += lines =>
        {
            Interlocked.CompareExchange(ref first, lines, null);
            validated.Release();
        };
        watch.Start();

        change();

        Assert.True(validated.Wait(TimeSpan.FromSeconds(20)), "the watcher did not validate again");
        return first!;
    }

    [Fact]
    public void Watch_prints_text_only()
    {
        var result = CliRunner.Run("validate", "--watch", "--format", "json", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportsdk: --watch prints text; leave out --format", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Watch_of_a_missing_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run("validate", "--watch", temp.File("missing"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.Error, StringComparison.Ordinal);
    }
}
