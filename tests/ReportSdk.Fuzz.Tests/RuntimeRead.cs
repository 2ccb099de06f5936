using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// Reads a compiled dataset the way every consumer does (its payloads through the runtime's one
/// reader, as <c>reportsdk export</c> and a compiled assembly do) and touches every value: what
/// validate accepts, the runtime must read.
/// </summary>
internal static class RuntimeRead
{
    public static void Everything(CompiledDataset dataset)
    {
        var read = ReportDataset.FromPayloads(
            new DatasetInfo("1.2.3", dataset.ContentHash),
            PayloadWriter.Write(dataset.PrintedRegistry),
            dataset.Reports.Select(PayloadWriter.Write).ToList());
        foreach (var unit in read.Registry.Units) _ = (unit.Code, unit.Name, unit.English, unit.ToString());
        foreach (var indicator in read.Registry.Indicators) _ = (indicator.Code, indicator.Kind, indicator.Unit, indicator.ToString());
        foreach (var region in read.Registry.Regions) _ = (region.Code, region.Level, region.Parent, region.GbCode, region.ToString());
        foreach (var report in read.Reports)
        {
            _ = (report.Id, report.Kind, report.Region, report.Delivered, report.Session, report.Speaker.Name, report.Speaker.Title,
                report.Title, report.ReviewYear, report.PlanYear, report.ToString());
            foreach (var section in report.Sections.Descendants())
            {
                _ = (section.Key, section.Path, section.Number, section.Title, section.Role, section.Parent, section.Children.Count, section.ToString());
                if (!ReferenceEquals(report.FindSection(section.Path), section)) throw new InvalidOperationException($"FindSection('{section.Path}') is not the section of that path");
            }
            foreach (var figure in report.Targets.Cast<Figure>().Concat(report.Actuals))
            {
                _ = (figure.Key, figure.Label, figure.Indicator, figure.Period, figure.Kind, figure.Headline, figure.Aspirational,
                    figure.Section.Path, figure.Quote, figure.Note, figure.ConflictsWith, figure.Region, figure.ToString());
                if (figure.Quantity is { } q) _ = (q.Value, q.Max, q.Unit, q.Bound, q.Measure, q.Period, q.ToString());
            }
            foreach (var target in report.Targets)
            {
                if (!ReferenceEquals(report.Targets.Get(target.Key), target)) throw new InvalidOperationException($"Targets.Get('{target.Key}') is not the target of that key");
            }
        }
    }
}
