using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Parsing;

/// <summary>
/// The shape of one registry entry, as registry.schema.json states it: a scale greater than 0,
/// a kebab-case dimension, a six-digit gbCode, names that are not blank, an indicator's
/// <c>unit</c> or <c>units</c>; and a registry file that holds something.
/// </summary>
public class RegistryEntryRulesTests
{
    private static IReadOnlyList<Finding> Parse(string yaml) => RegistryParser.Parse("units.yaml", yaml).Diagnostics;

    private static string Unit(string scale = "1", string dimension = "ratio", string name = "\"%\"")
        => $"units:\n  - code: percent\n    name: {name}\n    english: percent\n    dimension: {dimension}\n    scale: {scale}\n";

    [Fact]
    public void Unit_with_scale_0_is_RS1004_at_the_scale()
    {
        var finding = FindingAssert.Single(Parse(Unit(scale: "0")), "RS1004", 6, 12);

        Assert.Equal("'scale' must be a decimal greater than 0 (the unit's size in its dimension's base unit, such as 1 or 10000), not '0'", finding.Message);
    }

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("1e4")]
    public void Unit_with_a_scale_that_is_no_positive_decimal_is_RS1004_at_the_scale(string scale)
    {
        var finding = FindingAssert.Single(Parse(Unit(scale: scale)), "RS1004", 6, 12);

        Assert.Contains("greater than 0", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("10000")]
    public void Unit_with_a_positive_scale_is_accepted_RS1004(string scale)
    {
        var parsed = RegistryParser.Parse("units.yaml", Unit(scale: scale));

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal(scale, parsed.Registry.Units[0].Scale);
    }

    [Fact]
    public void Dimension_not_kebab_case_is_RS1007_at_the_dimension()
    {
        FindingAssert.Single(Parse(Unit(dimension: "Money_USD")), "RS1007", 5, 16);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    public void Name_written_blank_is_RS1003_at_the_name(string name)
    {
        var finding = FindingAssert.Single(Parse(Unit(name: name)), "RS1003", 3, 5);

        Assert.Equal("'name' of a unit is empty", finding.Message);
    }

    [Theory]
    [InlineData("indicators", "{code: gdp-growth, name: 甲, english: A, unit: \"\", kind: growth}", "'unit' of an indicator is empty")]
    [InlineData("indicators", "{code: gdp-growth, name: 甲, english: A, unit: percent, kind: ''}", "'kind' of an indicator is empty")]
    [InlineData("regions", "{code: \"\", name: 洛龙区, english: Luolong, gbCode: \"410311\", level: district}", "'code' of a region is empty")]
    [InlineData("regions", "{code: luolong, name: 洛龙区, english: Luolong, gbCode: \"410311\", level: \"\"}", "'level' of a region is empty")]
    [InlineData("regions", "{code: luolong, name: 洛龙区, english: Luolong, gbCode: \"410311\", level: district, parent: \"\"}", "'parent' of a region is empty; write null for none")]
    [InlineData("units", "{code: percent, name: \"%\", english: percent, dimension: \" \", scale: 1}", "'dimension' of a unit is empty")]
    public void Code_written_blank_is_RS1003(string list, string entry, string message)
    {
        var finding = Assert.Single(RegistryParser.Parse("registry.yaml", $"{list}:\n  - {entry}\n").Diagnostics);

        Assert.Equal(("RS1003", message), (finding.Id, finding.Message));
    }

    [Theory]
    [InlineData("\"41030\"")]
    [InlineData("\"4103000\"")]
    [InlineData("\"41030X\"")]
    public void GbCode_that_is_not_six_digits_is_RS1004_at_the_code(string gbCode)
    {
        var findings = RegistryParser.Parse("regions.yaml", $"regions:\n  - code: luoyang\n    name: 洛阳市\n    english: Luoyang\n    gbCode: {gbCode}\n    level: prefecture\n").Diagnostics;

        FindingAssert.Single(findings, "RS1004", 5, 13);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("# only a comment\n")]
    public void Registry_file_without_units_indicators_or_regions_is_RS1003(string yaml)
    {
        var finding = Assert.Single(Parse(yaml));

        Assert.Equal("RS1003", finding.Id);
    }

    // ---- an indicator's units ----

    private const string TwoUnits = """
        indicators:
          - code: trade-total
            name: 进出口总值
            english: Total value of imports and exports
            units: [100m-yuan, 100m-usd]
            kind: level
        """;

    [Fact]
    public void Indicator_units_are_read_with_the_first_as_its_unit()
    {
        var parsed = RegistryParser.Parse("indicators.yaml", TwoUnits);

        Assert.Empty(parsed.Diagnostics);
        var indicator = Assert.Single(parsed.Registry.Indicators);
        Assert.Equal("100m-yuan", indicator.Unit.Value);
        Assert.Equal(new[] { "100m-yuan", "100m-usd" }, indicator.Units.Select(u => u.Value));
        Assert.Equal((5, 24), (indicator.Units[1].Location.Line, indicator.Units[1].Location.Column));
    }

    [Fact]
    public void Indicator_with_unit_has_that_one_unit()
    {
        var indicator = Assert.Single(RegistryParser.Parse("indicators.yaml", MinimalReport.IndicatorsYaml).Registry.Indicators.Take(1));

        Assert.Equal(new[] { "100m-yuan" }, indicator.Units.Select(u => u.Value));
        Assert.Equal(indicator.Unit, indicator.Units[0]);
    }

    [Fact]
    public void Indicator_with_both_unit_and_units_is_RS1005_at_units()
    {
        var findings = RegistryParser.Parse("indicators.yaml", TwoUnits.Replace("    units:", "    unit: 100m-yuan\n    units:", StringComparison.Ordinal)).Diagnostics;

        FindingAssert.Single(findings, "RS1005", 6, 5);
    }

    [Fact]
    public void Indicator_with_an_empty_units_list_is_RS1003_at_units()
    {
        var findings = RegistryParser.Parse("indicators.yaml", TwoUnits.Replace("[100m-yuan, 100m-usd]", "[]", StringComparison.Ordinal)).Diagnostics;

        FindingAssert.Single(findings, "RS1003", 5, 5);
    }

    [Fact]
    public void Indicator_without_unit_or_units_is_RS1003()
    {
        var findings = RegistryParser.Parse("indicators.yaml", TwoUnits.Replace("    units: [100m-yuan, 100m-usd]\n", "", StringComparison.Ordinal)).Diagnostics;

        var finding = FindingAssert.Single(findings, "RS1003", 2, 5);
        Assert.Contains("'unit'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_listing_an_unknown_unit_is_RS2002_at_that_unit()
    {
        var registry = RegistryMerger.Merge(new[]
        {
            RegistryParser.Parse("units.yaml", MinimalReport.UnitsYaml),
            RegistryParser.Parse("indicators.yaml", TwoUnits),
        });

        var finding = FindingAssert.Single(RegistryValidator.Validate(registry), "RS2002", 5, 24);
        Assert.Equal("indicator 'trade-total' names unknown unit '100m-usd'", finding.Message);
    }

    [Fact]
    public void Indicator_listing_a_unit_twice_is_RS1008_at_the_second()
    {
        var registry = RegistryMerger.Merge(new[]
        {
            RegistryParser.Parse("units.yaml", MinimalReport.UnitsYaml),
            RegistryParser.Parse("indicators.yaml", TwoUnits.Replace("100m-usd]", "100m-yuan]", StringComparison.Ordinal)),
        });

        FindingAssert.Single(RegistryValidator.Validate(registry), "RS1008", 5, 24);
    }
}
