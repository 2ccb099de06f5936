using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Cli.Tests.Output;

public class StepSummaryTests
{
    [Fact]
    public void Every_finding_is_one_table_row_with_level_id_location_and_message()
    {
        var findings = Enumerable.Range(1, 25).Select(line => Rules.UnknownUnit.At(new TextLocation("data/a.yaml", line, 7, line, 9, 0, 0), $"unknown unit 'u{line}'")).ToList();

        var lines = CliRunner.Lines(StepSummary.Markdown(findings));

        Assert.Equal("### reportsdk validate: 25 errors, 0 warnings", lines[0]);
        Assert.Equal("| level | id | location | message |", lines[2]);
        var rows = lines.Skip(4).ToList();
        Assert.Equal(25, rows.Count);
        Assert.Equal("| error | [RS2002](https://github.com/reportsdk/reportsdk/blob/main/docs/diagnostics.md#rs2002--unknown-unit) | data/a.yaml:1:7 | unknown unit 'u1' |", rows[0]);
    }

    [Fact]
    public void Pipes_line_breaks_and_markdown_in_a_cell_are_escaped()
    {
        Assert.Equal("a\\|b<br>c<br>d<br>e", StepSummary.Cell("a|b\r\nc\nd\re"));
        Assert.Equal("&lt;b&gt; &amp; \\*x\\* &#92;\\| \\`c\\`", StepSummary.Cell("<b> & *x* \\| `c`"));
        Assert.Equal("a&#92;u2028b 洛阳", StepSummary.Cell("a\u2028b 洛阳"));
    }

    [Fact]
    public void A_row_stays_one_line_whatever_the_message_holds()
    {
        var finding = Rules.UnknownUnit.At(new TextLocation("a|b.yaml", 1, 1, 1, 1, 0, 0), "x\ny|z\u0085w");

        var lines = CliRunner.Lines(StepSummary.Markdown(new[] { finding }));

        Assert.Equal("| error | [RS2002](https://github.com/reportsdk/reportsdk/blob/main/docs/diagnostics.md#rs2002--unknown-unit) | a\\|b.yaml:1:1 | x&#92;ny\\|z&#92;u0085w |", lines[^1]);
    }

    [Fact]
    public void No_findings_is_a_heading_without_a_table()
        => Assert.Equal("### reportsdk validate: 0 errors, 0 warnings\n", StepSummary.Markdown(Array.Empty<Finding>()));

    [Fact]
    public void The_summary_is_appended_not_overwritten()
    {
        using var temp = new TempFolder();
        var path = temp.File("summary.md");
        File.WriteAllText(path, "earlier step output");

        var written = StepSummary.TryAppend(path, Array.Empty<Finding>(), _ => throw new Xunit.Sdk.XunitException("no warning expected"));

        Assert.True(written);
        Assert.Equal("earlier step output\n### reportsdk validate: 0 errors, 0 warnings\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_summary_file_that_cannot_be_written_is_a_warning_not_a_failure()
    {
        using var temp = new TempFolder();
        var warnings = new List<string>();

        var written = StepSummary.TryAppend(temp.File("no-such-folder", "summary.md"), Array.Empty<Finding>(), warnings.Add);

        Assert.False(written);
        Assert.Contains("could not write the step summary", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
