using System.Globalization;
using System.Text;

namespace ReportSdk.Startup;

/// <summary>
/// Turns the raw results of one bench/run.sh (generator.tsv, phases.md, buildcost.tsv, steps.md,
/// startup.tsv, lookup.tsv, machine.txt) into results/summary.md: the tables of docs/benchmarks.md
/// and the goals, each marked met or missed (and by how much) with the measured value. A smoke
/// run's numbers are not judged.
/// </summary>
public static class Summary
{
    /// <summary>The 1,000-report generator run of docs/benchmarks.md before the redesign (commit 2f22b14).</summary>
    private const double GeneratorBefore1000Ns = 8.46e9;

    public static int Write(string results, string repo, bool smoke)
    {
        var md = new StringBuilder();
        var goals = new List<Goal>();
        md.Append(smoke ? "# Benchmark summary (SMOKE RUN: tiny data, Dry jobs; the numbers mean nothing)\n\n" : "# Benchmark summary\n\n");
        var machine = Path.Combine(results, "machine.txt");
        if (File.Exists(machine)) md.Append("```\n").Append(File.ReadAllText(machine).TrimEnd()).Append("\n```\n\n");

        Generator(results, md, goals);
        BuildCost(results, md, goals);
        Steps(results, md, goals);
        Startup(results, md, goals);
        Lookups(results, md, goals);

        md.Append("\n## Goals\n\n| goal | measured | |\n|---|---|---|\n");
        foreach (var goal in goals)
        {
            var verdict = smoke ? "not judged (smoke)" : goal.Met switch { true => "met", false => "**missed**" + (goal.Miss is null ? "" : " " + goal.Miss), null => "reported" };
            md.Append(CultureInfo.InvariantCulture, $"| {goal.Text} | {goal.Measured} | {verdict} |\n");
        }
        var file = Path.Combine(results, "summary.md");
        File.WriteAllText(file, md.ToString());
        Console.WriteLine(md);
        return 0;
    }

    private static void Generator(string results, StringBuilder md, List<Goal> goals)
    {
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
        if (real is not null) goals.Add(new("the five real reports generate in under 150 ms warm", Time(Num(real["median_ns"])), Num(real["median_ns"]) < 150e6));
        if (perReport.TryGetValue(1000, out var per1000))
        {
            var total = per1000 * 1000;
            goals.Add(new("generator on 1,000 reports: no slower than before (8.46 s at 2f22b14)", Time(total), total <= GeneratorBefore1000Ns,
                $"by {Time(total - GeneratorBefore1000Ns)} ({(total / GeneratorBefore1000Ns - 1) * 100:0}% slower)"));
            if (perReport.TryGetValue(100, out var per100))
            {
                var k = Math.Log(per1000 * 1000 / (per100 * 100)) / Math.Log(10);
                goals.Add(new("1,000 reports grow linearly (k ≤ 1.1 from 100 to 1,000)", $"k = {k:0.00}; {Time(per100)} per report at 100, {Time(per1000)} at 1,000", k <= 1.1));
            }
        }
    }

