using System.Diagnostics;
using System.Globalization;
using ReportSdk.Corpus;

// ReportSdk.Corpus --out DIR --count N [--seed S] [--data DIR]
// Writes N synthetic reports (syn-0001 … syn-NNNN) with the registries of DIR (default: the
// repository's data/) so that `reportsdk validate DIR` passes.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
if (args.Length % 2 != 0 || !options.ContainsKey("--out") || !options.ContainsKey("--count"))
{
    Console.Error.WriteLine("usage: ReportSdk.Corpus --out DIR --count N [--seed S] [--data DIR]");
    return 2;
}
var count = int.Parse(options["--count"], CultureInfo.InvariantCulture);
var seed = options.TryGetValue("--seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 20240601;
var data = options.TryGetValue("--data", out var d) ? d : Path.Combine(RepoRoot(), "data");

var clock = Stopwatch.StartNew();
var files = SyntheticCorpus.Generate(count, seed, data);
SyntheticCorpus.Write(options["--out"], files);
Console.WriteLine($"wrote {count} synthetic reports (seed {seed}) to {Path.GetFullPath(options["--out"])} in {clock.Elapsed.TotalSeconds:0.0} s; every report passed the validator");
return 0;

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
    }
    throw new InvalidOperationException("ReportSdk.sln not found above " + AppContext.BaseDirectory);
}
