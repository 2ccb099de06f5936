using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary><c>reportsdk draft</c>: proposals as YAML, <c>--write</c> into the report file, <c>--compare</c> against the curation.</summary>
public class DraftCommandTests
{
    private const string Report = "luoyang-2023-gwr.yaml";

    /// <summary>A copy of the data whose luoyang-2023 report lacks its target retail-sales-growth (社会消费品零售总额增长8.5%), returned with that report's path.</summary>
    private static string WithoutFirstTarget(TempFolder temp)
    {
        var data = temp.CopyData();
        var path = Path.Combine(data, "reports", "luoyang", Report);
        var text = File.ReadAllText(path);
        var start = text.IndexOf("  - key: retail-sales-growth\n", StringComparison.Ordinal);
        var next = text.IndexOf("\n  - key:", start, StringComparison.Ordinal) + 1;
        File.WriteAllText(path, text.Remove(start, next - start));
        return path;
    }

    [Fact]
    public void A_curated_report_gets_no_proposals()
    {
        var result = CliRunner.Run("draft", Repo.DataFile("reports", "luoyang", Report));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { "# reportsdk draft of luoyang-2023-gwr: 0 targets, 0 actuals, 0 dismissed; every figure stays unreviewed until a curator checks it" }, result.OutputLines);
    }

    [Fact]
    public void The_figure_missing_from_a_report_is_proposed_as_yaml()
    {
        using var temp = new TempFolder();
        var path = WithoutFirstTarget(temp);

        var result = CliRunner.Run("draft", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("targets:", result.OutputLines);
        Assert.Contains("    indicator: retail-sales-growth", result.OutputLines);
        Assert.Contains("    unreviewed: true", result.OutputLines);
        Assert.Single(result.OutputLines, l => l.StartsWith("  - key:", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_adds_the_proposals_and_leaves_every_other_byte()
    {
        using var temp = new TempFolder();
        var path = WithoutFirstTarget(temp);
        var before = File.ReadAllText(path);

        var result = CliRunner.Run("draft", path, "--write");
        var after = File.ReadAllText(path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var added = CliRunner.Lines(after).Except(CliRunner.Lines(before)).ToList();
        Assert.Contains("    unreviewed: true", added);
        var removedAgain = string.Join("\n", CliRunner.Lines(after).Where((line, i) => !IsAdded(CliRunner.Lines(after), CliRunner.Lines(before), i))) + "\n";
        Assert.Equal(before, removedAgain);

        var validate = CliRunner.Run("validate", temp.File("data"));
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains(validate.OutputLines.Concat(validate.ErrorLines), l => l.Contains("warning RS3011", StringComparison.Ordinal));

        var again = CliRunner.Run("draft", path);
        Assert.DoesNotContain(again.OutputLines, l => l.StartsWith("  - key:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_prints_a_row_per_report_the_total_and_the_fields()
    {
        var result = CliRunner.Run("draft", Repo.Data, "--compare");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("report ", StringComparison.Ordinal) && l.Contains("value+unit", StringComparison.Ordinal));
        foreach (var id in new[] { "jianxi-2021-gwr", "luolong-2021-plan", "luoyang-2017-gwr", "luoyang-2021-gwr", "luoyang-2023-gwr", "total" })
        {
            Assert.Single(result.OutputLines, l => l.StartsWith(id + " ", StringComparison.Ordinal));
        }
        foreach (var field in new[] { "value", "unit", "bound", "period", "section", "aspirational", "indicator" })
        {
            Assert.Single(result.OutputLines, l => l.StartsWith(field + " ", StringComparison.Ordinal));
        }
        Assert.Contains("leave one out", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_output_is_the_same_on_every_run()
        => Assert.Equal(CliRunner.Run("draft", Repo.Data, "--compare").Output, CliRunner.Run("draft", Repo.Data, "--compare").Output);

    [Fact]
    public void Write_and_compare_together_are_a_usage_error()
        => Assert.Equal(2, CliRunner.Run("draft", Repo.Data, "--write", "--compare").ExitCode);

    /// <summary>Whether line <paramref name="i"/> of <paramref name="after"/> is one the write added: the lines of <paramref name="before"/> in order, every other one added.</summary>
    private static bool IsAdded(IReadOnlyList<string> after, IReadOnlyList<string> before, int i)
    {
        var b = 0;
        for (var a = 0; a <= i; a++)
        {
            var matches = b < before.Count && after[a] == before[b];
            if (a == i) return !matches;
            if (matches) b++;
        }
        return true;
    }
}
