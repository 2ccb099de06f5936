using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Fuzz.Tests;

/// <summary>What the generator gave for some data files.</summary>
/// <param name="GeneratorDiagnostics">What the generator reported (the RS findings).</param>
/// <param name="DriverDiagnostics">What the driver reported about the generator itself (CS8785 when it throws).</param>
/// <param name="Output">The compilation with the generated code.</param>
internal sealed record Generated(
    Exception? GeneratorException,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    Compilation Output);

/// <summary>
/// Runs <see cref="ReportGenerator"/> the way the compiler does (as the generator tests'
/// GeneratorHarness does), on in-memory additional files, and compiles the result. The metadata
/// references and the empty project are made once and shared by every run.
/// </summary>
internal static class BuildHarness
{
    public const string Namespace = "Demo.Data";

    /// <summary>Parse options that report missing XML docs, as a project with GenerateDocumentationFile does.</summary>
    public static CSharpParseOptions Parse { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<CSharpCompilation> Project = new(() => CSharpCompilation.Create("Demo.Data",
        [CSharpSyntaxTree.ParseText("namespace Demo.Data { internal static class Anchor { } }", Parse)],
        LoadReferences(),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

    private static readonly OptionsProvider Options = new(new Dictionary<string, string>
    {
        ["build_property.ReportSdkNamespace"] = Namespace,
        ["build_property.ReportSdkDatasetVersion"] = "1.2.3",
    });

    /// <summary>Runs the generator on <paramref name="files"/> (the product's part of a build).</summary>
    public static Generated Generate(IReadOnlyList<InputFile> files)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ReportGenerator().AsSourceGenerator()],
            files.Select(f => (AdditionalText)new MemoryText(f.Path, f.Text)),
            Parse,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(Project.Value, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new Generated(result.Exception, result.Diagnostics, driverDiagnostics, output);
    }

    /// <summary>Warnings and errors of the compilation with the generated code, RS ones left out.</summary>
    public static IReadOnlyList<Diagnostic> Compile(Compilation output)
        => output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("RS", StringComparison.Ordinal)).ToList();

    /// <summary>Errors and warnings of emitting the compiled assembly (a name too long for metadata shows only here).</summary>
    public static IReadOnlyList<Diagnostic> Emit(Compilation output)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        return emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("RS", StringComparison.Ordinal)).ToList();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The running .NET framework plus the ReportSdk runtime: what a dataset project compiles against.
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        return framework.Append(typeof(ReportSdk.Report).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class OptionsProvider(Dictionary<string, string> globals) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
