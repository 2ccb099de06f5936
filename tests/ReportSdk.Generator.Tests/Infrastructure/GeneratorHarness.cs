using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ReportSdk.Testing;

namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ReportGenerator"/> the way the compiler does, on in-memory additional files,
/// with step tracking on so tests can see what re-ran. Every run is the only way tests run the
/// generator, and every run is checked to stay cached when run again (<see cref="StepCaching"/>).
/// </summary>
public sealed class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public GeneratorHarness(IEnumerable<InMemoryAdditionalText> files, string @namespace = "Demo.Data")
    {
        Files = files.ToList();
        Namespace = @namespace;
        Compilation = CSharpCompilation.Create("Demo.Data",
            [CSharpSyntaxTree.ParseText("namespace Demo.Data { internal static class Anchor { } }", Parse)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Driver = CSharpGeneratorDriver.Create(
            [new ReportGenerator().AsSourceGenerator()],
            Files,
            Parse,
            new OptionsProvider(new Dictionary<string, string> { ["build_property.ReportSdkNamespace"] = @namespace, ["build_property.ReportSdkDatasetVersion"] = "1.2.3" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Parse options that report missing XML docs, so the generated code must document every public member.</summary>
    public static CSharpParseOptions Parse { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public List<InMemoryAdditionalText> Files { get; }

    public string Namespace { get; }

    public CSharpCompilation Compilation { get; }

    public GeneratorDriver Driver { get; private set; }

    /// <summary>The fixture data set under Fixtures/data, with paths as MSBuild would give them.</summary>
    public static List<InMemoryAdditionalText> FixtureFiles()
    {
        var root = Path.Combine(RepoPaths.TestProject("ReportSdk.Generator.Tests"), "Fixtures", "data");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new InMemoryAdditionalText(f, File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>
    /// Runs the generator (again) and returns the result of this run, after running it once more
    /// on an equal compilation with a fresh copy of every file and checking that nothing re-ran
    /// (<see cref="StepCaching.AssertCachedOnRerun"/>). The check's run is thrown away: the next
    /// run follows this one.
    /// </summary>
    public GeneratorDriverRunResult Run(out Compilation output)
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out output, out _);
        var result = Driver.GetRunResult();
        StepCaching.AssertCachedOnRerun(result, RunAgainUnchanged());
        return result;
    }

    public GeneratorDriverRunResult Run() => Run(out _);

    /// <summary>Replaces one additional file's text, as an edit in the IDE would.</summary>
    public void Edit(string pathEnding, Func<string, string> change)
    {
        var old = Files.Single(f => f.Path.Replace('\\', '/').EndsWith(pathEnding, StringComparison.Ordinal));
        var updated = new InMemoryAdditionalText(old.Path, change(old.Text));
        Files[Files.IndexOf(old)] = updated;
        Driver = Driver.ReplaceAdditionalText(old, updated);
    }

    // New objects with the same text and an equal compilation, as the IDE hands over after a save
    // without changes: the inputs are compared, so the steps reading them run and must find equal values.
    private GeneratorDriverRunResult RunAgainUnchanged()
    {
        var driver = Driver;
        foreach (var file in Files) driver = driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(file.Path, new string(file.Text.AsSpan())));
        return driver.RunGenerators(Compilation.Clone()).GetRunResult();
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The running .NET 10 framework plus the ReportSdk runtime: what a dataset project compiles against.
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        return framework.Append(typeof(ReportSdk.Report).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
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
