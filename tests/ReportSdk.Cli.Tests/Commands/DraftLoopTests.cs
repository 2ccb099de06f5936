using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Testing;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary>
/// The curator's loop on a document of another region: init → new-report (the region found in the
/// text and added to regions.yaml) → draft --write into the skeleton's empty lists → what is saved
/// reads back as the preview showed, and is scored against the document's hand-checked key.
/// </summary>
public sealed class DraftLoopTests
{
    private static readonly string Document = Path.Combine(RepoPaths.Root, "corpus", "development", "yongchuan-2022-gwr");

    /// <summary>A data folder made by init with the document taken in; the report's path.</summary>
    private static string TakeIn(TempFolder temp)
    {
        var data = temp.File("data");
        Assert.Equal(0, CliRunner.Run("init", data).ExitCode);
        var result = CliRunner.Run("new-report", "--source", Path.Combine(Document, "source.txt"), "--id", "yongchuan-2022-gwr", "--out", data);
        Assert.True(result.ExitCode == 0, result.ToString());
        return Path.Combine(data, "reports", "yongchuan", "yongchuan-2022-gwr.yaml");
    }

    [Fact]
    public void New_report_finds_the_region_in_the_text_and_adds_it_to_regions_yaml()
    {
        using var temp = new TempFolder();
        var report = TakeIn(temp);

        Assert.True(File.Exists(report));
        var regions = File.ReadAllText(temp.File("data", "regions.yaml"));
        Assert.Contains("  - {code: yongchuan, name: 永川区, english: Yongchuan District, gbCode: \"500118\", level: district, parent: chongqing}\n", regions, StringComparison.Ordinal);
        Assert.Contains("region: yongchuan  # CHECK: found in the text: 永川区 (500118)", File.ReadAllText(report), StringComparison.Ordinal);
        var validate = CliRunner.Run("validate", temp.File("data"));
        Assert.DoesNotContain(validate.ErrorLines.Concat(validate.OutputLines), l => l.Contains("regions.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_fills_the_empty_lists_of_the_skeleton_and_saves_what_the_preview_shows()
    {
        using var temp = new TempFolder();
        var report = TakeIn(temp);
        var preview = CliRunner.Run("draft", report, "--format", "text");
        Assert.True(preview.ExitCode == 0, preview.ToString());

        var write = CliRunner.Run("draft", report, "--write");

        Assert.True(write.ExitCode == 0, write.ToString());
        Assert.DoesNotContain("internal error", write.Error, StringComparison.Ordinal);
        var text = File.ReadAllText(report);
        Assert.Contains("actuals:  # FILL: every figure the report gives for the reviewed year or period\n  - key: ", text, StringComparison.Ordinal);
        Assert.Contains("dismissed:\n  - text: ", text, StringComparison.Ordinal);
        // Drafted again, the saved report holds every proposal: nothing is proposed twice.
        var again = CliRunner.Run("draft", report, "--format", "text");
        Assert.Equal("yongchuan-2022-gwr: 0 targets, 0 actuals, 0 dismissed", again.OutputLines[0]);
        // Every proposed figure, as saved, is what the preview showed.
        var shown = preview.OutputLines.Skip(1).Where(l => l.Contains(": actual ", StringComparison.Ordinal) || l.Contains(": target ", StringComparison.Ordinal)).Count();
        Assert.Equal(shown, text.Split('\n').Count(l => l == "    unreviewed: true") - text.Split('\n').Count(l => l.StartsWith("  - text: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Score_prints_the_measures_against_the_key_the_same_before_and_after_write()
    {
        using var temp = new TempFolder();
        var report = TakeIn(temp);
        var key = Path.Combine(Document, "key.yaml");

        var before = CliRunner.Run("draft", report, "--score", key);
        Assert.True(CliRunner.Run("draft", report, "--write").ExitCode == 0);
        var after = CliRunner.Run("draft", report, "--score", key);

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Contains(before.OutputLines, l => l.StartsWith("values found ", StringComparison.Ordinal));
        Assert.Contains(before.OutputLines, l => l.StartsWith("figures: 12 keyed, ", StringComparison.Ordinal));
        Assert.Equal(before.OutputLines.Single(l => l.StartsWith("figures: ", StringComparison.Ordinal)), after.OutputLines.Single(l => l.StartsWith("figures: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_key_with_a_mistake_is_refused_at_its_line()
    {
        using var temp = new TempFolder();
        var report = TakeIn(temp);
        var key = temp.File("key.yaml");
        File.WriteAllText(key, File.ReadAllText(Path.Combine(Document, "key.yaml")).Replace("unit: 100m-yuan", "unit: 100m-yuna"));

        var result = CliRunner.Run("draft", report, "--score", key);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown unit '100m-yuna'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_goes_alone()
        => Assert.Equal(2, CliRunner.Run("draft", Repo.Data, "--score", "key.yaml", "--write").ExitCode);
}
