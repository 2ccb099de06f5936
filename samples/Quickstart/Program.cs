using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportSdk;
using ReportSdk.Luoyang;

Console.OutputEncoding = new UTF8Encoding(false);
Console.WriteLine($"ReportSdk.Luoyang {Reports.Dataset.Version} ({Reports.All.Count} reports, content {Reports.Dataset.ContentHash[..12]})");
Console.WriteLine();

// One report, one target, checked at compile time.
var target = Reports.Luoyang2021.Targets.GdpGrowth;
Console.WriteLine($"{target.Label}: {target.Quantity}  — “{target.Quote}”");
// The same quantity in the report's words, and the target as JSON (the export's shape).
Console.WriteLine($"  in Chinese: {target.Quantity!.ToChineseText()}");
Console.WriteLine($"  as JSON: {System.Text.Json.JsonSerializer.Serialize(target, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
Console.WriteLine();

// A series across reports: every GDP-growth target, ordered by period and region.
Console.WriteLine("GDP growth targets across all reports:");
foreach (var t in Reports.All.TargetsOf(Indicators.GdpGrowth))
{
    var q = t.Quantity!;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {t.Period,-9} {t.Region.Name,-4} {q.Bound.ToCode(),-9} {q.Value,4}{q.Unit.Name}  {t.Report.Id}"));
}
Console.WriteLine();

// LINQ over every report: the five-year GDP goals, converted to 亿元.
var goals = Reports.All
    .SelectMany(r => r.Targets)
    .Where(t => t.Indicator == Indicators.Gdp && t.Kind == FigureKind.FiveYear && t.Quantity is not null)
    .Select(t => (t.Report.Region.Name, Amount: t.Quantity!.ConvertTo(Units._100mYuan), t.Aspirational));
foreach (var (region, amount, aspirational) in goals)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {region} GDP goal for {amount.Period}: {amount.Bound.ToCode()} {amount.Value} 亿元{(aspirational ? " (力争)" : "")}"));
}
