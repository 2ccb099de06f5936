using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Curation.Tests.Coverage;

public class CoverageAnalyzerTests
{
    /// <summary>The coverage of the fixture; its one number not curated, the review's 增长3%, is dismissed here.</summary>
    private static ReportCoverage Analyze(MinimalReport report)
    {
        var spec = report.Parse().Report!;
        var growth = new DismissalSpec(new Located<string>("增长3%", spec.Id.Location), new Located<string>("other", spec.Id.Location),
            new Located<string?>(null, spec.Id.Location), "not curated in the fixture", spec.Id.Location);
        spec = spec with { Dismissed = spec.Dismissed.Concat(new[] { growth }).ToEquatableArray() };
        return CoverageAnalyzer.Analyze(spec, new SourceDocument(MinimalReport.SourcePath, report.SourceText!));
    }

    [Fact]
    public void Every_number_of_the_fixture_is_quoted_or_dismissed()
    {
        var coverage = Analyze(new MinimalReport());

        Assert.Empty(coverage.Unaccounted);
        Assert.Equal(new[] { "2020", "5128.4", "3", "8", "2021", "8", "100" }, coverage.Numbers.Select(n => n.Number));
    }

    [Fact]
    public void A_quantity_in_Chinese_numerals_is_counted_like_digits()
    {
        var coverage = Analyze(new MinimalReport().ReplaceInSource("培育高新技术企业100家。\n", "培育高新技术企业100家，新建学校四所。\n"));

        var number = Assert.Single(coverage.Unaccounted);
        Assert.Equal(("四", "plan/manufacturing", "plan", 9), (number.Number, number.SectionPath, number.Role, number.Line));
        Assert.Single(coverage.UnaccountedInPlanning);
        Assert.Contains("新建学校四所", number.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quantity_in_Chinese_numerals_inside_a_quote_is_quoted()
    {
        var coverage = Analyze(new MinimalReport()
            .ReplaceInSource("培育高新技术企业100家。\n", "培育高新技术企业100家，新建学校四所。\n")
            .Replace("    quote: 培育高新技术企业100家", "    quote: 培育高新技术企业100家，新建学校四所"));

        Assert.Empty(coverage.Unaccounted);
        Assert.Equal(NumberStatus.Quoted, coverage.Numbers.Single(n => n.Number == "四").Status);
    }

    [Fact]
    public void A_quantity_in_Chinese_numerals_can_be_dismissed()
    {
        var coverage = Analyze(new MinimalReport()
            .ReplaceInSource("培育高新技术企业100家。\n", "培育高新技术企业100家。重点做好以下十个方面的工作。\n")
            .Replace("    reason: year\n  - text: 2021年\n    reason: year\n", "    reason: year\n  - text: 2021年\n    reason: year\n  - text: 以下十个方面\n    reason: other\n    note: the number of parts\n"));

        Assert.Empty(coverage.Unaccounted);
        Assert.Equal(NumberStatus.Dismissed, coverage.Numbers.Single(n => n.Number == "十").Status);
    }

    [Fact]
    public void Numerals_in_words_that_are_no_quantities_are_not_counted()
    {
        var coverage = Analyze(new MinimalReport().ReplaceInSource("培育高新技术企业100家。\n", "培育高新技术企业100家。一是统一标准，培育一批一流企业，树牢“四个意识”，第一个五年。\n"));

        Assert.Empty(coverage.Unaccounted);
        Assert.Equal(7, coverage.Numbers.Count);
    }
}
