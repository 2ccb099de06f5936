using System.Globalization;
using System.Text;

namespace ReportSdk.Startup;

/// <summary>
/// Turns the raw results of one bench/run.sh (generator.tsv, lookup.tsv, steps.md, startup.tsv,
/// machine.txt) into results/summary.md: the tables of docs/benchmarks.md and the goals, each
/// marked met or missed with the measured value. A smoke run's numbers are not judged.
/// </summary>
public static class Summary
{
    public static int Write(string results, string repo, bool smoke)
    {
        var md = new StringBuilder();
        var goals = new List<(string Goal, string Measured, bool? Met)>();
        md.Append(smoke ? "# Benchmark summary (SMOKE RUN: tiny data, Dry jobs; the numbers mean nothing)\n\n" : "# Benchmark summary\n\n");
        var machine = Path.Combine(results, "machine.txt");
        if (File.Exists(machine)) md.Append("```\n").Append(File.ReadAllText(machine).TrimEnd()).Append("\n```\n\n");

        var generator = Tsv.Read(Path.Combine(results, "generator.tsv"));
        md.Append("## Generator (CSharpGeneratorDriver, in-memory files)\n\n");
        md.Append("| data | reports | full run | allocated | per report | edit one YAML | allocated | run, nothing changed |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        var perReport = new SortedDictionary<int, double>();
        foreach (var data in generator.Select(r => r["data"]).Distinct())
        {
            var n = data == "real5" ? 5 : int.Parse(data.AsSpan(3), CultureInfo.InvariantCulture);
            var full = generator.Find(r => r["data"] == data && r["method"] == "FullRun");
            var edit = generator.Find(r => r["data"] == data && r["method"] == "EditOneFile");
            var same = generator.Find(r => r["data"] == data && r["method"] == "RunWithoutChange");
            if (full is null) continue;
            var fullNs = Num(full["median_ns"]);
            if (data != "real5") perReport[n] = fullNs / n;
            md.Append(CultureInfo.InvariantCulture,
                $"| {(data == "real5" ? "the 5 real reports" : $"{n:N0} synthetic")} | {n:N0} | {Time(fullNs)} | {Bytes(full["allocated_bytes"])} | {Time(fullNs / n)} | {Time(edit, "median_ns")} | {Bytes(edit?["allocated_bytes"])} | {Time(same, "median_ns")} |\n");
        }
        md.Append("\nMedians of BenchmarkDotNet's iterations; allocated = bytes allocated per run (MemoryDiagnoser).\n");
        if (perReport.Count >= 2)
        {
            md.Append("\nHow the full run grows with N (time per report; exponent k of time ∝ N^k between neighbours):\n\n| N | per report | k from the previous N |\n|---:|---:|---:|\n");
            int? previous = null;
            foreach (var (n, t) in perReport)
            {
                var k = previous is { } p ? Math.Log(t * n / (perReport[p] * p)) / Math.Log((double)n / p) : (double?)null;
                md.Append(CultureInfo.InvariantCulture, $"| {n:N0} | {Time(t)} | {(k is null ? "" : k.Value.ToString("0.00", CultureInfo.InvariantCulture))} |\n");
                previous = n;
            }
        }
        var phases = Path.Combine(results, "phases.md");
        if (File.Exists(phases)) md.Append('\n').Append(File.ReadAllText(phases));
        var real = generator.Find(r => r["data"] == "real5" && r["method"] == "FullRun");
        if (real is not null) goals.Add(("the five real reports generate in under 150 ms warm", Time(Num(real["median_ns"])), Num(real["median_ns"]) < 150e6));
        if (perReport.TryGetValue(1000, out var per1000) && perReport.TryGetValue(100, out var per100))
        {
            var total = per1000 * 1000;
            var k = Math.Log(per1000 * 1000 / (per100 * 100)) / Math.Log(10);
            goals.Add(("1,000 reports stay under 10 s", Time(total), total < 10e9));
            goals.Add(("1,000 reports grow linearly (k ≤ 1.1 from 100 to 1,000)", $"k = {k:0.00}; {Time(per100)} per report at 100, {Time(per1000)} at 1,000", k <= 1.1));
        }

        var steps = Path.Combine(results, "steps.md");
        if (File.Exists(steps))
        {
            var text = File.ReadAllText(steps);
            md.Append("\n## One-file edit: which steps ran (step tracking)\n\n").Append(text).Append('\n');
            goals.Add(("a one-file edit re-runs only that file's steps", text.Contains("Check FAILED", StringComparison.Ordinal) ? "per-file steps ran for other files" : "per-file steps ran for the edited file only", !text.Contains("Check FAILED", StringComparison.Ordinal)));
        }

        var startup = Tsv.Read(Path.Combine(results, "startup.tsv"));
        if (startup.Count > 0)
        {
            md.Append("\n## Start-up to the first answered query (whole processes, medians)\n\n");
            md.Append("| app | data | runs | median | p25–p75 | above the floor | above empty Main | × compiled (above floor) |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var row in startup)
            {
                var above = Num(row["above_floor_ms"]);
                var compiled = startup.Find(r => r["app"] == "compiled" && r["data"] == row["data"]);
                var ratio = compiled is null || row["data"].Length == 0 ? "" : (above / Num(compiled["above_floor_ms"])).ToString("0.0", CultureInfo.InvariantCulture) + "×";
                md.Append(CultureInfo.InvariantCulture,
                    $"| {row["app"]} | {row["data"]} | {row["runs"]} | {Num(row["median_ms"]):0.0} ms | {Num(row["p25_ms"]):0.0}–{Num(row["p75_ms"]):0.0} ms | {(row["app"] == "floor" ? "—" : $"{above:0.0} ms")} | {(row["app"] == "empty" ? "—" : $"{Num(row["above_empty_ms"]):0.0} ms")} | {ratio} |\n");
            }
            var answers = startup.Where(r => r["data"].Length > 0).GroupBy(r => r["data"]).Select(g => $"{g.Key}: `{g.First()["answer"]}`");
            md.Append("\nThe floor is `Startup.Floor` (a console app that prints one line, as every app here does); `empty` is an empty Main. Every app printed the same answer for its data: ").Append(string.Join("; ", answers)).Append(".\n");
            double Above(string app, string data) => Num(startup.Single(r => r["app"] == app && r["data"] == data)["above_floor_ms"]);
            var c5 = Above("compiled", "5 real");
            var yaml5 = Above("yaml (all files)", "5 real");
            var yamlOne5 = Above("yaml (one file)", "5 real");
            var json5 = Above("json", "5 real");
            var syntheticData = startup.Select(r => r["data"]).First(d => d.EndsWith(" synthetic", StringComparison.Ordinal));
            var c1000 = Above("compiled", syntheticData);
            goals.Add(("compiled dataset: first query under 10 ms above the floor", $"{c5:0.0} ms", c5 < 10));
            goals.Add(("… at least 10× less than run-time YAML (all five files)", $"YAML {yaml5:0.0} ms = {yaml5 / c5:0.0}×", yaml5 >= 10 * c5));
            goals.Add(("… (the same against YAML reading only the one report's file)", $"YAML one file {yamlOne5:0.0} ms = {yamlOne5 / c5:0.0}×", yamlOne5 >= 10 * c5));
            goals.Add(("… and less than System.Text.Json", $"JSON {json5:0.0} ms", c5 < json5));
            goals.Add(($"{syntheticData} reports, compiled: under 30 ms above the floor", $"{c1000:0.0} ms", c1000 < 30));
        }

        var lookups = Tsv.Read(Path.Combine(results, "lookup.tsv"));
        if (lookups.Count > 0)
        {
            md.Append("\n## Lookups on a loaded dataset\n\n| query | time | allocated |\n|---|---:|---:|\n");
            foreach (var row in lookups) md.Append(CultureInfo.InvariantCulture, $"| `{row["method"]}` | {Time(Num(row["median_ns"]))} | {Bytes(row["allocated_bytes"])} |\n");
            foreach (var name in new[] { "Reports.Get(id)", "Targets.Get(key)", "FindSection(path)", "synthetic: Reports.Get(id)", "synthetic: Targets.Get(key)", "synthetic: FindSection(path)" })
            {
                var row = lookups.Find(r => r["method"] == name);
                if (row is null) continue;
                var ns = Num(row["median_ns"]);
                var bytes = row["allocated_bytes"].Length == 0 ? 0 : Num(row["allocated_bytes"]);
                goals.Add(($"lookup `{name}` under 30 ns with nothing allocated", $"{ns:0.0} ns, {bytes:0} B", ns < 30 && bytes == 0));
            }
            foreach (var row in lookups.Where(r => r["method"].Contains("TargetsOf", StringComparison.Ordinal)))
            {
                goals.Add(($"series `{row["method"]}` (ReportCollection caches each series after its first call)", $"{Time(Num(row["median_ns"]))}, {Bytes(row["allocated_bytes"])}", null));
            }
        }

        md.Append("\n## Goals\n\n| goal | measured | |\n|---|---|---|\n");
        foreach (var (goal, measured, met) in goals)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {goal} | {measured} | {(smoke ? "not judged (smoke)" : met switch { true => "met", false => "**missed**", null => "reported" })} |\n");
        }
        var file = Path.Combine(results, "summary.md");
        File.WriteAllText(file, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Time(Dictionary<string, string>? row, string column) => row is null ? "" : Time(Num(row[column]));

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => $"{ns / 1e9:0.00} s",
        >= 1e6 => $"{ns / 1e6:0.0} ms",
        >= 1e3 => $"{ns / 1e3:0.0} µs",
        _ => $"{ns:0.0} ns",
    };

    private static string Bytes(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var b = Num(text);
        return b switch
        {
            >= 1 << 30 => $"{b / (1 << 30):0.00} GB",
            >= 1 << 20 => $"{b / (1 << 20):0.0} MB",
            >= 1 << 10 => $"{b / (1 << 10):0.0} KB",
            _ => $"{b:0} B",
        };
    }
}

/// <summary>A tab-separated file with a header line, as rows of column → value.</summary>
internal static class Tsv
{
    public static List<Dictionary<string, string>> Read(string file)
    {
        if (!File.Exists(file)) return [];
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }
}
