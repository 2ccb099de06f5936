using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Watching;

// ReportSdk.WatchLatency [--rounds N] [--results DIR]
// The latency of `reportsdk validate --watch` on the five curated reports, for one edited report:
//   in process   the edit is on disk → ValidationSession.Run (every file read again, the edited one
//                parsed and checked again, the rest reused) → FindingChanges.Between; wall and CPU
//   full         the same change validated from scratch (DatasetLoader.Compile), for comparison
//   end to end   File.WriteAllText returns → FileSystemWatcher event → debounce (20 ms) → the
//                changed findings printed (ValidationWatch.Validated); wall only
// Each edit alternates: a quote broken (one new RS3001) and repaired (one fixed). Medians and p90.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
var rounds = int.Parse(options.GetValueOrDefault("--rounds") ?? "50", CultureInfo.InvariantCulture);
var results = options.GetValueOrDefault("--results");

var repo = Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
var data = Path.Combine(Path.GetTempPath(), "reportsdk-watch-bench-" + Guid.NewGuid().ToString("N"));
Copy(Path.Combine(repo, "data"), data);
var report = Path.Combine(data, "reports", "luoyang", "luoyang-2021-gwr.yaml");
var good = File.ReadAllText(report);
var broken = good.Replace("quote: \"生产总值增长8%以上\"", "quote: \"生产总值增长9%以上\"", StringComparison.Ordinal);
if (broken == good) throw new InvalidOperationException("the quote to break is not in luoyang-2021-gwr.yaml; update bench/ReportSdk.WatchLatency");
var edits = 0;
string Next() => ++edits % 2 == 1 ? broken : good;

try
{
    // In process: the session's incremental run and the diff of findings.
    var session = new ValidationSession(new[] { data });
    var findings = session.Run().Findings;
    for (var i = 0; i < 10; i++) findings = session.Run().Findings; // warm-up: JIT, caches
    var inProcess = new List<(double Wall, double Cpu)>();
    var full = new List<(double Wall, double Cpu)>();
    for (var i = 0; i < rounds; i++)
    {
        File.WriteAllText(report, Next());
        var (wall, cpu) = Measure(() =>
        {
            var run = session.Run();
            var lines = FindingChanges.Between(findings, run.Findings);
            if (lines.Count != 1) throw new InvalidOperationException($"expected one changed finding, got {lines.Count}");
            findings = run.Findings;
        });
        inProcess.Add((wall, cpu));
        if (session.ParsedLastRun != 1 || session.CheckedLastRun != 1) throw new InvalidOperationException($"expected one report parsed and checked again, got {session.ParsedLastRun} and {session.CheckedLastRun}");
        full.Add(Measure(() => DatasetLoader.Load(new[] { data })));
    }

    // End to end: the real watcher and debounce.
    var endToEnd = new List<double>();
    using (var watch = new ValidationWatch(new[] { data }, TextWriter.Null, Console.Error))
    {
        using var signal = new SemaphoreSlim(0);
        var clock = new Stopwatch();
        double last = 0;
        watch.Validated += lines =>
        {
            if (lines.Any(l => l.StartsWith('+') || l.StartsWith('-'))) { last = clock.Elapsed.TotalMilliseconds; signal.Release(); }
        };
        watch.Start();
        for (var i = 0; i < Math.Min(rounds, 30) + 3; i++)
        {
            var text = Next();
            clock.Restart();
            File.WriteAllText(report, text);
            clock.Restart(); // from the moment the save is complete
            if (!signal.Wait(TimeSpan.FromSeconds(10))) throw new TimeoutException("the watcher did not report the change within 10 s");
            if (i >= 3) endToEnd.Add(last); // the first rounds warm the watcher up
            Thread.Sleep(50); // let the events of this save settle before the next
        }
    }

    var text2 = new StringBuilder();
    text2.Append(CultureInfo.InvariantCulture, $"`reportsdk validate --watch`, the five curated reports ({Directory.GetFiles(data, "*", SearchOption.AllDirectories).Length} files), one report edited per round (a quote broken, then repaired), {rounds} rounds:\n\n");
    text2.Append("| measurement | median wall | p90 wall | median CPU |\n|---|---:|---:|---:|\n");
    text2.Append(CultureInfo.InvariantCulture, $"| in process: read the files, parse and check the edited report, reuse the rest, diff the findings | {Median(inProcess.Select(m => m.Wall)):0.0} ms | {P90(inProcess.Select(m => m.Wall)):0.0} ms | {Median(inProcess.Select(m => m.Cpu)):0.0} ms |\n");
    text2.Append(CultureInfo.InvariantCulture, $"| for comparison: the same data validated from scratch (`DatasetLoader.Load`) | {Median(full.Select(m => m.Wall)):0.0} ms | {P90(full.Select(m => m.Wall)):0.0} ms | {Median(full.Select(m => m.Cpu)):0.0} ms |\n");
    text2.Append(CultureInfo.InvariantCulture, $"| end to end: save complete → FileSystemWatcher → {ValidationWatch.Debounce.TotalMilliseconds:0} ms debounce → changed findings printed ({endToEnd.Count} rounds) | {Median(endToEnd):0.0} ms | {P90(endToEnd):0.0} ms | — |\n");
    Console.WriteLine(text2);
    if (results is not null)
    {
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "watch.md"), text2.ToString());
        var tsv = new StringBuilder("measurement\tmedian_wall_ms\tp90_wall_ms\tmedian_cpu_ms\trounds\n");
        tsv.Append(CultureInfo.InvariantCulture, $"in-process\t{Median(inProcess.Select(m => m.Wall)):0.00}\t{P90(inProcess.Select(m => m.Wall)):0.00}\t{Median(inProcess.Select(m => m.Cpu)):0.00}\t{rounds}\n");
        tsv.Append(CultureInfo.InvariantCulture, $"full-validate\t{Median(full.Select(m => m.Wall)):0.00}\t{P90(full.Select(m => m.Wall)):0.00}\t{Median(full.Select(m => m.Cpu)):0.00}\t{rounds}\n");
        tsv.Append(CultureInfo.InvariantCulture, $"end-to-end\t{Median(endToEnd):0.00}\t{P90(endToEnd):0.00}\t\t{endToEnd.Count}\n");
        File.WriteAllText(Path.Combine(results, "watch.tsv"), tsv.ToString());
    }
    return 0;
}
finally
{
    Directory.Delete(data, recursive: true);
}

static (double Wall, double Cpu) Measure(Action action)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    action();
    var wall = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
}

static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

static double P90(IEnumerable<double> values) => Percentile(values, 0.9);

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToList();
    var rank = p * (sorted.Count - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

static void Copy(string source, string target)
{
    Directory.CreateDirectory(target);
    foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    foreach (var folder in Directory.GetDirectories(source)) Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
}
