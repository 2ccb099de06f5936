using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>
/// The checks of a figure's unit and bound against the words around its number (the accuracy
/// audit's 30名 stored as count/名): RS1009 for a people measure word, RS3008–RS3010 on the quote.
/// Fixture lines: the target new-high-tech-enterprises has its unit on line 54, measure 55,
/// bound 56, quote 60; the actual urban-new-jobs (城镇新增就业8万人) its unit on 76, bound 77.
/// </summary>
public class QuantityWordingTests
{
    private const string People = "{code: people, name: 人, english: people, dimension: people, scale: 1}";

    private static MinimalReport Report() => new();

    /// <summary>The target new-high-tech-enterprises, quoting <paramref name="quote"/> instead of 培育高新技术企业100家.</summary>
    private static MinimalReport Quoting(string quote)
        => Report().ReplaceInSource("培育高新技术企业100家", quote).Replace("    quote: 培育高新技术企业100家", "    quote: " + quote);

    // ---- RS1009: a measure word that names people ----

    [Theory]
    [InlineData("名")]
    [InlineData("人")]
    [InlineData("位")]
    public void People_measure_word_with_a_count_unit_is_RS1009_at_the_unit(string measure)
    {
        var findings = Report().Replace("    measure: 家", "    measure: " + measure).Findings();

        var finding = FindingAssert.Single(findings, "RS1009", 54, 11);
        Assert.Equal(DiagnosticLevel.Error, finding.Level);
        Assert.Contains("people", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_audits_finding_30_ming_as_count_is_RS1009_and_RS3008_at_the_unit()
    {
        // luoyang-2023 youth-entrepreneurs as it was: 培育青年创新创业人才30名以上, unit count, measure 名.
        var findings = Quoting("培育青年创新创业人才30名以上")
            .Replace("    value: 100", "    value: 30")
            .Replace("    measure: 家", "    measure: 名")
            .Replace("    bound: exact\n    period: 2021", "    bound: at-least\n    period: 2021")
            .Findings();

        Assert.Equal(new[] { "RS1009", "RS3008" }, findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(findings, f => FindingAssert.At(f, f.Id, 54, 11));
    }

    [Fact]
    public void The_audits_figure_fixed_with_a_people_unit_has_no_findings()
    {
        var findings = Quoting("培育青年创新创业人才30名以上")
            .AddUnit(People)
            .Replace("    indicator: new-high-tech-enterprises\n", "\n")
            .Replace("    value: 100", "    value: 30")
            .Replace("    unit: count\n    measure: 家", "    unit: people\n")
            .Replace("    bound: exact\n    period: 2021", "    bound: at-least\n    period: 2021")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- RS3008: the quote counts people, the unit does not ----

    [Fact]
    public void Quote_counting_people_with_a_unit_that_is_no_people_is_RS3008_warning_at_the_unit()
    {
        var findings = Quoting("培育高层次人才100名").Findings();

        var finding = FindingAssert.Single(findings, "RS3008", 54, 11);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal($"'new-high-tech-enterprises' counts people in its quote (100名), but its unit 'count' (count) is not a unit of people; use people or 10k-people", finding.Message);
        Assert.StartsWith(MinimalReport.ReportPath + "(54,11): warning RS3008: ", finding.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("培育高新技术企业服务100人次")]   // person-times
    [InlineData("培育高新技术企业居全省第100位")] // a rank, not people
    [InlineData("培育高新技术企业进入前100名")]   // a rank
    [InlineData("培育高新技术企业保持100位数")]   // digits of a number
    public void Words_after_the_number_that_count_no_people_are_no_RS3008(string quote)
    {
        var findings = Quoting(quote).Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void RS3008_fires_only_when_no_occurrence_of_the_number_fits_the_unit()
    {
        var findings = Quoting("培育高新技术企业100家，引进人才100名").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void People_counted_in_the_quote_with_a_people_unit_is_accepted_RS3008()
    {
        // 城镇新增就业8万人 with 10k-people: the fixture as it is.
        Assert.Empty(Report().Findings());
    }

    // ---- RS3009: 万 and 亿 ----

    [Fact]
    public void Wan_in_the_quote_with_a_unit_without_wan_is_RS3009_warning_at_the_unit()
    {
        // 城镇新增就业8万人 is 8 in 10k-people, not 8 people.
        var findings = Report().AddUnit(People).Replace("    unit: 10k-people", "    unit: people").Findings();

        var finding = FindingAssert.Single(findings, "RS3009", 76, 11);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal("'urban-new-jobs' is 8万人 in its quote (万), but its unit 'people' is 人 (no 万 or 亿); give the value in the unit the quote writes", finding.Message);
    }

    [Fact]
    public void A_10k_unit_without_wan_in_the_quote_is_RS3009()
    {
        var findings = Report()
            .ReplaceInSource("城镇新增就业8万人", "城镇新增就业8人")
            .Replace("    quote: 城镇新增就业8万人", "    quote: 城镇新增就业8人")
            .Findings();

        FindingAssert.Single(findings, "RS3009", 76, 11);
    }

    [Fact]
    public void Yi_in_the_quote_with_a_unit_of_wan_is_RS3009()
    {
        var findings = Report()
            .AddUnit("{code: 10k-yuan, name: 万元, english: 10 thousand yuan, dimension: money, scale: 10000}")
            .Replace("    unit: 100m-yuan", "    unit: 10k-yuan")
            .Findings();

        FindingAssert.Single(findings, "RS3009", 66, 11);
    }

    [Theory]
    [InlineData("城镇新增就业8余万人")]   // 余 before 万 (500余万元)
    [InlineData("城镇新增就业8个万人")]   // 10个亿: colloquial
    [InlineData("城镇新增就业8万余人")]
    public void Wan_after_yu_or_ge_still_fits_a_10k_unit_RS3009(string quote)
    {
        var findings = Report()
            .ReplaceInSource("城镇新增就业8万人", quote)
            .Replace("    quote: 城镇新增就业8万人", "    quote: " + quote)
            .Replace("    bound: exact\n    period: 2020\n    kind: annual\n    section: review/epidemic", "    bound: more-than\n    period: 2020\n    kind: annual\n    section: review/epidemic")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    /// <summary>The actual urban-new-jobs as a range 8—10万人.</summary>
    private static MinimalReport Range(string unit = "10k-people")
        => Report()
            .AddUnit(People)
            .ReplaceInSource("城镇新增就业8万人", "城镇新增就业8—10万人")
            .Replace("    quote: 城镇新增就业8万人", "    quote: 城镇新增就业8—10万人")
            .Replace("    unit: 10k-people", $"    unit: {unit}")
            .Replace("    bound: exact\n    period: 2020\n    kind: annual\n    section: review/epidemic", "    bound: range\n    period: 2020\n    kind: annual\n    section: review/epidemic")
            .Replace("    indicator: urban-new-jobs\n", "    max: 10\n");

    [Fact]
    public void In_a_range_the_magnitude_after_max_is_that_of_both_RS3009()
    {
        var findings = Range().Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void A_range_in_a_unit_without_its_magnitude_is_RS3009()
    {
        // the unit is on line 76 still: max replaced the indicator line
        var finding = FindingAssert.Single(Range(unit: "people").Findings(), "RS3009", 76, 11);

        Assert.Contains("10万人", finding.Message, StringComparison.Ordinal);
    }

    // ---- RS3010: 余/多 with bound exact ----

    [Theory]
    [InlineData("培育高新技术企业100余家")]
    [InlineData("培育高新技术企业100多家")]
    public void Yu_or_duo_after_the_number_with_bound_exact_is_RS3010_warning_at_the_bound(string quote)
    {
        var findings = Quoting(quote).Findings();

        var finding = FindingAssert.Single(findings, "RS3010", 56, 12);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal($"'new-high-tech-enterprises' is {quote.Substring(8, 5)} in its quote, more than 100, but its bound is exact; use more-than (余/多)", finding.Message);
    }

    [Fact]
    public void Yu_after_wan_with_bound_exact_is_RS3010()
    {
        // 8万多人
        var findings = Report()
            .ReplaceInSource("城镇新增就业8万人", "城镇新增就业8万多人")
            .Replace("    quote: 城镇新增就业8万人", "    quote: 城镇新增就业8万多人")
            .Findings();

        FindingAssert.Single(findings, "RS3010", 77, 12);
    }

    [Theory]
    [InlineData("more-than")]
    [InlineData("about")]
    public void Yu_with_a_bound_that_is_not_exact_is_accepted_RS3010(string bound)
    {
        var findings = Quoting("培育高新技术企业100余家")
            .Replace("    bound: exact\n    period: 2021", $"    bound: {bound}\n    period: 2021")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Written_form_is_read_like_digits_RS3010()
    {
        // 三百余家 with written 三百 and value 300
        var findings = Quoting("培育高新技术企业三百余家")
            .Replace("    value: 100", "    value: 300")
            .Replace("    kind: task", "    kind: task\n    written: 三百")
            .Findings();

        FindingAssert.Single(findings, "RS3010", 56, 12);
    }
}
