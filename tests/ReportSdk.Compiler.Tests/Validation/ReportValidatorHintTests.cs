using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>
/// The hints a finding of the validator ends with: the code, path or key a mistyped one was
/// meant to be, the passage of the source a quote was meant to be, and the figure it is about.
/// </summary>
public class ReportValidatorHintTests
{
    private static MinimalReport Report() => new();

    // ---- did you mean ----

    [Fact]
    public void Unknown_unit_suggests_the_closest_unit()
    {
        var findings = Report().Replace("    unit: 100m-yuan", "    unit: 100m-yaun").Findings();

        var finding = FindingAssert.Single(findings, "RS2002", 66, 11);
        Assert.Equal("unknown unit '100m-yaun'; see units.yaml; did you mean '100m-yuan'?", finding.Message);
    }

    [Fact]
    public void Unknown_indicator_suggests_the_closest_indicator()
    {
        var findings = Report().Replace("    indicator: gdp-growth", "    indicator: gdp-grow").Findings();

        var finding = FindingAssert.Single(findings, "RS2001", 40, 16);
        Assert.Equal("unknown indicator 'gdp-grow'; see indicators.yaml; did you mean 'gdp-growth'?", finding.Message);
    }

    [Fact]
    public void Unknown_indicator_of_a_qualitative_figure_suggests_the_closest_indicator()
    {
        var findings = Report()
            .Replace("    value: 8\n    unit: percent\n    bound: at-least\n", "    qualitative: true\n")
            .Replace("    indicator: gdp-growth", "    indicator: gdp-growht")
            .Findings();

        var finding = FindingAssert.Single(findings, "RS2001", 40, 16);
        Assert.EndsWith("; did you mean 'gdp-growth'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_region_suggests_the_closest_region()
    {
        var findings = Report().Replace("region: luoyang", "region: luoyng").Findings();

        var finding = FindingAssert.Single(findings, "RS2003", 5, 9);
        Assert.Equal("unknown region 'luoyng'; known: luoyang; did you mean 'luoyang'?", finding.Message);
    }

    [Fact]
    public void Section_path_not_found_suggests_the_closest_path()
    {
        var findings = Report().Replace("    section: plan/manufacturing", "    section: plan/manufactoring").Findings();

        var finding = FindingAssert.Single(findings, "RS2006", 59, 14);
        Assert.Equal("section path 'plan/manufactoring' not found; paths are section keys joined by '/'; did you mean 'plan/manufacturing'?", finding.Message);
    }

    [Fact]
    public void Section_path_of_a_dismissal_not_found_suggests_the_closest_path()
    {
        var findings = Report().Replace("  - text: 2021年\n    reason: year", "  - text: 2021年\n    reason: year\n    section: plans").Findings();

        var finding = FindingAssert.Single(findings, "RS2006", 87, 14);
        Assert.Equal("section path 'plans' not found; did you mean 'plan'?", finding.Message);
    }

    [Fact]
    public void Key_not_found_suggests_the_closest_key_of_the_same_list()
    {
        var findings = Report().Replace("    headline: true", "    conflictsWith: new-high-tech-enterprize").Findings();

        var finding = FindingAssert.Single(findings, "RS2007", 47, 20);
        Assert.Equal("conflictsWith names 'new-high-tech-enterprize', which is not a key among the targets; did you mean 'new-high-tech-enterprises'?", finding.Message);
    }

    [Fact]
    public void Key_not_found_never_suggests_the_figure_itself()
    {
        // gdp-growt is one edit from gdp-growth, the target's own key: naming itself is no fix.
        var findings = Report().Replace("    headline: true", "    conflictsWith: gdp-growt").Findings();

        var finding = FindingAssert.Single(findings, "RS2007", 47, 20);
        Assert.DoesNotContain("did you mean", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_code_suggests_the_closest_code()
    {
        var findings = Report().Replace("    bound: at-least", "    bound: at-lest").Findings();

        var finding = FindingAssert.Single(findings, "RS2004", 44, 12);
        Assert.EndsWith("; expected one of: exact, at-least, at-most, about, nearly, more-than, range, estimate; did you mean 'at-least'?", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    unit: percent", "    unit: dollars", "RS2002")]
    [InlineData("    indicator: gdp-growth", "    indicator: inflation", "RS2001")]
    [InlineData("region: luoyang", "region: kaifeng", "RS2003")]
    [InlineData("    section: plan\n", "    section: outlook\n", "RS2006")]
    [InlineData("    bound: at-least", "    bound: minimum", "RS2004")]
    public void No_suggestion_when_nothing_is_close(string oldText, string newText, string id)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        var finding = Assert.Single(findings);
        Assert.Equal(id, finding.Id);
        Assert.DoesNotContain("did you mean", finding.Message, StringComparison.Ordinal);
    }

    // ---- the closest passage of the source ----

    [Fact]
    public void Quote_not_found_shows_the_closest_passage_and_marks_what_differs()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    quote: 生产总值增加8%以上").Findings();

        var finding = FindingAssert.Single(findings, "RS3001", 49, 12);
        Assert.Equal("quote of 'gdp-growth' not found in the source text: \"生产总值增加8%以上\"; closest in the source (line 7): \"生产总值增«长»8%以上…\"", finding.Message);
    }

    [Fact]
    public void Dismissed_text_not_found_shows_the_closest_passage_of_its_section()
    {
        var findings = Report().Replace("  - text: 2021年\n    reason: year", "  - text: 2021年主要指标\n    reason: year\n    section: plan").Findings();

        var finding = FindingAssert.Single(findings, "RS3001", 85, 11);
        Assert.Equal("dismissed text \"2021年主要指标\" not found in the source section 'plan'; closest in the source (line 6): \"…2021年主要«目»标\"", finding.Message);
    }

    [Fact]
    public void Quote_far_from_every_passage_shows_none()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    quote: 粮食产量稳定在120万吨").Findings();

        var finding = FindingAssert.Contains(findings, "RS3001", 49, 12);
        Assert.DoesNotContain("closest", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closest_passage_keeps_the_finding_on_one_line()
    {
        var findings = Report()
            .ReplaceInSource("生产总值增长8%以上", "生产总值增长\n8％以上")
            .Replace("    quote: 生产总值增长8%以上", "    quote: 生产总值增长9%以上")
            .Findings();

        var finding = FindingAssert.Contains(findings, "RS3001", 49, 12);
        Assert.EndsWith("; closest in the source (line 7): \"生产总值增长 «8»％以上…\"", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', finding.Message);
    }

    // ---- the figure named ----

    [Fact]
    public void Unit_that_does_not_fit_the_indicator_names_the_figure()
    {
        var findings = Report().Replace("    unit: percent", "    unit: 100m-yuan").Findings();

        var finding = FindingAssert.Contains(findings, "RS2005", 43, 11);
        Assert.Equal("unit '100m-yuan' (money) of target 'gdp-growth' does not fit indicator 'gdp-growth', measured in 'percent' (ratio)", finding.Message);
    }

    [Fact]
    public void Max_without_range_names_the_figure()
    {
        var findings = Report().Replace("    headline: true", "    max: 9").Findings();

        var finding = FindingAssert.Contains(findings, "RS1009", 47, 10);
        Assert.Equal("'max' of target 'gdp-growth' goes only with bound range, not at-least", finding.Message);
    }

    [Fact]
    public void Max_not_above_value_names_the_figure()
    {
        var findings = Report().Replace("    bound: at-least", "    bound: range").Replace("    headline: true", "    max: 8").Findings();

        var finding = FindingAssert.Contains(findings, "RS1009", 47, 10);
        Assert.Equal("max 8 of target 'gdp-growth' must be greater than its value 8", finding.Message);
    }

    [Fact]
    public void Measure_with_a_unit_that_is_no_count_names_the_figure()
    {
        var findings = Report().Replace("    headline: true", "    measure: 个").Findings();

        var finding = FindingAssert.Single(findings, "RS1009", 43, 11);
        Assert.Equal("'measure' (个) of target 'gdp-growth' goes only with a unit of dimension count, not percent", finding.Message);
    }

    [Fact]
    public void Period_that_is_no_year_names_the_figure()
    {
        var findings = Report().Replace("    period: 2020\n    kind: annual\n    section: review\n", "    period: 2020年\n    kind: annual\n    section: review\n").Findings();

        var finding = FindingAssert.Single(findings, "RS1004", 68, 13);
        Assert.Equal("period of actual 'gdp' must be a year (2021) or a range of years (2021-2025), not '2020年'", finding.Message);
    }
}
