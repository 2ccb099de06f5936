using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Generator.Tests.Infrastructure;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Generator.Tests;

/// <summary>
/// What <c>reportsdk validate</c> accepts, the build compiles without error or warning; what it
/// rejects, the build rejects with the same located RS findings and nothing else. Both sides
/// run here on the same files: the CLI's road (<see cref="DatasetCompiler.Compile"/>) and the
/// generator inside a compilation.
/// </summary>
public class ValidateAndBuildAgreeTests
{
    public static TheoryData<string, string, string, string> Edits() => new()
    {
        // what the edit does, the file, the text replaced and its replacement
        { "symbol is the entry class", "demo-2021-gwr.yaml", "symbol: Demo2021", "symbol: Reports" },
        { "symbol is a member of the entry class", "demo-2021-gwr.yaml", "symbol: Demo2021", "symbol: TryGet" },
        { "target key is an inherited member", "demo-2021-gwr.yaml", "key: gdp-growth, indicator: gdp-growth, label: 生产总值增长", "key: index-of, indicator: gdp-growth, label: 生产总值增长" },
        { "target key is its class's name", "demo-2021-gwr.yaml", "key: pollution-control", "key: target-tree" },
        { "actual key is an inherited method", "demo-2021-gwr.yaml", "key: new-schools", "key: get-enumerator" },
        { "section key is an inherited property", "demo-2021-gwr.yaml", "key: stability", "key: children" },
        { "section class meets an inherited method", "demo-2021-gwr.yaml", "key-work", "find" },
        { "section class meets a sibling's property", "demo-2021-gwr.yaml", "key: stability", "key: industry-section" },
        { "unit code is its class's name", "units.yaml", "code: count", "code: units" },
        { "symbol is a C# reserved word", "demo-2021-gwr.yaml", "symbol: Demo2021", "symbol: __arglist" },
        { "report kind written blank", "demo-2021-gwr.yaml", "kind: government-work-report", "kind: \"\"" },
        { "key ends in a line break", "demo-2021-gwr.yaml", "{key: new-schools,", "{key: \"new-schools\\n\"," },
        { "qualitative target names an unknown indicator", "demo-2021-gwr.yaml", "{key: pollution-control, label: 污染防治,", "{key: pollution-control, indicator: no-such, label: 污染防治," },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_name_or_reference_the_build_cannot_take_is_the_same_located_RS_error_in_validate_and_build(string name, string file, string from, string to)
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Edit(file, text => text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"{name}: '{from}' not in {file}"));

        var run = harness.Run(out var output).Results.Single();
        var cli = DatasetCompiler.Compile(harness.Files.Select(f => new InputFile(f.Path, f.Text)).ToList());

