using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using Xunit.Abstractions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// Large inputs through validate and coverage: a generated report and its text of several MB in
/// each of three shapes (dense headings, dense numbers, one endless line) give the findings a small
/// report of the same shape and the same figures gives, every one inside its file, and coverage
/// places the same quoted numbers. They finish; how long they take is printed, and
/// bench/scaling.sh's to show, never asserted.
/// </summary>
[Collection(FuzzCollection.Name)]
public class LargeInputTests(ITestOutputHelper output)
{
    private const int Small = 20_000;

    // Characters of text; a text dense with headings gives a report YAML near five times as long.
    [Theory]
    [InlineData("headings", 700_000)]
    [InlineData("numbers", 2_000_000)]
    [InlineData("oneline", 2_000_000)]
    public void A_large_report_gives_the_findings_and_coverage_of_a_small_one_of_the_same_shape(string shape, int characters)
    {
        var small = LargeReport.Make(shape, Small);
        var large = LargeReport.Make(shape, characters);

        var expected = DatasetCompiler.Compile(small.Files);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var actual = DatasetCompiler.Compile(large.Files);
        var validated = watch.Elapsed;

        output.WriteLine($"{shape}: text {large.Source.Text.Length:N0} characters, report {large.Report.Text.Length:N0}; {actual.Findings.Count} findings; validate {validated.TotalSeconds:0.0} s");
        Assert.Equal(Shown(expected), Shown(actual));
        Assert.Contains(actual.Findings, f => f.Id == Rules.UnknownUnit.Id);
        Assert.Contains(actual.Findings, f => f.Id == Rules.InvalidKey.Id);
        Assert.Contains(actual.Findings, f => f.Id == Rules.ValueNotInQuote.Id);
        var locations = new Locations(large.Files);
        Assert.All(actual.Findings, f => Assert.Null(locations.Problem(f)));

        var smallCoverage = Coverage(small);
        watch.Restart();
        var largeCoverage = Coverage(large);
        output.WriteLine($"coverage {watch.Elapsed.TotalSeconds:0.0} s, {largeCoverage.Numbers.Count:N0} numbers");
        Assert.Equal(smallCoverage.Count(NumberStatus.Quoted), largeCoverage.Count(NumberStatus.Quoted));
        Assert.True(largeCoverage.Numbers.Count > smallCoverage.Numbers.Count * 10, $"{largeCoverage.Numbers.Count} numbers in the large text");
        Assert.Equal(
            smallCoverage.Numbers.Where(n => n.Status == NumberStatus.Quoted).Select(n => (n.Number, n.Line, n.SectionPath)),
            largeCoverage.Numbers.Where(n => n.Status == NumberStatus.Quoted).Select(n => (n.Number, n.Line, n.SectionPath)));
    }

    // A finding without its place: the same mistake stands on another line in a longer file.
    private static IEnumerable<string> Shown(CompiledDataset dataset)
        => dataset.Findings.Select(f => $"{f.Id} {f.Level} {f.Message}").Order(StringComparer.Ordinal);

    // Coverage reads the report as parsed: its mistakes (an unknown unit, a bad key) do not matter to it.
    private static ReportCoverage Coverage(LargeReport report)
        => CoverageAnalyzer.Analyze(DatasetCompiler.ParseReport(report.Report).Report!, new SourceDocument(report.Source.Path, report.Source.Text));
}
