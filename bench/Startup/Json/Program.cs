using System.Globalization;
using System.Text.Json;
using Startup.Json;

// Startup.Json FILE ID KEY: deserialize the whole export, then find the report and the target.
// Startup.Json FILE series KEY: every target of indicator KEY across all reports.
// It stops at the export's own records: building the runtime model (units, indicators, regions
// as objects) would cost more, so this is a lower bound for the JSON route.
using var stream = File.OpenRead(args[0]);
var export = JsonSerializer.Deserialize(stream, ExportContext.Default.ExportDocument) ?? throw new InvalidDataException("empty export");
var id = args[1];
var key = args[2];
if (id == "series")
{
    var targets = export.Reports.SelectMany(r => r.Targets).Where(t => t.Indicator == key).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} targets of {key}, values summing to {targets.Sum(t => t.Value ?? 0)}"));
    return;
}
var report = export.Reports.Find(r => r.Id == id) ?? throw new KeyNotFoundException(id);
var target = report.Targets.Find(t => t.Key == key) ?? throw new KeyNotFoundException(key);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} {key} {target.Value} {target.Unit} {target.Period}"));
