using System.Text.Json;
using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Json;

/// <summary>
/// System.Text.Json writes the runtime objects in the export's shape, with no option to set: the
/// graph's cycles (a figure's report holds the figure) are written as codes, keys and paths.
/// </summary>
public class ExportJsonConverterTests
{
    [Fact]
    public void A_generated_report_serializes_as_its_export_object_not_its_typed_members()
    {
        var typed = JsonSerializer.Serialize(Reports.Luoyang2021);
        var asReport = JsonSerializer.Serialize<Report>(Reports.Luoyang2021);

        Assert.Equal(asReport, typed);
        using var json = JsonDocument.Parse(typed);
        Assert.Equal("luoyang-2021-gwr", json.RootElement.GetProperty("id").GetString());
        Assert.Equal(Reports.Luoyang2021.Targets.Count, json.RootElement.GetProperty("targets").GetArrayLength());
        Assert.False(json.RootElement.TryGetProperty("Sections", out _));
    }

    [Fact]
    public void A_target_names_its_section_indicator_and_unit_by_code_and_keeps_its_decimals()
    {
        var target = Reports.Luoyang2021.Targets.GdpGrowth;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(target));

        var root = json.RootElement;
        Assert.Equal("gdp-growth", root.GetProperty("key").GetString());
        Assert.Equal(target.Section.Path, root.GetProperty("section").GetString());
        Assert.Equal("gdp-growth", root.GetProperty("indicator").GetString());
        Assert.Equal("percent", root.GetProperty("unit").GetString());
        Assert.Equal("at-least", root.GetProperty("bound").GetString());
        Assert.Equal(target.Quantity!.Value, root.GetProperty("value").GetDecimal());
        Assert.Equal(target.Quote, root.GetProperty("quote").GetString());
    }

    [Fact]
    public void A_section_a_region_and_every_report_serialize_without_a_cycle()
    {
        var section = JsonSerializer.Serialize(Reports.Luoyang2021.Sections.KeyWork);
        var region = JsonSerializer.Serialize(Regions.Jianxi);
        var all = JsonSerializer.Serialize(Reports.All.ToList());

        Assert.StartsWith("{\"key\":\"key-work\"", section, StringComparison.Ordinal);
        Assert.Contains("\"parent\":\"luoyang\"", region, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(all);
        Assert.Equal(Reports.All.Count, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Figures_declared_as_figures_and_a_quantity_have_the_same_shapes()
    {
        Figure figure = Reports.Luoyang2021.Targets.GdpGrowth;

        var asFigure = JsonSerializer.Serialize(figure);
        var quantity = JsonSerializer.Serialize(Reports.Luoyang2021.Targets.GdpGrowth.Quantity);

        Assert.Equal(JsonSerializer.Serialize(Reports.Luoyang2021.Targets.GdpGrowth), asFigure);
        Assert.Equal("{\"value\":8,\"max\":null,\"unit\":\"percent\",\"measure\":null,\"bound\":\"at-least\",\"period\":\"2021\"}", quantity);
    }

    [Fact]
    public void Reading_an_object_alone_is_refused_with_the_way_to_read_an_export()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Target>("{\"key\":\"gdp-growth\"}"));

        Assert.Contains("ReportDataset.Load", error.Message, StringComparison.Ordinal);
    }
}
