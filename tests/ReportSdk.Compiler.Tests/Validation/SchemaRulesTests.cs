using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>
/// Rules that report.schema.json states and the validator checks the same way: a target is
/// never an estimate, a qualitative figure has no number fields, texts are not blank, years
/// are years. Fixture lines: gdp-growth target 39–49 (bound 44, quote 49), the gdp actual 62–71.
/// </summary>
public class SchemaRulesTests
{
    private static MinimalReport Report() => new();

    [Fact]
    public void Target_with_bound_estimate_is_RS1009_at_the_bound()
    {
        var findings = Report().Replace("    bound: at-least", "    bound: estimate").Findings();

        var finding = FindingAssert.Single(findings, "RS1009", 44, 12);
        Assert.Equal("target 'gdp-growth' has bound estimate, which is for actuals only (预计); give a target the bound its wording states (exact, at-least, about…)", finding.Message);
    }

    [Theory]
    [InlineData("8.00000000000000000000000000001", "would be rounded")]
    [InlineData("100000000000000000000000000000", "beyond the range of a decimal")]
    public void A_value_a_decimal_cannot_hold_exactly_is_RS1010_at_the_value(string value, string why)
    {
        var findings = Report().Replace("    value: 8\n    unit: percent\n    bound: at-least\n", "    value: " + value + "\n    unit: percent\n    bound: at-least\n").Findings();

        var finding = FindingAssert.Single(findings, "RS1010", 42, 12);
        Assert.Contains(why, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actual_with_bound_estimate_is_accepted_RS1009()
    {
        var findings = Report()
            .Replace("    bound: exact\n    period: 2020\n    kind: annual\n    section: review\n", "    bound: estimate\n    period: 2020\n    kind: annual\n    section: review\n")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Theory]
    [InlineData("    value: 8\n    unit: percent\n", "    qualitative: true\n\n")]                        // bound stays
    [InlineData("    value: 8\n    unit: percent\n    bound: at-least\n", "    qualitative: true\n    written: 八\n\n")]
    [InlineData("    value: 8\n    unit: percent\n    bound: at-least\n", "    qualitative: true\n    measure: 个\n\n")]
    public void Qualitative_figure_with_a_bound_written_or_measure_is_RS1009_at_the_figure(string oldText, string newText)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        var finding = FindingAssert.Single(findings, "RS1009", 39, 5);
        Assert.Contains("no value, max, unit, measure, bound or written", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_written_empty_is_RS1003_at_the_quote()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    quote: \"\"").Findings();

        var finding = FindingAssert.Single(findings, "RS1003", 49, 12);
        Assert.Equal("'quote' of target 'gdp-growth' is empty", finding.Message);
    }

    [Fact]
    public void Quote_written_blank_is_RS1003()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    quote: \"  \"").Findings();

