using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Compiler.Tests.Diagnostics;

public class FindingGuardTests
{
    [Fact]
    public void Unexpected_exception_is_RS9001_at_the_file_start_instead_of_a_crash()
    {
        var findings = FindingGuard.Run<IReadOnlyList<Finding>>("reports/a.yaml", () => throw new InvalidOperationException("boom"), errors => errors);

        var finding = Assert.Single(findings);
        Assert.Equal(("RS9001", "reports/a.yaml", 1, 1), (finding.Id, finding.Location.Path, finding.Location.Line, finding.Location.Column));
        Assert.Contains("InvalidOperationException: boom", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_succeeds_returns_its_result()
    {
        Assert.Equal(42, FindingGuard.Run("a.yaml", () => 42, _ => -1));
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_finding()
    {
        Assert.Throws<OperationCanceledException>(() => FindingGuard.Run<int>("a.yaml", () => throw new OperationCanceledException(), _ => -1));
    }
}
