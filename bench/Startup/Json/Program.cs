using System.Globalization;
using ReportSdk;

// Startup.Json FILE ID KEY: the `reportsdk export --format json` file read with the runtime's own
// loader, ReportDataset.Load (its transcoder and the one payload reader), then the report and target.
// Startup.Json FILE series KEY: every target of indicator KEY across all reports.
var dataset = ReportDataset.Load(args[0]);
var id = args[1];
var key = args[2];
if (id == "series")
{
    var targets = dataset.Reports.TargetsOf(key);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{targets.Count} targets of {key}, values summing to {targets.Sum(t => t.Quantity?.Value ?? 0)}"));
    return;
}
var target = dataset.Reports.Get(id).Targets.Get(key);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} {key} {target.Quantity?.Value} {target.Quantity?.Unit.Code} {target.Period}"));
