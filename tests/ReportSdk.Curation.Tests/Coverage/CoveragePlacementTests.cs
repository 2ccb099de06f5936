using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Curation.Tests.Coverage;

/// <summary>
/// Where the analysis places quotes, headings and numbers in the source text as read (the review
/// site marks them there): offsets into the original text, whitespace and full-width forms included.
/// </summary>
public class CoveragePlacementTests
{
    private static (ReportCoverage Coverage, string Source) Analyze(MinimalReport report)
    {
        var spec = report.Parse().Report!;
        return (CoverageAnalyzer.Analyze(spec, new SourceDocument(MinimalReport.SourcePath, report.SourceText!)), report.SourceText!);
    }

    [Fact]
    public void Every_quote_is_placed_at_its_one_occurrence()
    {
        var (coverage, source) = Analyze(new MinimalReport());

        var spec = new MinimalReport().Parse().Report!;
        Assert.Equal(spec.Targets.Count + spec.Actuals.Count, coverage.Quotes.Count);
        foreach (var quote in coverage.Quotes)
        {
            Assert.Equal(quote.Figure.Quote.Value, source.Substring(quote.Start, quote.End - quote.Start));
        }
        Assert.True(coverage.Quotes.First(q => q.Figure.Key.Value == "gdp-growth").IsTarget);
    }

    [Fact]
    public void A_quote_matched_across_a_line_break_spans_it_in_the_original_text()
    {
        var (coverage, source) = Analyze(new MinimalReport().ReplaceInSource("生产总值增长8%以上", "生产总值增长\n8%以上"));

        var quote = coverage.Quotes.Single(q => q.Figure.Key.Value == "gdp-growth");
        Assert.Equal("生产总值增长\n8%以上", source.Substring(quote.Start, quote.End - quote.Start));
    }

    [Fact]
    public void Headings_and_numbers_are_placed_in_the_original_text()
    {
        var (coverage, source) = Analyze(new MinimalReport());

        foreach (var heading in coverage.Headings)
        {
            Assert.Equal(heading.Section.Number + heading.Section.Title.Value, source.Substring(heading.Start, heading.End - heading.Start));
        }
        Assert.Contains(coverage.Headings, h => h.Path == "plan/manufacturing");
        foreach (var number in coverage.Numbers)
        {
            Assert.Equal(number.Number, source.Substring(number.Start, number.End - number.Start));
        }
    }

    [Fact]
    public void A_dismissed_number_names_its_dismissal()
    {
        var (coverage, _) = Analyze(new MinimalReport());

        var dismissed = coverage.Numbers.Where(n => n.Status == NumberStatus.Dismissed).ToList();
        Assert.NotEmpty(dismissed);
        Assert.All(dismissed, n => Assert.NotNull(n.Dismissal));
        Assert.All(coverage.Numbers.Where(n => n.Status != NumberStatus.Dismissed), n => Assert.Null(n.Dismissal));
        Assert.Equal("year", dismissed[0].Dismissal!.Reason.Value);
    }
}
