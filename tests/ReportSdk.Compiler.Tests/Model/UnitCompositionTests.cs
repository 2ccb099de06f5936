using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Model;

/// <summary>A scale word before a listed unit is a unit without an entry of its own (万千瓦 = 10k-kw).</summary>
public sealed class UnitCompositionTests
{
    private static readonly RegistrySpec Registry = RegistryParser.Parse("/data/units.yaml", """
        units:
          - {code: kw, name: 千瓦, english: kilowatts, dimension: power, scale: 1}
          - {code: kg, name: 公斤, english: kilograms, dimension: mass, scale: 0.001}
          - {code: yuan, name: 元, english: yuan, dimension: money, scale: 1}
          - {code: 10k-yuan, name: 万元, english: 10 thousand yuan (listed), dimension: money, scale: 10000}
        """).Registry;

    [Theory]
    [InlineData("10k-kw", "万千瓦", "10 thousand kilowatts", "power", "10000")]
    [InlineData("100m-kw", "亿千瓦", "100 million kilowatts", "power", "100000000")]
    [InlineData("10k-kg", "万公斤", "10 thousand kilograms", "mass", "10")]
    [InlineData("1k-kg", "千公斤", "thousand kilograms", "mass", "1")]
    [InlineData("trillion-yuan", "万亿元", "trillion yuan", "money", "1000000000000")]
    [InlineData("100b-yuan", "千亿元", "100 billion yuan", "money", "100000000000")]
    public void A_scale_prefix_and_a_listed_unit_compose(string code, string name, string english, string dimension, string scale)
    {
        var unit = Registry.FindUnit(code);

        Assert.NotNull(unit);
        Assert.Equal((code, name, english, dimension, scale), (unit!.Code.Value, unit.Name, unit.English, unit.Dimension, unit.Scale));
    }

    [Theory]
    [InlineData("10k-10k-yuan")]
    [InlineData("10k-kww")]
    [InlineData("20k-kw")]
    [InlineData("10k-")]
    [InlineData("kw-10k")]
    public void Only_a_known_scale_before_an_unscaled_listed_unit_composes(string code)
        => Assert.Null(Registry.FindUnit(code));

    [Fact]
    public void A_listed_unit_is_found_as_listed_even_when_its_code_could_be_composed()
        => Assert.Equal("10 thousand yuan (listed)", Registry.FindUnit("10k-yuan")!.English);

    [Fact]
    public void A_figure_in_a_composed_unit_validates_and_a_misspelled_one_is_RS2002()
    {
        var valid = new MinimalReport().AddUnit("{code: people, name: 人, english: people, dimension: people, scale: 1}")
            .Replace("    unit: 10k-people\n", "    unit: 10k-people\n".Replace("10k-people", "10k-people"));
        Assert.Empty(valid.Findings());

        var composed = new MinimalReport().AddUnit("{code: people, name: 人, english: people, dimension: people, scale: 1}")
            .ReplaceInIndicators("unit: 10k-people, kind: level}", "unit: 100-people, kind: level}");
        Assert.Empty(composed.Findings());

        var misspelled = new MinimalReport().Replace("    unit: 10k-people\n", "    unit: 10k-peeple\n");
        Assert.Equal(Rules.UnknownUnit.Id, misspelled.SingleFinding().Id);
    }

    [Fact]
    public void A_dataset_prints_every_composed_unit_its_reports_use_after_the_listed_units()
    {
        var files = new[]
        {
            new InputFile("/data/units.yaml", MinimalReport.UnitsYaml + "  - {code: kw, name: 千瓦, english: kilowatts, dimension: power, scale: 1}\n"),
            new InputFile("/data/indicators.yaml", MinimalReport.IndicatorsYaml),
            new InputFile("/data/regions.yaml", MinimalReport.RegionsYaml),
        };
        var report = new MinimalReport()
            .ReplaceInSource("城镇新增就业8万人。", "城镇新增就业8万人，新增装机26.9万千瓦。")
            .Replace("dismissed:\n", "  - key: new-capacity\n    label: 新增装机\n    value: 26.9\n    unit: 10k-kw\n    bound: exact\n    period: 2020\n    kind: annual\n    section: review/epidemic\n    quote: 新增装机26.9万千瓦\ndismissed:\n");

        var dataset = DatasetCompiler.Compile(files.Concat(new[] { new InputFile(MinimalReport.ReportPath, report.Yaml), new InputFile(MinimalReport.SourcePath, report.SourceText!) }).ToList());

        Assert.Empty(dataset.Findings);
        Assert.Equal(new[] { "percent", "100m-yuan", "count", "10k-people", "kw", "10k-kw" }, dataset.PrintedRegistry.Units.Select(u => u.Code));
        Assert.Equal("万千瓦", dataset.PrintedRegistry.Units.Last().Name);
        Assert.Equal(5, dataset.Registry.Resolved.Units.Count);
    }
}
