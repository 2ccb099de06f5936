using System.Globalization;
using System.Text;
using OwnReports.Data;
using ReportSdk;

Console.OutputEncoding = new UTF8Encoding(false);

// Typed models generated from this project's own data/ folder.
var report = Catalog.Headline2021;
Console.WriteLine($"{report.Id}: {report.Title} ({report.Region.Name}), dataset {Catalog.Dataset.Version}");
foreach (var target in report.Targets)
{
    var q = target.Quantity!;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target.Label}: {q.Bound.ToCode()} {q.Value} {q.Unit.Name}  “{target.Quote}”"));
}
Console.WriteLine(report.Targets.UrbanNewJobs.Indicator == Indicators.UrbanNewJobs ? "typed members resolve" : "unexpected indicator");
