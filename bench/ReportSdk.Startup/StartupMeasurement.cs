using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ReportSdk.Startup;

/// <summary>
/// Process-level start-up: each app is started, answers its query, prints the answer and exits.
/// Two times per run: wall-clock from Process.Start to exit, and the CPU time of the child process
/// (user + system, from getrusage(RUSAGE_CHILDREN) before the start and after the child is reaped;
/// the apps start no processes of their own). CPU time counts every thread (JIT, GC, tiering), and
/// is less disturbed than wall time when other work shares the cores. Apps run interleaved (every
/// round runs each app once, in a rotating order) so that machine noise spreads over all of them;
/// the first rounds are warm-up (disk cache) and are dropped. Medians. Every answer is checked.
/// </summary>
public static class StartupMeasurement
{
    private const int WarmupRounds = 2;

    public static int Run(string bin, string repo, string results, int rounds, int corpusCount, string? readyToRun)
    {
        if (readyToRun is not null && !File.Exists(readyToRun)) throw new FileNotFoundException("not published: " + readyToRun, readyToRun);
        var corpus = Path.Combine(repo, "bench", ".corpus");
        var corpusId = "syn-" + Math.Max(1, corpusCount / 2).ToString("0000", CultureInfo.InvariantCulture);
        var synthetic = corpusCount.ToString("N0", CultureInfo.InvariantCulture) + " synthetic";
        var data = Path.Combine(repo, "data");
        const string Id = "luoyang-2021-gwr", Key = "gdp-growth";
        // Run counts: the run-time YAML of 1,000 reports takes seconds per start; fewer rounds for it.
        var heavy = Math.Max(3, rounds / 3);
        var apps = new List<App>
        {
            new("empty", "", App.Exe(bin, "Startup.Empty"), [], rounds),
            new("floor", "", App.Exe(bin, "Startup.Floor"), [], rounds),
            new("compiled", "5 real", App.Exe(bin, "Startup.Compiled"), [Id, Key], rounds),
            new("yaml (all files)", "5 real", App.Exe(bin, "Startup.RuntimeYaml"), [data, Id, Key, "all"], rounds),
            new("yaml (one file)", "5 real", App.Exe(bin, "Startup.RuntimeYaml"), [data, Id, Key, "one"], rounds),
            new("json", "5 real", App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "luoyang.json"), Id, Key], rounds),
            // Not a goal: the same compiled app published ReadyToRun (precompiled, little JIT), to show what JIT costs.
            new("compiled, ReadyToRun", "5 real", readyToRun ?? "", [Id, Key], readyToRun is null ? 0 : rounds),
            new("compiled", synthetic, App.Exe(bin, "Startup.Compiled1000"), [corpusId, Key], rounds),
            new("yaml (all files)", synthetic, App.Exe(bin, "Startup.RuntimeYaml"), [Path.Combine(corpus, "dataset"), corpusId, Key, "all"], heavy),
            new("yaml (one file)", synthetic, App.Exe(bin, "Startup.RuntimeYaml"), [Path.Combine(corpus, "dataset"), corpusId, Key, "one"], rounds),
            new("json", synthetic, App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "dataset.json"), corpusId, Key], heavy),
            // One indicator's series across all reports as the first query, which creates every report
            // of the compiled dataset and reads all their targets.
            new("compiled", "5 real, series", App.Exe(bin, "Startup.Compiled"), ["series", Key], rounds),
            new("yaml (all files)", "5 real, series", App.Exe(bin, "Startup.RuntimeYaml"), [data, "series", Key], rounds),
            new("json", "5 real, series", App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "luoyang.json"), "series", Key], rounds),
            new("compiled", synthetic + ", series", App.Exe(bin, "Startup.Compiled1000"), ["series", Key], rounds),
            new("yaml (all files)", synthetic + ", series", App.Exe(bin, "Startup.RuntimeYaml"), [Path.Combine(corpus, "dataset"), "series", Key], heavy),
            new("json", synthetic + ", series", App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "dataset.json"), "series", Key], heavy),
        };

        var failures = new List<string>();
        for (var round = 0; round < WarmupRounds + rounds; round++)
        {
            // Rotate the order each round so no app always runs first or after the heaviest one.
            for (var i = 0; i < apps.Count; i++)
            {
                var app = apps[(i + round) % apps.Count];
                if (app.Runs == 0 || round >= WarmupRounds + app.Runs) continue;
                var (ms, cpu, output, error) = Time(app);
                if (error is not null)
                {
                    failures.Add($"{app.Name} ({app.Data}): {error}");
                    continue;
                }
                if (round >= WarmupRounds)
                {
                    app.Times.Add(ms);
                    app.Cpu.Add(cpu);
                }
                app.Output ??= output;
                if (app.Output != output) failures.Add($"{app.Name} ({app.Data}) printed '{output}', before '{app.Output}'");
            }
            Console.Error.Write(round < WarmupRounds ? "w" : ".");
            if (failures.Count > 0) break;
        }
        Console.Error.WriteLine();
        // Every app of one data set must give the same answer.
        foreach (var group in apps.Where(a => a.Data.Length > 0 && a.Runs > 0).GroupBy(a => a.Data))
        {
            var answers = group.Select(a => a.Output).Distinct().ToList();
            if (answers.Count != 1) failures.Add($"{group.Key}: the apps disagree: {string.Join(" | ", answers)}");
        }
        if (failures.Count > 0)
        {
            foreach (var failure in failures.Distinct().Take(10)) Console.Error.WriteLine("startup: " + failure);
            return 1;
        }

        var floorApp = apps.Single(a => a.Name == "floor");
        var floor = Median(floorApp.Times);
        var floorCpu = Median(floorApp.Cpu);
        var empty = Median(apps.Single(a => a.Name == "empty").Times);
        var tsv = new StringBuilder("app\tdata\truns\tmedian_ms\tp25_ms\tp75_ms\tmin_ms\tabove_floor_ms\tabove_empty_ms\tcpu_median_ms\tcpu_p25_ms\tcpu_p75_ms\tcpu_above_floor_ms\tanswer\n");
        foreach (var app in apps.Where(a => a.Times.Count > 0))
        {
            var median = Median(app.Times);
            var cpu = Median(app.Cpu);
            tsv.Append(CultureInfo.InvariantCulture,
                $"{app.Name}\t{app.Data}\t{app.Times.Count}\t{median:0.00}\t{Percentile(app.Times, 0.25):0.00}\t{Percentile(app.Times, 0.75):0.00}\t{app.Times.Min():0.00}\t{median - floor:0.00}\t{median - empty:0.00}");
            tsv.Append(CultureInfo.InvariantCulture,
                $"\t{cpu:0.00}\t{Percentile(app.Cpu, 0.25):0.00}\t{Percentile(app.Cpu, 0.75):0.00}\t{cpu - floorCpu:0.00}\t{app.Output}\n");
        }
        var file = Path.Combine(results, "startup.tsv");
        File.WriteAllText(file, tsv.ToString());
        Console.WriteLine(tsv);
        return 0;
    }

    /// <summary>One run of the app: wall-clock ms, CPU ms of the child (user + system), its output.</summary>
    private static (double Ms, double CpuMs, string Output, string? Error) Time(App app)
    {
        var info = new ProcessStartInfo(app.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in app.Args) info.ArgumentList.Add(arg);
        var cpuBefore = ChildrenCpuMs();
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + app.Path);
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        // WaitForExit returns once the runtime has reaped the child, so its rusage is in RUSAGE_CHILDREN;
        // one child runs at a time, so the difference is this child's CPU time.
        var cpu = ChildrenCpuMs() - cpuBefore;
        if (process.ExitCode != 0) return (ms, cpu, output, $"exit code {process.ExitCode}: {stderr.Result.Trim()}");
        return (ms, cpu, output.Trim(), null);
    }

    /// <summary>User + system CPU time of every reaped child of this process so far, in ms.</summary>
    private static double ChildrenCpuMs()
    {
        if (getrusage(RusageChildren, out var usage) != 0) throw new InvalidOperationException("getrusage failed: errno " + Marshal.GetLastPInvokeError());
        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    private const int RusageChildren = -1;

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    /// <summary>struct rusage of Linux (64-bit): two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxRss;
        public long IxRss;
        public long IdRss;
        public long IsRss;
        public long MinFlt;
        public long MajFlt;
        public long NSwap;
        public long InBlock;
        public long OuBlock;
        public long MsgSnd;
        public long MsgRcv;
        public long NSignals;
        public long NVcsw;
        public long NIvcsw;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var at = p * (sorted.Count - 1);
        var low = (int)Math.Floor(at);
        var high = (int)Math.Ceiling(at);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }

    private sealed class App(string name, string data, string path, string[] args, int runs)
    {
        public string Name { get; } = name;

        public string Data { get; } = data;

        public string Path { get; } = path;

        public string[] Args { get; } = args;

        public int Runs { get; } = runs;

        public List<double> Times { get; } = [];

        public List<double> Cpu { get; } = [];

        public string? Output { get; set; }

        public static string Exe(string bin, string name)
        {
            var path = System.IO.Path.Combine(bin, name, "release", name);
            return File.Exists(path) ? path : throw new FileNotFoundException("not built: " + path, path);
        }
    }
}
