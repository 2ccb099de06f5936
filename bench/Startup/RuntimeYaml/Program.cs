using System.Globalization;
using ReportSdk;
using ReportSdk.Schema.Parsing;
using ReportSdk.Bench.RuntimeYaml;

// Startup.RuntimeYaml FOLDER ID KEY [all|one]
//   all: parse every report under FOLDER/reports (a dataset loaded the way the CLI loads it);
//   one: parse only FOLDER/reports/*/ID.yaml (the least a run-time loader can do).
// Startup.RuntimeYaml FOLDER series KEY: every target of indicator KEY across all reports.
// Both parse the three registries. No validation: the compiled dataset was validated at build time.
var folder = args[0];
var id = args[1];
var key = args[2];
var mode = args.Length > 3 ? args[3] : "all";
var series = id == "series";

var registries = RegistryParser.FileNames.Select(name => Path.Combine(folder, name))
    .Select(file => RegistryParser.Parse(file, File.ReadAllText(file)))
    .ToList();
var builder = new ReportBuilder(RegistryMerger.Merge(registries));
var files = mode == "one" && !series
    ? Directory.EnumerateFiles(Path.Combine(folder, "reports"), id + ".yaml", SearchOption.AllDirectories)
    : Directory.EnumerateFiles(Path.Combine(folder, "reports"), "*.yaml", SearchOption.AllDirectories);
var reports = new List<Report>();
foreach (var file in files)
{
    var parsed = ReportParser.Parse(file, File.ReadAllText(file));
    if (parsed.Report is null || parsed.Diagnostics.Count > 0)
    {
        Console.Error.WriteLine($"{file}: {parsed.Diagnostics.Count} findings, first: {parsed.Diagnostics.FirstOrDefault()}");
        return 1;
    }
    reports.Add(builder.Build(parsed.Report));
}
if (series)
{
    var targets = new ReportCollection(reports).TargetsOf(key);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} targets of {key}, values summing to {targets.Sum(t => t.Quantity?.Value ?? 0)}"));
    return 0;
}
var target = new ReportCollection(reports).Get(id).Targets.Get(key);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} {key} {target.Quantity?.Value} {target.Quantity?.Unit.Code} {target.Period}"));
return 0;
