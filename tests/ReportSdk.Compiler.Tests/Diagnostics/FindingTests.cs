using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Tests.Diagnostics;

public class FindingTests
{
    [Fact]
    public void Finding_prints_like_a_compiler_message()
    {
        var finding = new Finding("RS3001", DiagnosticLevel.Error, "quote not found", new TextLocation("data/a.yaml", 49, 12, 49, 20, 900, 908));

        Assert.Equal("data/a.yaml(49,12): error RS3001: quote not found", finding.ToString());
    }

    [Fact]
    public void Warning_prints_as_warning()
    {
        var finding = new Finding("RS1002", DiagnosticLevel.Warning, "m", TextLocation.FileStart("a.yaml"));

        Assert.Equal("a.yaml(1,1): warning RS1002: m", finding.ToString());
    }

    [Fact]
    public void A_message_is_one_line_wherever_it_is_made_or_changed()
    {
        var finding = new Finding("RS2002", DiagnosticLevel.Error, "unknown unit 'percent\nx'; did you mean 'percent'?", TextLocation.FileStart("a.yaml"));

        Assert.Equal("unknown unit 'percent\\nx'; did you mean 'percent'?", finding.Message);
        Assert.Equal("a\\u2028b", (finding with { Message = "a\u2028b" }).Message);
        Assert.Equal(finding, new Finding("RS2002", DiagnosticLevel.Error, "unknown unit 'percent\nx'; did you mean 'percent'?", TextLocation.FileStart("a.yaml")));
    }
}