    private static void BuildCost(string results, StringBuilder md, List<Goal> goals)
    {
        var skipped = Path.Combine(results, "buildcost.skipped");
        var rows = Tsv.Read(Path.Combine(results, "buildcost.tsv"));
        if (rows.Count == 0 && !File.Exists(skipped)) return;
        md.Append("\n## Build cost: `dotnet build` of the synthetic dataset project, from clean\n\n");
        if (rows.Count == 0)
        {
            md.Append(File.ReadAllText(skipped).Trim()).Append('\n');
            return;
        }
        var row = rows[0];
        var reports = int.Parse(row["reports"], CultureInfo.InvariantCulture);
        var wall = Num(row["wall_s"]);
        var rssGb = Num(row["max_rss_kb"]) * 1024 / (1L << 30);
        md.Append("`/usr/bin/time -v dotnet build bench/ReportSdk.Synthetic -c Release -m:1 -p:UseSharedCompilation=false -nodeReuse:false` after removing its obj/ and bin/ and restoring (untimed); typed members and XML docs kept.\n\n");
        md.Append("| reports | wall | user CPU | system CPU | peak memory (largest process) | assembly | XML docs | load average before |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture,
            $"| {reports:N0} | {wall:0.0} s | {Num(row["user_s"]):0.0} s | {Num(row["system_s"]):0.0} s | {rssGb:0.00} GB | {Bytes(row["dll_bytes"])} | {Bytes(row["xml_bytes"])} | {row["load_before"]} |\n");
        if (reports == 1000)
        {
            goals.Add(new("build of the 1,000-report dataset: ≤ 90 s wall", $"{wall:0.0} s", wall <= 90, $"by {wall - 90:0.0} s ({wall / 90:0.0}×)"));
            goals.Add(new("build of the 1,000-report dataset: ≤ 4 GB peak memory", $"{rssGb:0.00} GB", rssGb <= 4, $"by {rssGb - 4:0.00} GB ({rssGb / 4:0.0}×)"));
        }
    }

    private static void Steps(string results, StringBuilder md, List<Goal> goals)
    {
        var steps = Path.Combine(results, "steps.md");
        if (!File.Exists(steps)) return;
        var text = File.ReadAllText(steps);
        md.Append("\n## Incremental edits: which steps ran (step tracking)\n\n").Append(text).Append('\n');
        var edit = text.Contains("Check (one-file edit): passed", StringComparison.Ordinal);
        goals.Add(new("a one-file edit re-runs only that file's steps", edit ? "per-file steps ran for the edited file only" : "per-file steps ran for other files (see steps.md)", edit));
        var comment = text.Contains("Check (comment-only edit): passed", StringComparison.Ordinal);
        goals.Add(new("a comment-only edit re-emits no source", comment ? "every SourceOutput output Cached or Unchanged; no generated text changed" : "sources re-emitted (see steps.md)", comment));
    }

