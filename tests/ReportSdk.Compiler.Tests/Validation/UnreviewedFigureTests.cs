using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>A figure marked <c>unreviewed: true</c> (proposed by reportsdk draft) is data about the curation, not the report.</summary>
public sealed class UnreviewedFigureTests
{
    [Fact]
    public void RS3011_unreviewed_is_a_warning_and_leaves_the_payload_alone()
    {
        var fixture = new MinimalReport();
        var marked = new MinimalReport().Replace("    quote: 生产总值增长8%以上\n", "    quote: 生产总值增长8%以上\n    unreviewed: true\n");
        Assert.NotEqual(fixture.Yaml, marked.Yaml);

        var finding = Assert.Single(marked.Findings());
        Assert.Equal((Rules.UnreviewedFigure.Id, DiagnosticLevel.Warning), (finding.Id, finding.Level));

        var registry = MinimalReport.Registry();
        var plain = DatasetResolver.Resolve(fixture.Parse().Report!, registry);
        var reviewed = DatasetResolver.Resolve(marked.Parse().Report!, registry);
        Assert.Equal(PayloadWriter.Write(plain), PayloadWriter.Write(reviewed));
    }
}
