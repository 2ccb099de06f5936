using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Parsing;

public class RegistryParserTests
{
    [Fact]
    public void Registries_are_read_with_their_locations()
    {
        var units = RegistryParser.Parse("units.yaml", MinimalReport.UnitsYaml);

        Assert.Empty(units.Diagnostics);
        Assert.Equal(new[] { "percent", "100m-yuan", "count", "10k-people" }, units.Registry.Units.Select(u => u.Code.Value));
        var yuan = units.Registry.Units[1];
        Assert.Equal(("亿元", "money", "100000000"), (yuan.Name, yuan.Dimension, yuan.Scale));
        Assert.Equal((3, 12), (yuan.Code.Location.Line, yuan.Code.Location.Column));
        Assert.Empty(units.Registry.Indicators);
        Assert.Empty(units.Registry.Regions);
    }

    [Fact]
    public void Region_parent_is_optional()
    {
        var regions = RegistryParser.Parse("regions.yaml", """
            regions:
              - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: "410300", level: prefecture, parent: null}
              - {code: jianxi, name: 涧西区, english: Jianxi District, gbCode: "410305", level: district, parent: luoyang}
            """);

        Assert.Empty(regions.Diagnostics);
        Assert.Null(regions.Registry.Regions[0].Parent.Value);
        Assert.Equal("luoyang", regions.Registry.Regions[1].Parent.Value);
        Assert.Equal("410305", regions.Registry.Regions[1].GbCode);
    }

    [Fact]
    public void Unknown_field_in_a_registry_entry_is_RS1002_at_the_field_name()
    {
        var parsed = RegistryParser.Parse("units.yaml", "units:\n  - code: percent\n    name: \"%\"\n    english: percent\n    dimension: ratio\n    scale: 1\n    symbol: \"%\"\n");

        FindingAssert.Single(parsed.Diagnostics, "RS1002", 7, 5);
    }

    [Fact]
    public void Unknown_top_level_list_is_RS1002()
    {
        var parsed = RegistryParser.Parse("units.yaml", "units: []\ncurrencies: []\n");

        FindingAssert.Single(parsed.Diagnostics, "RS1002", 2, 1);
    }

    [Fact]
    public void Missing_field_in_a_registry_entry_is_RS1003_at_the_entry()
    {
        var parsed = RegistryParser.Parse("units.yaml", "units:\n  - code: percent\n    name: \"%\"\n    english: percent\n    scale: 1\n");

        var finding = FindingAssert.Single(parsed.Diagnostics, "RS1003", 2, 5);
        Assert.Contains("'dimension'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_that_is_not_a_decimal_is_RS1004_at_the_scale()
    {
        var parsed = RegistryParser.Parse("units.yaml", "units:\n  - {code: wan, name: 万, english: ten thousand, dimension: count, scale: 1e4}\n");

        FindingAssert.Single(parsed.Diagnostics, "RS1004", 2, 74);
    }

    [Fact]
    public void Syntax_error_in_a_registry_is_RS1001()
    {
        var parsed = RegistryParser.Parse("units.yaml", "units:\n  - {code: percent, name: \"%}\n");

        Assert.Equal("RS1001", Assert.Single(parsed.Diagnostics).Id);
    }

    [Theory]
    [InlineData("data/units.yaml", true)]
    [InlineData("/a/b/Indicators.YAML", true)]
    [InlineData("regions.yaml", true)]
    [InlineData("data/reports/luoyang/luoyang-2021-gwr.yaml", false)]
    [InlineData("units.yml", false)]
    public void Registry_files_are_known_by_name(string path, bool expected)
    {
        Assert.Equal(expected, RegistryParser.IsRegistryFile(path));
    }

    [Fact]
    public void Merged_registry_joins_the_files_in_path_order()
    {
        var files = MinimalReport.RegistryFiles().Reverse();

        var merged = RegistryMerger.Merge(files);

        Assert.Equal(4, merged.Units.Count);
        Assert.Equal(4, merged.Indicators.Count);
        Assert.Equal("luoyang", Assert.Single(merged.Regions).Code.Value);
        Assert.NotNull(merged.FindUnit("10k-people"));
        Assert.Null(merged.FindUnit("10k-yuan"));
        Assert.Equal(merged, MinimalReport.Registry());
    }
}
