using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

public class DatasetValidatorTests
{
    private static ReportIdentity Identity(string path, MinimalReport report)
    {
        var parsed = ReportSdk.Compiler.Parsing.ReportParser.Parse(path, report.Yaml);
        Assert.Empty(parsed.Diagnostics);
        return parsed.Report!.Identity;
    }

    [Fact]
    public void Different_ids_and_symbols_have_no_findings()
    {
        var first = Identity("a.yaml", new MinimalReport());
        var second = Identity("b.yaml", new MinimalReport().Replace("id: test-2021-gwr", "id: test-2022-gwr").Replace("symbol: Test2021", "symbol: Test2022"));

        Assert.Empty(DatasetValidator.CheckUnique(new[] { first, second }));
    }

    [Fact]
    public void Report_id_used_twice_is_RS2008_at_the_second_reports_id()
    {
        var first = Identity("a.yaml", new MinimalReport());
        var second = Identity("b.yaml", new MinimalReport().Replace("symbol: Test2021", "symbol: Test2021Again"));

        var finding = FindingAssert.Single(DatasetValidator.CheckUnique(new[] { first, second }), "RS2008", 2, 5);
        Assert.Equal("b.yaml", finding.Location.Path);
        Assert.Contains("a.yaml", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbol_used_twice_is_RS2008_at_the_second_reports_symbol()
    {
        var first = Identity("a.yaml", new MinimalReport());
        var second = Identity("b.yaml", new MinimalReport().Replace("id: test-2021-gwr", "id: test-2021-plan"));

        var finding = FindingAssert.Single(DatasetValidator.CheckUnique(new[] { first, second }), "RS2008", 3, 9);
        Assert.Equal("b.yaml", finding.Location.Path);
    }

    [Fact]
    public void Symbol_derived_from_an_id_clashes_with_an_explicit_symbol_RS2008_at_the_id()
    {
        // without 'symbol', test-2021 becomes Test2021, which a.yaml already uses
        var first = Identity("a.yaml", new MinimalReport());
        var second = Identity("b.yaml", new MinimalReport().Replace("id: test-2021-gwr", "id: test-2021").Replace("symbol: Test2021\n", ""));

        FindingAssert.Single(DatasetValidator.CheckUnique(new[] { first, second }), "RS2008", 2, 5);
    }

    [Fact]
    public void The_first_report_keeps_the_id_and_every_later_one_is_reported()
    {
        var reports = new[] { "a.yaml", "b.yaml", "c.yaml" }.Select(p => Identity(p, new MinimalReport())).ToList();

        var findings = DatasetValidator.CheckUnique(reports);

        // id and symbol, for b and c
        Assert.Equal(4, findings.Count);
        Assert.DoesNotContain(findings, f => f.Location.Path == "a.yaml");
        Assert.All(findings, f => Assert.Equal("RS2008", f.Id));
    }
}
