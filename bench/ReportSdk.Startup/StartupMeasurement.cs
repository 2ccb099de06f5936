using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportSdk.Startup;

/// <summary>
/// Process-level start-up: each app is started, answers its query, prints the answer and exits;
/// the time is wall-clock from Process.Start to exit. Apps run interleaved (every round runs each
/// app once, in a rotating order) so that machine noise spreads over all of them; the first
/// rounds are warm-up (disk cache) and are dropped. Every answer is checked.
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
        var schemas = Path.Combine(repo, "schemas");
        const string Id = "luoyang-2021-gwr", Key = "gdp-growth";
        // Run counts: the run-time YAML of 1,000 reports takes seconds per start; fewer rounds for it.
        var heavy = Math.Max(3, rounds / 3);
        var apps = new List<App>
        {
            new("empty", "", App.Exe(bin, "Startup.Empty"), [], rounds),
            new("floor", "", App.Exe(bin, "Startup.Floor"), [], rounds),
            new("compiled", "5 real", App.Exe(bin, "Startup.Compiled"), [Id, Key], rounds),
            new("yaml (all files)", "5 real", App.Exe(bin, "Startup.RuntimeYaml"), [schemas, Id, Key, "all"], rounds),
            new("yaml (one file)", "5 real", App.Exe(bin, "Startup.RuntimeYaml"), [schemas, Id, Key, "one"], rounds),
            new("json", "5 real", App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "luoyang.json"), Id, Key], rounds),
            // Not a goal: the same compiled app published ReadyToRun (precompiled, little JIT), to show what JIT costs.
            new("compiled, ReadyToRun", "5 real", readyToRun ?? "", [Id, Key], readyToRun is null ? 0 : rounds),
            new("compiled", synthetic, App.Exe(bin, "Startup.Compiled1000"), [corpusId, Key], rounds),
            new("yaml (all files)", synthetic, App.Exe(bin, "Startup.RuntimeYaml"), [Path.Combine(corpus, "dataset"), corpusId, Key, "all"], heavy),
            new("yaml (one file)", synthetic, App.Exe(bin, "Startup.RuntimeYaml"), [Path.Combine(corpus, "dataset"), corpusId, Key, "one"], rounds),
            new("json", synthetic, App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "dataset.json"), corpusId, Key], heavy),
            // Not a goal: one indicator's series across all reports as the first query, which creates
            // every report of the compiled dataset (the most JIT a first query can cause).
            new("compiled", "5 real, series", App.Exe(bin, "Startup.Compiled"), ["series", Key], rounds),
            new("yaml (all files)", "5 real, series", App.Exe(bin, "Startup.RuntimeYaml"), [schemas, "series", Key], rounds),
            new("json", "5 real, series", App.Exe(bin, "Startup.Json"), [Path.Combine(corpus, "luoyang.json"), "series", Key], rounds),
            new("compiled", synthetic + ", series", App.Exe(bin, "Startup.Compiled1000"), ["series", Key], heavy),
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
                var (ms, output, error) = Time(app);
                if (error is not null)
                {
                    failures.Add($"{app.Name} ({app.Data}): {error}");
                    continue;
                }
                if (round >= WarmupRounds) app.Times.Add(ms);
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

        var floor = Median(apps.Single(a => a.Name == "floor").Times);
        var empty = Median(apps.Single(a => a.Name == "empty").Times);
        var tsv = new StringBuilder("app\tdata\truns\tmedian_ms\tp25_ms\tp75_ms\tmin_ms\tabove_floor_ms\tabove_empty_ms\tanswer\n");
        foreach (var app in apps.Where(a => a.Times.Count > 0))
        {
            var median = Median(app.Times);
            tsv.Append(CultureInfo.InvariantCulture,
                $"{app.Name}\t{app.Data}\t{app.Times.Count}\t{median:0.00}\t{Percentile(app.Times, 0.25):0.00}\t{Percentile(app.Times, 0.75):0.00}\t{app.Times.Min():0.00}\t{median - floor:0.00}\t{median - empty:0.00}\t{app.Output}\n");
        }
        var file = Path.Combine(results, "startup.tsv");
        File.WriteAllText(file, tsv.ToString());
        Console.WriteLine(tsv);
        return 0;
    }

    private static (double Ms, string Output, string? Error) Time(App app)
    {
        var info = new ProcessStartInfo(app.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in app.Args) info.ArgumentList.Add(arg);
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + app.Path);
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (process.ExitCode != 0) return (ms, output, $"exit code {process.ExitCode}: {stderr.Result.Trim()}");
        return (ms, output.Trim(), null);
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

        public string? Output { get; set; }

        public static string Exe(string bin, string name)
        {
            var path = System.IO.Path.Combine(bin, name, "release", name);
            return File.Exists(path) ? path : throw new FileNotFoundException("not built: " + path, path);
        }
    }
}
