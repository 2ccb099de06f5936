using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

public class RegistryValidatorTests
{
    /// <summary>Parses one registry file (which must read cleanly) and validates it alone.</summary>
    private static IReadOnlyList<Finding> Validate(string yaml)
    {
        var parsed = RegistryParser.Parse("registry.yaml", yaml);
        Assert.True(parsed.Diagnostics.Count == 0, FindingAssert.Describe(parsed.Diagnostics));
        return RegistryValidator.Validate(parsed.Registry);
    }

    private const string Percent = "  - {code: percent, name: \"%\", english: percent, dimension: ratio, scale: 1}\n";

    [Fact]
    public void Fixture_registries_have_no_findings()
    {
        Assert.Empty(RegistryValidator.Validate(MinimalReport.Registry()));
    }

    [Fact]
    public void Empty_registry_has_no_findings()
    {
        Assert.Empty(RegistryValidator.Validate(RegistrySpec.Empty));
    }

    [Fact]
    public void Unit_code_not_kebab_case_is_RS1007_at_the_code()
    {
        var findings = Validate("units:\n" + Percent + "  - {code: Yuan, name: 元, english: yuan, dimension: money, scale: 1}\n");

        FindingAssert.Single(findings, "RS1007", 3, 12);
    }

    [Fact]
    public void Unit_code_defined_twice_is_RS1008_at_the_second()
    {
        var findings = Validate("units:\n" + Percent + Percent);

        var finding = FindingAssert.Single(findings, "RS1008", 3, 12);
        Assert.Contains("defined twice", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_that_become_the_same_CSharp_name_are_RS1008()
    {
        var findings = Validate("""
            regions:
              - {code: area-51, name: 涧西区, english: A, gbCode: "410305", level: district}
              - {code: area51, name: 洛龙区, english: B, gbCode: "410311", level: district}
            """);

        var finding = FindingAssert.Single(findings, "RS1008", 3, 12);
        Assert.Contains("Area51", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_code_in_two_registries_is_allowed()
    {
        // a unit and an indicator may share a code; only codes of one kind must be unique
        var findings = Validate("units:\n" + Percent + """
            indicators:
              - {code: percent, name: 百分比, english: percent, unit: percent, kind: share}
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void Indicator_naming_an_unknown_unit_is_RS2002_at_the_unit()
    {
        var findings = Validate("units:\n" + Percent + """
            indicators:
              - code: gdp
                name: 地区生产总值
                english: Gross regional product
                unit: 100m-yuan
                kind: level
            """);

        FindingAssert.Single(findings, "RS2002", 7, 11);
    }

    [Fact]
    public void Region_naming_an_unknown_parent_is_RS2003_at_the_parent()
    {
        var findings = Validate("""
            regions:
              - code: jianxi
                name: 涧西区
                english: Jianxi District
                gbCode: "410305"
                level: district
                parent: luoyang
            """);

        FindingAssert.Single(findings, "RS2003", 7, 13);
    }

    [Fact]
    public void Indicator_naming_a_mistyped_unit_is_told_the_closest_unit()
    {
        var findings = Validate("units:\n" + Percent + "indicators:\n  - {code: gdp-growth, name: 增长, english: Growth, unit: precent, kind: growth}\n");

        var finding = FindingAssert.Single(findings, "RS2002", 4, 57);
        Assert.Equal("indicator 'gdp-growth' names unknown unit 'precent'; did you mean 'percent'?", finding.Message);
    }

    [Fact]
    public void Region_naming_a_mistyped_parent_is_told_the_closest_region()
    {
        var findings = Validate("""
            regions:
              - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: "410300", level: prefecture}
              - {code: jianxi, name: 涧西区, english: Jianxi District, gbCode: "410305", level: district, parent: luoyagn}
            """);

        var finding = FindingAssert.Single(findings, "RS2003", 3, 100);
        Assert.Equal("region 'jianxi' names unknown parent 'luoyagn'; did you mean 'luoyang'?", finding.Message);
    }

    [Fact]
    public void Unknown_indicator_kind_is_RS2004_at_the_kind()
    {
        var findings = Validate("units:\n" + Percent + """
            indicators:
              - code: gdp-growth
                name: 地区生产总值增长
                english: Growth of gross regional product
                unit: percent
                kind: speed
            """);

        FindingAssert.Single(findings, "RS2004", 8, 11);
    }

    [Fact]
    public void Unknown_region_level_is_RS2004_at_the_level()
    {
        var findings = Validate("regions:\n  - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: \"410300\", level: city}\n");

        FindingAssert.Single(findings, "RS2004", 2, 75);
    }

    [Fact]
    public void Every_registry_error_is_reported_in_one_run()
    {
        var findings = Validate("units:\n" + Percent + Percent + """
            indicators:
              - {code: x, name: 甲, english: X, unit: dollars, kind: level}
            regions:
              - {code: Luoyang, name: 洛阳市, english: Luoyang, gbCode: "410300", level: prefecture}
            """);

        Assert.Equal(new[] { "RS1007", "RS1008", "RS2002" }, findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
    }
}
