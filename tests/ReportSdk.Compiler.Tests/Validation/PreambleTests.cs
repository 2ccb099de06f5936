using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>The preamble: the text before the first numbered heading, as a section without number or title (docs/format.md).</summary>
public sealed class PreambleTests
{
    private const string Opening = "  - key: opening\n    preamble: true\n    role: plan\n";

    /// <summary>The minimal report with a sentence of targets before its first heading, a preamble section, and a target quoted from it.</summary>
    private static MinimalReport WithPreamble(string section = Opening, string quoteSection = "opening")
        => new MinimalReport()
            .ReplaceInSource("政府工作报告\n", "政府工作报告\n今年全市城镇新增就业9万人以上。\n")
            .Replace("sections:\n", "sections:\n" + section)
            .Replace("targets:\n", "targets:\n  - key: new-jobs\n    indicator: urban-new-jobs\n    label: 城镇新增就业\n    value: 9\n    unit: 10k-people\n    bound: at-least\n    period: 2021\n    kind: annual\n    section: " + quoteSection + "\n    quote: 城镇新增就业9万人以上\n");

    [Fact]
    public void A_figure_before_the_first_heading_is_filed_under_the_preamble()
        => Assert.Empty(WithPreamble().Findings());

    [Fact]
    public void The_preamble_runs_from_the_start_of_the_text_to_the_first_heading()
    {
        var report = WithPreamble().Parse().Report!;
        var spans = SectionLocator.Locate(report.Sections, FoldedText.Fold(new MinimalReport().ReplaceInSource("政府工作报告\n", "政府工作报告\n今年全市城镇新增就业9万人以上。\n").SourceText!), new List<Finding>());

        var opening = spans.Single(s => s.Path == "opening");
        Assert.Equal((0, spans.Single(s => s.Path == "review").Start), (opening.Start, opening.End));
        Assert.Equal("plan", opening.Role);
    }

    [Fact]
    public void A_quote_after_the_first_heading_is_not_in_the_preamble()
        => Assert.Equal(Rules.QuoteOutsideSection.Id, new MinimalReport()
            .Replace("sections:\n", "sections:\n" + Opening)
            .Replace("    section: plan\n    quote: 生产总值增长8%以上\n", "    section: opening\n    quote: 生产总值增长8%以上\n")
            .SingleFinding().Id);

    [Theory]
    [InlineData("  - key: opening\n    preamble: true\n    number: 一、\n    role: plan\n", "it has no heading, so no 'number' or 'title'")]
    [InlineData("  - key: opening\n    preamble: true\n    title: 开头\n    role: plan\n", "it has no heading, so no 'number' or 'title'")]
    public void A_preamble_with_a_heading_is_RS1009(string section, string message)
    {
        var finding = WithPreamble(section).SingleFinding();
        Assert.Equal(Rules.InconsistentQuantity.Id, finding.Id);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_preamble_that_is_not_the_first_section_is_RS1009()
    {
        var report = new MinimalReport()
            .Replace("    role: review\n    children:\n", "    role: review\n    children:\n")
            .Replace("targets:\n", "  - key: closing\n    preamble: true\n    role: other\ntargets:\n");
        var finding = report.Findings().Single(f => f.Id == Rules.InconsistentQuantity.Id);
        Assert.Contains("it must be the first section", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_top_level_section_is_a_preamble()
    {
        var finding = new MinimalReport().Replace("        title: 推进制造业高质量发展\n", "        title: 推进制造业高质量发展\n        preamble: true\n").Findings().First();
        Assert.Equal(Rules.UnknownField.Id, finding.Id);
    }
}
