using System.Globalization;
using ReportSdk;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Writing;

// Startup.RuntimeYaml FOLDER ID KEY [all|one]
//   all: every YAML and source text under FOLDER (a dataset loaded the way `reportsdk` loads it);
//   one: FOLDER/reports/*/ID.yaml, the registries of FOLDER and that report's source text only.
// Startup.RuntimeYaml FOLDER series KEY: every target of indicator KEY across all reports.
// The one road to the data, as src/ReportSdk.Cli/Loading/DatasetLoader.cs takes it: the files go
// through DatasetCompiler.Compile (parse, validate, resolve), PayloadWriter writes the payloads a
// build would embed, and ReportDataset.FromPayloads reads them with the runtime's reader.
var folder = args[0];
var id = args[1];
var key = args[2];
var mode = args.Length > 3 ? args[3] : "all";
var series = id == "series";

var files = mode == "one" && !series ? OneReport(folder, id) : AllFiles(folder);
var compiled = DatasetCompiler.Compile(files, ReadSource);
if (compiled.HasErrors)
{
    Console.Error.WriteLine($"{folder}: {compiled.Findings.Count} findings, first: {compiled.Findings[0]}");
    return 1;
}
var dataset = ReportDataset.FromPayloads(
    new DatasetInfo("0.0.0-runtime", compiled.ContentHash),
    PayloadWriter.Write(compiled.PrintedRegistry),
    compiled.Reports.Select(PayloadWriter.Write).ToList());
if (series)
{
    var targets = dataset.Reports.TargetsOf(key);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} targets of {key}, values summing to {targets.Sum(t => t.Quantity?.Value ?? 0)}"));
    return 0;
}
var target = dataset.Reports.Get(id).Targets.Get(key);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} {key} {target.Quantity?.Value} {target.Quantity?.Unit.Code} {target.Period}"));
return 0;

// Every *.yaml and *.txt under the folder, in path order (as the CLI's DataFiles.Read lists them).
static List<InputFile> AllFiles(string folder)
    => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => DatasetCompiler.IsYaml(f) || DatasetCompiler.IsSource(f))
        .Order(StringComparer.Ordinal)
        .Select(Read)
        .ToList();

// The registries and the one report's YAML; the compiler asks ReadSource for its source text.
static List<InputFile> OneReport(string folder, string id)
{
    var report = Directory.EnumerateFiles(Path.Combine(folder, "reports"), id + ".yaml", SearchOption.AllDirectories).Single();
    return RegistryParser.FileNames.Select(name => Path.Combine(folder, name)).Where(File.Exists).Append(report).Select(Read).ToList();
}

static InputFile? ReadSource(string path) => File.Exists(path) ? Read(path) : null;

static InputFile Read(string path) => new(path, File.ReadAllText(path));