    private static void Startup(string results, StringBuilder md, List<Goal> goals)
    {
        var startup = Tsv.Read(Path.Combine(results, "startup.tsv"));
        if (startup.Count == 0) return;
        md.Append("\n## Start-up to the first answered query (whole processes, medians)\n\n");
        md.Append("| app | data | runs | wall | p25–p75 | wall above the floor | CPU (user+sys) | p25–p75 | CPU above the floor | × compiled (wall above floor) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in startup)
        {
            var above = Num(row["above_floor_ms"]);
            var compiled = startup.Find(r => r["app"] == "compiled" && r["data"] == row["data"]);
            var ratio = compiled is null || row["data"].Length == 0 ? "" : (above / Num(compiled["above_floor_ms"])).ToString("0.0", CultureInfo.InvariantCulture) + "×";
            var isFloor = row["app"] == "floor";
            md.Append(CultureInfo.InvariantCulture,
                $"| {row["app"]} | {row["data"]} | {row["runs"]} | {Ms(Num(row["median_ms"]))} | {Ms(Num(row["p25_ms"]))}–{Ms(Num(row["p75_ms"]))} | {(isFloor ? "—" : Ms(above))} | {Ms(Num(row["cpu_median_ms"]))} | {Ms(Num(row["cpu_p25_ms"]))}–{Ms(Num(row["cpu_p75_ms"]))} | {(isFloor ? "—" : Ms(Num(row["cpu_above_floor_ms"])))} | {ratio} |\n");
        }
        var answers = startup.Where(r => r["data"].Length > 0).GroupBy(r => r["data"]).Select(g => $"{g.Key}: `{g.First()["answer"]}`");
        md.Append("\nThe floor is `Startup.Floor` (a console app that prints one line, as every app here does); `empty` is an empty Main. CPU is the child's user + system time (every thread: JIT, GC, tiering). Every app printed the same answer for its data: ").Append(string.Join("; ", answers)).Append(".\n");

        var syntheticData = startup.Select(r => r["data"]).First(d => d.EndsWith(" synthetic", StringComparison.Ordinal));
        Dictionary<string, string>? Row(string app, string data) => startup.Find(r => r["app"] == app && r["data"] == data);
        void Budget(string goal, string data, double budget)
        {
            var row = Row("compiled", data);
            if (row is null) return;
            var wall = Num(row["above_floor_ms"]);
            var cpu = Num(row["cpu_above_floor_ms"]);
            var worst = Math.Max(wall, cpu);
            goals.Add(new(goal, $"wall {wall:0.0} ms, CPU {cpu:0.0} ms above the floor", wall <= budget && cpu <= budget,
                $"by {worst - budget:0.0} ms ({worst / budget:0.0}×, the larger of wall and CPU)"));
        }
        Budget("compiled, 5 real reports: first query ≤ 10 ms above the floor (CPU and wall)", "5 real", 10);
        Budget($"compiled, {syntheticData} reports: first query ≤ 10 ms above the floor (CPU and wall)", syntheticData, 10);
        Budget("compiled, 5 real reports: first series query across all reports ≤ 20 ms above the floor", "5 real, series", 20);
        Budget($"compiled, {syntheticData} reports: first series query across all reports ≤ 500 ms above the floor", syntheticData + ", series", 500);

        // Reported, not goals: the run-time routes against the compiled dataset.
        foreach (var data in new[] { "5 real", syntheticData })
        {
            var compiled = Row("compiled", data);
            if (compiled is null) continue;
            var c = Num(compiled["above_floor_ms"]);
            var others = new[] { "yaml (all files)", "yaml (one file)", "json" }
                .Select(app => (app, row: Row(app, data)))
                .Where(x => x.row is not null)
                .Select(x => $"{x.app} {Num(x.row!["above_floor_ms"]):0.0} ms ({Num(x.row!["above_floor_ms"]) / c:0.0}×)");
            goals.Add(new($"{data}: run-time routes against the compiled dataset (wall above the floor)", $"compiled {c:0.0} ms; " + string.Join("; ", others), null));
        }
    }

    private static void Lookups(string results, StringBuilder md, List<Goal> goals)
    {
        var lookups = Tsv.Read(Path.Combine(results, "lookup.tsv"));
        if (lookups.Count == 0) return;
        md.Append("\n## Lookups on a loaded dataset\n\n| query | time | allocated |\n|---|---:|---:|\n");
        foreach (var row in lookups) md.Append(CultureInfo.InvariantCulture, $"| `{row["method"]}` | {Time(Num(row["median_ns"]))} | {Bytes(row["allocated_bytes"])} |\n");
        foreach (var row in lookups.Where(r => !r["method"].Contains("first TargetsOf", StringComparison.Ordinal)))
        {
            var ns = Num(row["median_ns"]);
            var bytes = row["allocated_bytes"].Length == 0 ? 0 : Num(row["allocated_bytes"]);
            var cached = row["method"].Contains("TargetsOf", StringComparison.Ordinal) ? " (cached series)" : "";
            goals.Add(new($"lookup `{row["method"]}`{cached}: ≤ 30 ns, 0 B", $"{ns:0.0} ns, {bytes:0} B", ns <= 30 && bytes == 0,
                ns > 30 ? $"by {ns - 30:0.0} ns" : $"allocates {bytes:0} B"));
        }
        foreach (var row in lookups.Where(r => r["method"].Contains("first TargetsOf", StringComparison.Ordinal)))
        {
            goals.Add(new($"`{row["method"]}` (a series computed afresh)", $"{Time(Num(row["median_ns"]))}, {Bytes(row["allocated_bytes"])}", null));
        }
    }

    private sealed record Goal(string Text, string Measured, bool? Met, string? Miss = null);

    private static double Num(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms is >= 1000 or <= -1000 ? $"{ms:0} ms" : $"{ms:0.0} ms";

    private static string Time(Dictionary<string, string>? row, string column) => row is null ? "" : Time(Num(row[column]));

    private static string Time(double ns) => Math.Abs(ns) switch
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
