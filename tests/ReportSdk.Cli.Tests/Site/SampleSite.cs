using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Site;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>
/// The site model of the small sample report (<see cref="SampleReports"/>), and of a variant
/// whose source text, quote, label and note hold markup that a page must escape.
/// </summary>
internal static class SampleSite
{
    /// <summary>Markup in the data: it must be shown as text, never become an element.</summary>
    public const string Markup = "<i>&amp;</i>";

    public static SiteModel Model() => Build(SampleReports.Files());

    /// <summary>The sample with <see cref="Markup"/> in the source text (inside the gdp actual's quote), its label and its note.</summary>
    public static SiteModel WithMarkup()
    {
        var source = SampleReports.Source.Replace("全市\"生产总值\"达到", "全市\"生产总值" + Markup + "\"达到", StringComparison.Ordinal);
        var yaml = SampleReports.ReportYaml
            .Replace("quote: '全市\"生产总值\"达到5128.4亿元'", "quote: '全市\"生产总值" + Markup + "\"达到5128.4亿元'", StringComparison.Ordinal)
            .Replace("label: 生产总值,全市", "label: '生产总值" + Markup + "'", StringComparison.Ordinal)
            .Replace("{sha}", Sha256.OfText(source), StringComparison.Ordinal);
        var files = SampleReports.Files()
            .Select(f => f.Path.EndsWith(".txt", StringComparison.Ordinal) ? new InputFile(f.Path, source)
                : f.Path.EndsWith("test-2021-gwr.yaml", StringComparison.Ordinal) ? new InputFile(f.Path, yaml)
                : f)
            .ToList();
        return Build(files);
    }

    private static SiteModel Build(IReadOnlyList<InputFile> files)
    {
        var compiled = DatasetCompiler.Compile(files);
        Assert.True(!compiled.HasErrors, string.Join("\n", compiled.Findings));
        return SiteModelBuilder.Build(compiled, DatasetLoader.Read(compiled, "1.0.0"));
    }
}