        FindingAssert.Single(findings, "RS1003", 49, 12);
    }

    [Fact]
    public void Absent_quote_is_RS1003_once()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    note: no quote").Findings();

        FindingAssert.Single(findings, "RS1003", 39, 5);
    }

    [Theory]
    [InlineData("    measure: 家", "    measure: \"\"", 50, 5)]
    [InlineData("    label: 生产总值增长\n", "    label: \" \"\n", 39, 5)]
    [InlineData("  - text: 2020年", "  - text: \" \"", 83, 11)]
    [InlineData("    title: 2021年主要目标", "    title: \" \"", 32, 12)]
    public void Text_written_blank_is_RS1003_at_the_field_or_its_mapping(string oldText, string newText, int line, int column)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        FindingAssert.Contains(findings, "RS1003", line, column);
    }

    [Theory]
    [InlineData("  - key: gdp-growth", "  - key: \"\"", 39, 10, "'key' of a target is empty")]
    [InlineData("    bound: at-least", "    bound: \"\"", 44, 12, "'bound' of target 'gdp-growth' is empty")]
    [InlineData("    period: 2021\n    kind: annual\n    headline", "    period: \"\"\n    kind: annual\n    headline", 45, 13, "'period' of target 'gdp-growth' is empty")]
    [InlineData("    kind: annual\n    headline", "    kind: ''\n    headline", 46, 11, "'kind' of target 'gdp-growth' is empty")]
    [InlineData("    unit: percent", "    unit: \" \"", 43, 11, "'unit' of target 'gdp-growth' is empty")]
    [InlineData("    indicator: gdp-growth", "    indicator: \"\"", 40, 16, "'indicator' of target 'gdp-growth' is empty; give it or leave it out")]
    [InlineData("    section: plan\n", "    section: \"\"\n", 48, 14, "'section' of target 'gdp-growth' is empty")]
    [InlineData("    role: plan", "    role: \"\"", 33, 11, "'role' of section 'plan' is empty")]
    [InlineData("  - key: plan\n", "  - key: \"\"\n", 30, 10, "'key' of a section is empty")]
    [InlineData("    reason: year\n  - text: 2021年", "    reason: \"\"\n  - text: 2021年", 84, 13, "'reason' of a dismissed number is empty")]
    public void Code_written_blank_is_RS1003_and_nothing_else(string oldText, string newText, int line, int column, string message)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        // a blank section key leaves the figures in 'plan' without their section (RS2006)
        var finding = oldText.StartsWith("  - key: plan", StringComparison.Ordinal)
            ? FindingAssert.Contains(findings, "RS1003", line, column)
            : FindingAssert.Single(findings, "RS1003", line, column);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Period_with_a_trailing_line_feed_is_RS1004_at_the_period()
    {
        var findings = Report().Replace("    period: 2021\n    kind: annual\n    headline", "    period: \"2021\\n\"\n    kind: annual\n    headline").Findings();

        FindingAssert.Single(findings, "RS1004", 45, 13);
    }

    [Theory]
    [InlineData("reviewYear: 2020", "reviewYear: 20", 12, 13)]
    [InlineData("planYear: 2021", "planYear: 20210", 13, 11)]
    public void Year_outside_1900_to_2100_is_RS1004_at_the_year(string oldText, string newText, int line, int column)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        var finding = FindingAssert.Single(findings, "RS1004", line, column);
        Assert.Contains("between 1900 and 2100", finding.Message, StringComparison.Ordinal);
    }

    // ---- RS2005 with an indicator of several units ----

    private const string Gdp = "{code: gdp, name: 地区生产总值, english: Gross regional product, unit: 100m-yuan, kind: level}";
    private const string Usd = "{code: 100m-usd, name: 亿美元, english: 100 million US dollars, dimension: money-usd, scale: 100000000}";

    [Fact]
    public void Unit_of_an_indicators_second_unit_is_accepted_RS2005()
    {
        var findings = Report()
            .AddUnit(Usd)
            .ReplaceInIndicators(Gdp, Gdp.Replace("unit: 100m-yuan", "units: [100m-yuan, 100m-usd]", StringComparison.Ordinal))
            .Replace("    unit: 100m-yuan", "    unit: 100m-usd")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Unit_of_none_of_the_indicators_units_is_RS2005_naming_them_all()
    {
        var findings = Report()
            .AddUnit(Usd)
            .ReplaceInIndicators(Gdp, Gdp.Replace("unit: 100m-yuan", "units: [100m-yuan, 100m-usd]", StringComparison.Ordinal))
            .Replace("    unit: 100m-yuan", "    unit: count")
            .Findings();

        var finding = FindingAssert.Contains(findings, "RS2005", 66, 11);
        Assert.Equal("unit 'count' (count) of actual 'gdp' does not fit indicator 'gdp', measured in '100m-yuan' (money) or '100m-usd' (money-usd)", finding.Message);
    }

    [Fact]
    public void Second_unit_without_units_in_the_registry_is_RS2005()
    {
        // the same figure, the indicator with its one unit: 亿美元 is another dimension than 亿元
        var findings = Report().AddUnit(Usd).Replace("    unit: 100m-yuan", "    unit: 100m-usd").Findings();

        FindingAssert.Single(findings, "RS2005", 66, 11);
    }
}
