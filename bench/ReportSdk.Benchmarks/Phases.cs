using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Validation;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Where a full generator run's time goes, for N synthetic reports: each step called alone over
/// every report, as the generator calls it — the compiler's public steps
/// (<see cref="DatasetCompiler.ParseReport"/>, <see cref="DatasetCompiler.FindSource"/>,
/// <see cref="DatasetCompiler.CheckReport"/> and inside it <see cref="ReportValidator.Validate"/> and
/// <see cref="DatasetResolver.Resolve(ReportSpec, RegistrySpec)"/>, <see cref="PayloadWriter.Write(ResolvedReport)"/>,
/// <see cref="DatasetCompiler.HashOf"/>) and the generator's report emitter (internal, so called by
/// reflection); nothing is re-implemented here. Then the whole driver run (the rest of it is the
/// incremental pipeline itself: tables, comparisons, AddSource), and the parse of the generated C#,
/// which the driver defers (the compiler pays it). Warm: everything runs twice and the second run is
/// reported. A diagnosis, not a benchmark: one sample each. Step tracking stays off: Roslyn's
/// tracking costs about N³ on this pipeline (see bench/run.sh).
/// </summary>
public static class Phases
{
    public static int Run(int count, string outFile)
    {
        var rig = GeneratorRig.Synthetic(count);
        // The generator sees normalized paths (ReadInput); so do the steps here.
        var inputs = rig.Files.Select(f => new InputFile(SourcePaths.Normalize(f.Path), f.Text)).ToList();
        var reportFiles = inputs.Where(f => DatasetCompiler.IsReport(f.Path)).ToList();
        var registryFiles = inputs.Where(f => DatasetCompiler.IsRegistry(f.Path)).ToList();
        var sources = inputs.Where(f => DatasetCompiler.IsSource(f.Path)).Select(f => new SourceDocument(f.Path, f.Text)).ToList();
        var emit = ReportEmitter();

        var alone = new Dictionary<string, double>(StringComparer.Ordinal);
        double driver = 0, csharp = 0;
        long generatedChars = 0, payloadBytes = 0, emittedChars = 0;
        for (var round = 0; round < 2; round++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var registry = DatasetCompiler.CheckRegistry(registryFiles.Select(DatasetCompiler.ParseRegistry));
            alone["registry"] = Lap(clock);
            var parsed = reportFiles.Select(DatasetCompiler.ParseReport).ToList();
            alone["parse"] = Lap(clock);
            var paired = parsed.Select(p => DatasetCompiler.FindSource(p, sources)).ToList();
            alone["pair"] = Lap(clock);
            var checkedReports = parsed.Select((p, i) => DatasetCompiler.CheckReport(p, paired[i], registry)).ToList();
            alone["check"] = Lap(clock);
            var findings = 0;
            for (var i = 0; i < parsed.Count; i++) findings += ReportValidator.Validate(parsed[i].Report!, registry.Spec, paired[i]).Count;
            alone["validate"] = Lap(clock);
            var resolved = parsed.Select(p => DatasetResolver.Resolve(p.Report!, registry.Spec)).ToList();
            alone["resolve"] = Lap(clock);
            payloadBytes = 0;
            foreach (var report in resolved) payloadBytes += PayloadWriter.Write(report).Length;
            alone["payload"] = Lap(clock);
            var hashes = resolved.Select(DatasetCompiler.HashOf).ToList();
            DatasetCompiler.ContentHashOf(registry.Resolved, hashes);
            alone["hash"] = Lap(clock);
            emittedChars = 0;
            foreach (var report in resolved) emittedChars += emit(report, "Bench.Data").Length;
            alone["emit"] = Lap(clock);
            if (findings > 0 || checkedReports.Any(c => c.Resolved is null || c.Findings.Count > 0)) throw new InvalidOperationException($"{findings} findings in the synthetic corpus");

            GC.Collect();
            clock.Restart();
            var run = rig.CreateDriver().RunGenerators(rig.Compilation);
            driver = Lap(clock);
            rig.Check(run);
            var generated = run.GetRunResult().Results.Single().GeneratedSources;
            generatedChars = generated.Sum(s => (long)s.SourceText.Length);
            clock.Restart();
            var trees = generated.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, path: s.HintName)).ToList();
            csharp = Lap(clock);
            GC.KeepAlive(trees);
        }

        // What the generator runs per report in a full run: CheckReport holds validate and resolve; emitting writes the payload again.
        var steps = alone["registry"] + alone["parse"] + alone["pair"] + alone["check"] + alone["hash"] + alone["emit"];
        var rest = driver - steps;
        string Ms(double ms) => Math.Abs(ms) >= 1000 ? $"{ms / 1000:0.00} s" : $"{ms:0} ms";
        string Share(double ms) => $"{ms / driver * 100:0}%";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Where a full run's time goes, {count:N0} synthetic reports (warm, one sample each; each step called alone over every report, as the generator calls it):\n\n");
        text.Append("| phase | step | time | share of the generator run |\n|---|---|---:|---:|\n");
        text.Append(CultureInfo.InvariantCulture, $"| parse the YAML | `DatasetCompiler.ParseReport` | {Ms(alone["parse"])} | {Share(alone["parse"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| find each report's source (a scan of all sources) | `DatasetCompiler.FindSource` | {Ms(alone["pair"])} | {Share(alone["pair"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| validate + resolve | `DatasetCompiler.CheckReport` | {Ms(alone["check"])} | {Share(alone["check"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| … of which validate | `ReportValidator.Validate` | {Ms(alone["validate"])} | {Share(alone["validate"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| … of which resolve | `DatasetResolver.Resolve` | {Ms(alone["resolve"])} | {Share(alone["resolve"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| content hash: write each payload ({payloadBytes / 1e6:0.0} MB in all) and SHA-256 it | `DatasetCompiler.HashOf`, `ContentHashOf` | {Ms(alone["hash"])} | {Share(alone["hash"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| … of which the payload write | `PayloadWriter.Write` | {Ms(alone["payload"])} | {Share(alone["payload"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| emit C# ({emittedChars / 1e6:0.0} million characters: the payload written again as a u8 literal, typed members, XML docs) | `ReportEmitter.Emit` (internal; by reflection) | {Ms(alone["emit"])} | {Share(alone["emit"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| registries | `DatasetCompiler.CheckRegistry` | {Ms(alone["registry"])} | {Share(alone["registry"])} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| the rest: the incremental pipeline (tables, comparisons, the entry class, AddSource) | driver − the steps above | {Ms(rest)} | {Share(rest)} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| **the generator run** (`RunGenerators`, a new driver) | | **{Ms(driver)}** | 100% |\n");
        text.Append(CultureInfo.InvariantCulture, $"| parse the generated C# ({generatedChars / 1e6:0.0} million characters; done later by the compiler) | `CSharpSyntaxTree.ParseText` | {Ms(csharp)} | — |\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, text.ToString());
        Console.WriteLine(text);
        return 0;
    }

    /// <summary>The generator's <c>ReportEmitter.Emit(ResolvedReport, string @namespace)</c>: internal, so found by reflection.</summary>
    private static Func<ResolvedReport, string, string> ReportEmitter()
    {
        const string Name = "ReportSdk.Generator.Emit.ReportEmitter";
        var method = typeof(ReportSdk.Generator.ReportGenerator).Assembly.GetType(Name)?
            .GetMethod("Emit", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(ResolvedReport), typeof(string)])
            ?? throw new InvalidOperationException($"{Name}.Emit(ResolvedReport, string) not found: the generator changed; update bench/ReportSdk.Benchmarks/Phases.cs");
        return method.CreateDelegate<Func<ResolvedReport, string, string>>();
    }

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
