using System.Text.Json;
using System.Text.Json.Nodes;
using ReportSdk.Cli.Diffing;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Diffing;

public class DatasetDiffTests
{
    private static readonly string Export = ExportEdits.Export;

    [Fact]
    public void Identical_exports_need_no_bump()
    {
        var changes = Compare(Export, Export);

        Assert.Empty(changes);
        Assert.Equal(VersionBump.None, DatasetDiff.RequiredBump(changes));
    }

    [Fact]
    public void A_removed_target_is_major()
    {
        var changes = Compare(Export, Edit(report => RemoveFigure(report, "targets", "new-credit")));

        var change = Assert.Single(changes);
        Assert.Equal((VersionBump.Major, "removed", "target", "luoyang-2021-gwr/new-credit"), (change.Bump, change.Kind, change.Subject, change.Name));
        Assert.Equal(VersionBump.Major, DatasetDiff.RequiredBump(changes));
    }

    [Fact]
    public void A_changed_value_is_patch()
    {
        var changes = Compare(Export, Edit(report => Figure(report, "targets", "gdp-growth")["value"] = 9));

        var change = Assert.Single(changes);
        Assert.Equal((VersionBump.Patch, "changed"), (change.Bump, change.Kind));
        Assert.Contains("value 8 → 9", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_unit_or_indicator_is_major()
    {
        var unit = Compare(Export, Edit(report => Figure(report, "targets", "gdp-growth")["unit"] = "percentage-points"));
        var indicator = Compare(Export, Edit(report => Figure(report, "targets", "gdp-growth")["indicator"] = null));

        Assert.Equal(VersionBump.Major, DatasetDiff.RequiredBump(unit));
        Assert.Equal(VersionBump.Major, DatasetDiff.RequiredBump(indicator));
    }

    [Fact]
    public void A_renamed_key_is_a_removal_and_an_addition_so_major()
    {
        var changes = Compare(Export, Edit(report => Figure(report, "targets", "new-credit")["key"] = "new-lending"));

        Assert.Equal(new[] { "removed", "added" }, changes.Select(c => c.Kind));
        Assert.Equal(VersionBump.Major, DatasetDiff.RequiredBump(changes));
    }

    [Fact]
    public void An_added_section_is_minor_and_a_corrected_title_is_patch()
    {
        var added = Compare(Export, Edit(ExportEdits.AddSection));
        var retitled = Compare(Export, Edit(report => report["sections"]![0]!["title"] = "2020年工作回顾"));

        Assert.Equal(VersionBump.Minor, DatasetDiff.RequiredBump(added));
        Assert.Equal(VersionBump.Patch, DatasetDiff.RequiredBump(retitled));
    }

    [Fact]
    public void A_removed_indicator_is_major_when_registries_are_known()
    {
        var changes = DatasetDiff.Compare(Root(Export), Root(Export), ["gdp", "gdp-growth"], ["gdp"]);

        var change = Assert.Single(changes);
        Assert.Equal((VersionBump.Major, "removed", "indicator", "gdp-growth"), (change.Bump, change.Kind, change.Subject, change.Name));
    }

    private static IReadOnlyList<DatasetChange> Compare(string before, string after) => DatasetDiff.Compare(Root(before), Root(after));

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    private static string Edit(Action<JsonNode> change) => ExportEdits.Edit(change);

    private static JsonNode Figure(JsonNode report, string list, string key) => ExportEdits.Figure(report, list, key);

    private static void RemoveFigure(JsonNode report, string list, string key) => ExportEdits.RemoveFigure(report, list, key);
}
