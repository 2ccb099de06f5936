using System.Globalization;
using ReportSdk.Synthetic;

// Startup.Compiled1000 [ID] [KEY]: Reports.Get(id), then one target by key.
// Startup.Compiled1000 series KEY: every target of indicator KEY across all reports (creates every report).
if (args.Length == 2 && args[0] == "series")
{
    var series = Reports.All.TargetsOf(args[1]);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{series.Count} targets of {args[1]}, values summing to {series.Sum(t => t.Quantity?.Value ?? 0)}"));
    return;
}
var id = args.Length > 0 ? args[0] : "syn-0500";
var key = args.Length > 1 ? args[1] : "gdp-growth";
var target = Reports.Get(id).Targets.Get(key);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id} {key} {target.Quantity?.Value} {target.Quantity?.Unit.Code} {target.Period}"));
