using System.Globalization;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests;

/// <summary>
/// Output depends on the data only: the same bytes in any culture (decimal commas, Turkish
/// dotless i, Chinese collation) and on every run.
/// </summary>
public class DeterminismTests
{
    public static TheoryData<string> Cultures => new() { "de-DE", "tr-TR", "zh-CN" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Export_targets_and_validate_are_byte_identical_in_every_culture(string culture)
    {
        using var copy = new BrokenCopy();
        var commands = Commands(copy.Root);
        List<CliResult> invariant;
        using (new CultureScope(""))
        {
            invariant = commands.Select(CliRunner.Run).ToList();
        }

        List<CliResult> local;
        using (new CultureScope(culture))
        {
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
            Assert.Equal(culture, CultureInfo.CurrentUICulture.Name);
            local = commands.Select(CliRunner.Run).ToList();
        }

        for (var i = 0; i < commands.Count; i++)
        {
            Assert.True(invariant[i] == local[i], $"'{string.Join(' ', commands[i])}' differs under {culture}");
        }
    }

    [Fact]
    public void Culture_is_restored_after_a_culture_scope()
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        using (new CultureScope("tr-TR"))
        {
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        }

        Assert.Same(before, CultureInfo.CurrentCulture);
        Assert.Same(beforeUi, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void Every_command_gives_the_same_bytes_twice_in_a_row()
    {
        using var copy = new BrokenCopy();
        foreach (var command in Commands(copy.Root))
        {
            var first = CliRunner.Run(command);
            var second = CliRunner.Run(command);

            Assert.True(first == second, $"'{string.Join(' ', command)}' differs between two runs");
            Assert.True(first.Output.Length > 0, $"'{string.Join(' ', command)}' printed nothing");
        }
    }

    private static List<string[]> Commands(string brokenCopy) => new()
    {
        new[] { "export", "--format", "json", Repo.Data },
        new[] { "export", "--format", "csv", Repo.Data },
        new[] { "validate", Repo.Data },
        new[] { "validate", brokenCopy },
        new[] { "validate", "--format", "github", brokenCopy },
        new[] { "validate", "--format", "sarif", brokenCopy },
        new[] { "validate", "--format", "json", brokenCopy },
        new[] { "targets", Repo.Data },
        new[] { "targets", "--indicator", "gdp-growth", "--year", "2021", Repo.Data },
        new[] { "coverage", Repo.Data },
        new[] { "coverage", "--format", "json", Repo.Data },
    };
}
