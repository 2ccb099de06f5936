using System.Text;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Export;

public class ExportRoundTripTests
{
    private static readonly Lazy<string> RealExport = new(() =>
    {
        var result = CliRunner.Run("export", "--format", "json", Repo.Data);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output;
    });

    [Fact]
    public void Export_then_load_then_export_gives_the_same_bytes()
    {
        var dataset = Load(RealExport.Value);

        var again = DatasetJsonWriter.ToJson(dataset.Info, dataset.Registry, dataset.Reports);

        Assert.True(RealExport.Value == again, $"the second export differs at char {FirstDifference(RealExport.Value, again)}");
    }

    [Fact]
    public void The_compiled_dataset_exported_then_loaded_then_exported_gives_the_same_bytes()
    {
        var export = CompiledLuoyang.ExportJson();
        var dataset = Load(export);

        var again = DatasetJsonWriter.ToJson(dataset.Info, dataset.Registry, dataset.Reports);

        Assert.True(export == again, $"the second export differs at char {FirstDifference(export, again)}");
    }

    [Fact]
    public void A_loaded_export_has_the_reports_sections_and_quantities_of_the_compiled_dataset()
    {
        var dataset = Load(RealExport.Value);

        Assert.Equal(Reports.All.Select(r => r.Id), dataset.Reports.Select(r => r.Id));
        foreach (var compiled in Reports.All)
        {
            var loaded = dataset.Reports.Get(compiled.Id);
            Assert.Equal(compiled.Sections.Descendants().Select(s => (s.Path, s.Number, s.Title, s.Role)), loaded.Sections.Descendants().Select(s => (s.Path, s.Number, s.Title, s.Role)));
            Assert.Equal(compiled.Targets.Select(Describe), loaded.Targets.Select(Describe));
            Assert.Equal(compiled.Actuals.Select(Describe), loaded.Actuals.Select(Describe));
        }
    }

    [Fact]
    public void The_gdp_growth_series_of_a_loaded_export_is_the_compiled_one()
    {
        var dataset = Load(RealExport.Value);

        Assert.Equal(
            Reports.All.TargetsOf("gdp-growth").Select(t => (t.Report.Id, t.Key, t.Quantity?.ToString())),
            dataset.Reports.TargetsOf("gdp-growth").Select(t => (t.Report.Id, t.Key, t.Quantity?.ToString())));
    }

    private static ReportDataset Load(string json) => ReportDataset.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    // Quantity.ToString is invariant and keeps the decimal's scale, so equal text means equal figures.
    private static string Describe(Figure f)
        => $"{f.Key}|{f.Label}|{f.Indicator?.Code}|{f.Quantity}|{f.Period}|{f.Kind}|{f.Headline}|{f.Aspirational}|{f.Section.Path}|{f.Quote}|{f.Note}|{f.ConflictsWith}";

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}
