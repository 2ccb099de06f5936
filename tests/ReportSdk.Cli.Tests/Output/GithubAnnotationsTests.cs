using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Cli.Tests.Output;

/// <summary>GitHub keeps 10 error and 10 warning annotations a step; the rest must not vanish silently.</summary>
public class GithubAnnotationsTests
{
    private static Finding Error(int line) => Rules.UnknownUnit.At(new TextLocation("a.yaml", line, 1, line, 2, 0, 0), $"error {line}");

    private static Finding Warning(int line) => Rules.ApproximateAsExact.At(new TextLocation("a.yaml", line, 1, line, 2, 0, 0), $"warning {line}");

    [Fact]
    public void At_most_ten_errors_and_ten_warnings_then_one_notice_with_the_counts_left_out()
    {
        var findings = Enumerable.Range(1, 13).Select(Error).Concat(Enumerable.Range(101, 11).Select(Warning)).ToList();

        var lines = CliRunner.Lines(Write(findings, inStepSummary: false));

        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        // the first ones in file order are shown
        Assert.EndsWith("::error 10", lines.Last(l => l.StartsWith("::error ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var notice = Assert.Single(lines, l => l.StartsWith("::notice", StringComparison.Ordinal));
        Assert.Equal(lines[^1], notice);
        Assert.Equal("::notice title=reportsdk::3 more errors and 1 more warning not shown as annotations (GitHub shows at most 10 of each level); run 'reportsdk validate --format text' to see all 24 findings", notice);
    }

    [Fact]
    public void The_notice_points_to_the_step_summary_when_it_holds_every_finding()
    {
        var notice = CliRunner.Lines(Write(Enumerable.Range(1, 11).Select(Error).ToList(), inStepSummary: true))[^1];

        Assert.Equal("::notice title=reportsdk::1 more error not shown as annotations (GitHub shows at most 10 of each level); see the step summary for all 11 findings", notice);
    }

    [Fact]
    public void Ten_of_each_level_need_no_notice()
    {
        var lines = CliRunner.Lines(Write(Enumerable.Range(1, 10).Select(Error).Concat(Enumerable.Range(101, 10).Select(Warning)).ToList(), inStepSummary: false));

        Assert.Equal(20, lines.Count);
        Assert.DoesNotContain(lines, l => l.StartsWith("::notice", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_warnings_do_not_take_the_place_of_errors()
    {
        var findings = Enumerable.Range(1, 30).Select(Warning).Append(Error(50)).ToList();

        var lines = CliRunner.Lines(Write(findings, inStepSummary: false));

        Assert.Single(lines, l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.Contains("20 more warnings", lines[^1], StringComparison.Ordinal);
    }

    private static string Write(IReadOnlyList<Finding> findings, bool inStepSummary)
    {
        using var writer = new StringWriter();
        FindingWriter.Write(writer, findings, FindingFormat.Github, "1.0.0", inStepSummary: inStepSummary);
        return writer.ToString();
    }
}
