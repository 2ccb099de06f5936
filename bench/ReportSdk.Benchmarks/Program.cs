using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReportSdk.Benchmarks;

// ReportSdk.Benchmarks generator|lookup --results DIR   BenchmarkDotNet, results in DIR/<class>.tsv
// ReportSdk.Benchmarks steps --count N --results DIR    the step-tracking proof, DIR/steps.md
// ReportSdk.Benchmarks phases --count N --results DIR   where a full generator run's time goes, DIR/phases.md
// BENCH_SMOKE=1 makes the BenchmarkDotNet runs a Dry job on tiny data (CI).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ReportSdk.Benchmarks generator|lookup|steps|phases [--count N] [--results DIR]");
    return 2;
}
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
var results = Path.GetFullPath(options.GetValueOrDefault("--results") ?? Path.Combine(RepoPaths.Root, "bench", "results"));
Directory.CreateDirectory(results);

switch (args[0])
{
    case "steps":
        return StepsProof.Run(int.Parse(options.GetValueOrDefault("--count") ?? "1000", CultureInfo.InvariantCulture), Path.Combine(results, "steps.md"));
    case "phases":
        return Phases.Run(int.Parse(options.GetValueOrDefault("--count") ?? "1000", CultureInfo.InvariantCulture), Path.Combine(results, "phases.md"));
    case "generator":
        return Report(BenchmarkRunner.Run<GeneratorBenchmarks>(Config(results)), Path.Combine(results, "generator.tsv"));
    case "lookup":
        return Report(BenchmarkRunner.Run<LookupBenchmarks>(Config(results)), Path.Combine(results, "lookup.tsv"));
    default:
        Console.Error.WriteLine("unknown command " + args[0]);
        return 2;
}

static IConfig Config(string results)
    => DefaultConfig.Instance.WithArtifactsPath(Path.Combine(results, "BenchmarkDotNet.Artifacts")).WithOptions(ConfigOptions.DisableLogFile);

// One line per benchmark case: what bench/run.sh summarizes. Fails if any case failed to run.
static int Report(Summary summary, string file)
{
    var lines = new List<string> { "method\tdata\tmedian_ns\tmean_ns\tstddev_ns\tallocated_bytes\tmeasurements" };
    var failed = 0;
    foreach (var report in summary.Reports)
    {
        var benchmark = report.BenchmarkCase;
        var data = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == "Data")?.Value?.ToString() ?? "";
        var stats = report.ResultStatistics;
        if (stats is null || !report.Success)
        {
            failed++;
            continue;
        }
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmark);
        lines.Add(string.Join('\t', benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''), data,
            stats.Median.ToString("0.###", CultureInfo.InvariantCulture), stats.Mean.ToString("0.###", CultureInfo.InvariantCulture),
            stats.StandardDeviation.ToString("0.###", CultureInfo.InvariantCulture), allocated?.ToString(CultureInfo.InvariantCulture) ?? "",
            stats.N.ToString(CultureInfo.InvariantCulture)));
    }
    File.WriteAllLines(file, lines);
    Console.WriteLine($"wrote {file}: {lines.Count - 1} cases, {failed} failed");
    return failed == 0 && summary.Reports.Length > 0 && !summary.HasCriticalValidationErrors ? 0 : 1;
}
