using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>The drafter learns the words of reviewed figures and dismissals only: a proposal nobody checked teaches nothing.</summary>
public sealed class LearningTests
{
    [Fact]
    public void A_reviewed_label_becomes_a_name_of_its_indicator_and_an_unreviewed_one_does_not()
    {
        var registry = MinimalReport.Registry();
        var reviewed = new MinimalReport().Replace("    label: 生产总值增长\n", "    label: 经济增长\n").Parse().Report!;
        var unreviewed = new MinimalReport().Replace("    label: 生产总值增长\n", "    label: 经济增长\n    unreviewed: true\n").Parse().Report!;

        Assert.Contains("经济增长", DraftVocabulary.From(registry).Learn(new[] { reviewed }).Names["gdp-growth"]);
        Assert.DoesNotContain("经济增长", DraftVocabulary.From(registry).Learn(new[] { unreviewed }).Names["gdp-growth"]);
    }

    [Fact]
    public void An_unreviewed_dismissal_is_not_learned()
    {
        var registry = MinimalReport.Registry();
        var unreviewed = new MinimalReport().Replace("  - text: 2020年\n    reason: year\n", "  - text: 2020年\n    reason: year\n    unreviewed: true\n").Parse().Report!;

        Assert.DoesNotContain(DraftVocabulary.From(registry).Learn(new[] { unreviewed }).Dismissals, d => d.Text == "2020年");
        Assert.Contains(DraftVocabulary.From(registry).Learn(new[] { new MinimalReport().Parse().Report! }).Dismissals, d => d.Text == "2020年");
    }
}