        Assert.Null(run.Exception);
        if (!name.StartsWith("symbol", StringComparison.Ordinal))
        {
            // The rest of the report still prints, so code naming it compiles (not when its symbol is the problem).
            output = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(CodeUsingTheReport, GeneratorHarness.Parse));
        }
        var fromBuild = run.Diagnostics.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var fromValidate = cli.Findings.Select(f => $"{f.Id} {f.Location}").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(fromValidate);
        Assert.Equal(fromValidate, fromBuild);
        // Nothing else: no C# error or warning anywhere, even where the report is left out.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("RS", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    /// <summary>
    /// User code naming the report's members that no edit above touches: a report with errors still
    /// prints these (as a façade), so the build shows the RS errors and not a cascade of CS0117.
    /// </summary>
    private const string CodeUsingTheReport = """
        namespace Demo.App
        {
            internal static class Usage
            {
                internal static object[] Members() => new object[]
                {
                    Demo.Data.Reports.Demo2021.Actuals.Gdp,
                    Demo.Data.Reports.Demo2021.Sections.Review,
                    Demo.Data.Reports.All,
                    Demo.Data.Units.Percent,
                    Demo.Data.Indicators.GdpGrowth,
                };
            }
        }
        """;

    [Theory]
    [InlineData("demo-2021-gwr.yaml", "quote: 生产总值增长8%以上}", "quote: 生产总值增长9%以上}")]
    [InlineData("demo-2021-gwr.yaml", "unit: percent, bound: at-least", "unit: percnt, bound: at-least")]
    [InlineData("demo-2021-gwr.yaml", "period: 2020, kind: annual, section: review, quote: 增长3%", "period: 20-20, kind: annual, section: review, quote: 增长3%")]
    [InlineData("demo-2021-gwr.yaml", "kind: government-work-report", "kind: speech")]
    [InlineData("units.yaml", "code: count", "code: Count")]
    [InlineData("indicators.yaml", "code: gdp,", "code: gdp, extra: 1,")]
    public void A_report_or_registry_with_errors_still_prints_its_names_so_the_build_fails_on_the_RS_errors_alone(string file, string from, string to)
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Edit(file, text => text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"'{from}' not in {file}"));

        var run = harness.Run(out var output).Results.Single();
        output = output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(CodeUsingTheReport, GeneratorHarness.Parse));
        var cli = DatasetCompiler.Compile(harness.Files.Select(f => new InputFile(f.Path, f.Text)).ToList());

        Assert.Null(run.Exception);
        Assert.Contains(cli.Findings, f => f.Level == Compiler.Diagnostics.DiagnosticLevel.Error);
        Assert.Equal(cli.Findings.Select(f => $"{f.Id} {f.Location}").Order(StringComparer.Ordinal), run.Diagnostics.Select(Describe).Order(StringComparer.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("RS", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("label: 生产总值增长,", "label: \"x\\u2028#error boom\","),
     InlineData("label: 生产总值增长,", "label: \"x\\u2029*/ class X {\","),
     InlineData("label: 生产总值增长,", "label: \"a\\u0085b\\rc\\u0000d\","),
     InlineData("label: 生产总值增长,", "label: \"</summary> <see cref=\\\"x\\\"/> &amp; {{ }} #if X\","),
     InlineData("session: 示范区第一届人民代表大会第一次会议", "session: \"会议\\u2028#error boom \\\"\\\\\""),
     InlineData("note: \"a note with </summary> & \\\"quotes\\\"\"", "note: \"\\ud83d\\ude00 emoji \\u202e rtl \\u2028 line\"")]
    public void Text_that_validates_is_escaped_wherever_it_lands_in_CSharp_and_compiles_clean(string from, string to)
        => A_name_that_is_free_validates_and_compiles_clean(from, to);

    [Theory]
    [InlineData("symbol: Demo2021", "symbol: Registries")]
    [InlineData("symbol: Demo2021", "symbol: Units")]
    [InlineData("symbol: Demo2021", "symbol: report")]
    [InlineData("symbol: Demo2021", "symbol: id")]
    [InlineData("symbol: Demo2021", "symbol: index")]
    [InlineData("symbol: Demo2021", "symbol: ReportSdkRegistry")]
    [InlineData("key: gdp, indicator: gdp,", "key: item-list, indicator: gdp,")]
    [InlineData("stability", "stability-section")]
    public void A_name_that_is_free_validates_and_compiles_clean(string from, string to)
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Edit("demo-2021-gwr.yaml", text => text.Replace(from, to, StringComparison.Ordinal));

        var run = harness.Run(out var output).Results.Single();
        var cli = DatasetCompiler.Compile(harness.Files.Select(f => new InputFile(f.Path, f.Text)).ToList());

        Assert.Empty(cli.Findings);
        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("units.yaml", "code: count", "code: report-sdk-registry", "unit: count", "unit: report-sdk-registry")]
    [InlineData("indicators.yaml", "code: gdp,", "code: report-sdk-registry,", "indicator: gdp,", "indicator: report-sdk-registry,")]
    public void A_registry_code_that_is_free_validates_and_compiles_clean(string file, string from, string to, string reportFrom, string reportTo)
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Edit(file, text => text.Replace(from, to, StringComparison.Ordinal));
        // Keep the report valid: it refers to the code by its new name.
        harness.Edit("demo-2021-gwr.yaml", text => text.Replace(reportFrom, reportTo, StringComparison.Ordinal));

        var run = harness.Run(out var output).Results.Single();
        var cli = DatasetCompiler.Compile(harness.Files.Select(f => new InputFile(f.Path, f.Text)).ToList());

        Assert.Empty(cli.Findings);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void A_symbol_that_is_another_reports_class_name_compiles_clean()
    {
        var files = GeneratorHarness.FixtureFiles();
        var demo = files.Single(f => f.Path.EndsWith("demo-2021-gwr.yaml", StringComparison.Ordinal));
        files.Add(new InMemoryAdditionalText(demo.Path.Replace("demo-2021-gwr.yaml", "copy-2021-gwr.yaml"),
            demo.Text.Replace("id: demo-2021-gwr", "id: copy-2021-gwr").Replace("symbol: Demo2021", "symbol: Demo2021Report")));
        var harness = new GeneratorHarness(files);

        var run = harness.Run(out var output).Results.Single();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
