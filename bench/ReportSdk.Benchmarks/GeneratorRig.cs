using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Corpus;
using ReportSdk.Generator;

namespace ReportSdk.Benchmarks;

/// <summary>An additional file held in memory, as MSBuild hands it to the compiler.</summary>
public sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text, Encoding.UTF8);
}

/// <summary>
/// Runs <see cref="ReportGenerator"/> the way the compiler does (a <see cref="CSharpGeneratorDriver"/>
/// over additional files), as tests/ReportSdk.Generator.Tests/Infrastructure/GeneratorHarness.cs does.
/// </summary>
public sealed class GeneratorRig
{
    /// <summary>The seed of every synthetic corpus in the benchmarks (the one bench/run.sh writes too).</summary>
    public const int Seed = 20240601;

    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private GeneratorRig(string name, IReadOnlyList<InMemoryAdditionalText> files)
    {
        Name = name;
        Files = files;
        Compilation = CSharpCompilation.Create("Bench.Data",
            [CSharpSyntaxTree.ParseText("namespace Bench.Data { internal static class Anchor { } }", Parse)],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public string Name { get; }

    public IReadOnlyList<InMemoryAdditionalText> Files { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>"real5" (the five curated reports of data/) or "synN" (N synthetic reports).</summary>
    public static GeneratorRig For(string data)
    {
        if (data == "real5") return Real();
        if (data.StartsWith("syn", StringComparison.Ordinal)) return Synthetic(int.Parse(data.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture));
        throw new ArgumentException("unknown data set " + data, nameof(data));
    }

    /// <summary>The real data: every yaml and txt under data/, with their real paths.</summary>
    public static GeneratorRig Real()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Data, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new InMemoryAdditionalText(f, File.ReadAllText(f)))
            .ToList();
        return new GeneratorRig("real5", files);
    }

    /// <summary><paramref name="count"/> synthetic reports, built in memory under a virtual folder.</summary>
    public static GeneratorRig Synthetic(int count)
    {
        var root = "/bench-corpus/syn" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/";
        var files = SyntheticCorpus.Generate(count, Seed, RepoPaths.Data)
            .Where(f => f.RelativePath.EndsWith(".yaml", StringComparison.Ordinal) || f.RelativePath.EndsWith(".txt", StringComparison.Ordinal))
            .Select(f => new InMemoryAdditionalText(root + f.RelativePath, f.Text))
            .ToList();
        return new GeneratorRig("syn" + count.ToString(System.Globalization.CultureInfo.InvariantCulture), files);
    }

    /// <summary>A new driver, as a fresh compiler process would have.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [new ReportGenerator().AsSourceGenerator()],
            Files,
            Parse,
            new OptionsProvider(new Dictionary<string, string>
            {
                ["build_property.ReportSdkNamespace"] = "Bench.Data",
                ["build_property.ReportSdkDatasetVersion"] = "1.0.0-bench",
            }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The report YAML that benchmarks edit: the middle report (by path) of the data set.</summary>
    public InMemoryAdditionalText EditTarget()
    {
        var reports = Files.Where(f => f.Path.Contains("/reports/", StringComparison.Ordinal) && f.Path.EndsWith(".yaml", StringComparison.Ordinal)).ToList();
        return reports[reports.Count / 2];
    }

    /// <summary>
    /// The same file with one target's label changed (a curator's typical edit): still valid, so
    /// the report is parsed, validated and emitted again.
    /// </summary>
    public static InMemoryAdditionalText Edited(InMemoryAdditionalText file)
    {
        var at = file.Text.IndexOf("label: ", StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException("no label to edit in " + file.Path);
        at += "label: ".Length;
        if (file.Text[at] == '"') at++;
        return new InMemoryAdditionalText(file.Path, file.Text[..at] + "（已修订）" + file.Text[at..]);
    }

    /// <summary>Throws unless the run produced every report without a diagnostic.</summary>
    public void Check(GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null) throw new InvalidOperationException("the generator failed", run.Exception);
        var problems = run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        if (problems.Count > 0) throw new InvalidOperationException($"{Name}: {problems.Count} diagnostics, first: {problems[0]}");
        var reports = Files.Count(f => f.Path.Contains("/reports/", StringComparison.Ordinal));
        // One file per report (Report.<id>.g.cs), plus ReportSdk.Registry.g.cs and ReportSdk.Reports.g.cs.
        if (run.GeneratedSources.Length != reports + 2) throw new InvalidOperationException($"{Name}: {run.GeneratedSources.Length} generated files for {reports} reports");
        foreach (var hint in new[] { "ReportSdk.Registry.g.cs", "ReportSdk.Reports.g.cs" })
        {
            if (!run.GeneratedSources.Any(s => s.HintName == hint)) throw new InvalidOperationException($"{Name}: no {hint} among the generated files");
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        return framework.Append(typeof(Report).Assembly.Location)
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
