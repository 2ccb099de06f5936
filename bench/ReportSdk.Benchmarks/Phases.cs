using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Where a full generator run's time goes, for N synthetic reports: the YAML parse and the
/// validation timed alone through ReportSdk.Schema's public API, the whole driver run, and the
/// parse of the generated C# (which the driver defers: the compiler pays it). Warm: each phase
/// runs twice and the second run is reported. A diagnosis, not a benchmark: one sample each.
/// </summary>
public static class Phases
{
    public static int Run(int count, string outFile)
    {
        var rig = GeneratorRig.Synthetic(count);
        var texts = rig.Files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        var registry = RegistryMerger.Merge(rig.Files.Where(f => RegistryParser.IsRegistryFile(f.Path)).Select(f => RegistryParser.Parse(f.Path, f.Text)));
        var reports = rig.Files.Where(f => f.Path.Contains("/reports/", StringComparison.Ordinal)).ToList();
        double parse = 0, validate = 0, driver = 0, csharp = 0;
        long generatedChars = 0;
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var specs = reports.Select(f => ReportParser.Parse(f.Path, f.Text).Report ?? throw new InvalidOperationException("unparsable " + f.Path)).ToList();
            parse = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var findings = 0;
            foreach (var spec in specs)
            {
                var source = SourcePaths.Resolve(spec.Path, spec.Source.Text.Value);
                findings += ReportValidator.Validate(spec, registry, new SourceDocument(source, texts[source])).Count;
            }
            validate = clock.Elapsed.TotalMilliseconds;
            if (findings > 0) throw new InvalidOperationException($"{findings} findings in the synthetic corpus");
            GC.Collect();
            clock.Restart();
            var run = rig.CreateDriver().RunGenerators(rig.Compilation);
            driver = clock.Elapsed.TotalMilliseconds;
            var generated = run.GetRunResult().Results.Single().GeneratedSources;
            generatedChars = generated.Sum(s => (long)s.SourceText.Length);
            clock.Restart();
            var trees = generated.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, path: s.HintName)).ToList();
            csharp = clock.Elapsed.TotalMilliseconds;
            GC.KeepAlive(trees);
            GC.Collect();
        }
        var rest = Math.Max(0, driver - parse - validate);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Where a full run's time goes, {count:N0} synthetic reports (warm, one sample each):\n\n");
        text.Append("| phase | time | share of the generator run |\n|---|---:|---:|\n");
        text.Append(CultureInfo.InvariantCulture, $"| parse the YAML (ReportParser, YamlDotNet) | {parse / 1000:0.00} s | {parse / driver * 100:0}% |\n");
        text.Append(CultureInfo.InvariantCulture, $"| validate (ReportValidator: sections, quotes, registries) | {validate / 1000:0.00} s | {validate / driver * 100:0}% |\n");
        text.Append(CultureInfo.InvariantCulture, $"| the rest: emit C#, hashes, pipeline | {rest / 1000:0.00} s | {rest / driver * 100:0}% |\n");
        text.Append(CultureInfo.InvariantCulture, $"| **the generator run** (driver, all of the above) | **{driver / 1000:0.00} s** | 100% |\n");
        text.Append(CultureInfo.InvariantCulture, $"| parse the generated C# ({generatedChars / 1e6:0.0} million characters; done later by the compiler) | {csharp / 1000:0.00} s | — |\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, text.ToString());
        Console.WriteLine(text);
        return 0;
    }
}
