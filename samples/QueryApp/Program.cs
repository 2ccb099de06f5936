using System.Globalization;
using System.Text;
using ReportSdk;
using ReportSdk.Luoyang;

Console.OutputEncoding = new UTF8Encoding(false);

// Which data this build holds: the pinned package version and the hash of its inputs.
Console.WriteLine($"dataset {Reports.Dataset.Version} {Reports.Dataset.ContentHash}");

// Typed access, checked at compile time.
var growth = Reports.Luoyang2021.Targets.GdpGrowth.Quantity!;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"luoyang 2021 gdp growth: {growth.Bound.ToCode()} {growth.Value} {growth.Unit.Code} {growth.Period}"));

// Lookup by id and key, as an app reading user input would.
var report = Reports.Get("jianxi-2021-gwr");
Console.WriteLine($"{report.Id}: {report.Sections.Count} sections, {report.Targets.Count} targets, {report.Actuals.Count} actuals");

// One indicator across every report.
foreach (var target in Reports.All.TargetsOf(Indicators.GdpGrowth))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target.Period} {target.Region.Code} {target.Quantity!.Bound.ToCode()} {target.Quantity.Value}"));
}
