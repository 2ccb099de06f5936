using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

public class ReportValidatorTests
{
    private static MinimalReport Report() => new();

    [Fact]
    public void Minimal_report_has_no_findings()
    {
        var findings = Report().Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- RS1004 (the checks that need more than one field) ----

    [Fact]
    public void Delivered_date_not_written_yyyy_MM_dd_is_RS1004_at_the_date()
    {
        var findings = Report().Replace("delivered: 2021-02-07", "delivered: 2021-2-7").Findings();

        FindingAssert.Single(findings, "RS1004", 6, 12);
    }

    [Fact]
    public void Period_range_not_in_order_is_RS1004_at_the_period()
    {
        var findings = Report().Replace("    period: 2021\n    kind: annual", "    period: 2025-2021\n    kind: annual").Findings();

        FindingAssert.Single(findings, "RS1004", 45, 13);
    }

    // ---- RS1007 ----

    [Fact]
    public void Target_key_not_kebab_case_is_RS1007_at_the_key()
    {
        var findings = Report().Replace("  - key: gdp-growth", "  - key: GdpGrowth").Findings();

        FindingAssert.Single(findings, "RS1007", 39, 10);
    }

    [Fact]
    public void Symbol_that_is_no_CSharp_identifier_is_RS1007_at_the_symbol()
    {
        var findings = Report().Replace("symbol: Test2021", "symbol: class").Findings();

        FindingAssert.Single(findings, "RS1007", 3, 9);
    }

    [Fact]
    public void Key_that_becomes_an_inherited_member_name_is_RS1007()
    {
        // 'count' would become 'Count', which FigureList already has.
        var findings = Report().Replace("  - key: urban-new-jobs", "  - key: count").Findings();

        FindingAssert.Single(findings, "RS1007", 72, 10);
    }

    // ---- RS1008 ----

    [Fact]
    public void Target_key_used_twice_is_RS1008_at_the_second_key()
    {
        var findings = Report().Replace("  - key: new-high-tech-enterprises", "  - key: gdp-growth").Findings();

        FindingAssert.Single(findings, "RS1008", 50, 10);
    }

    [Fact]
    public void Keys_that_become_the_same_CSharp_name_are_RS1008()
    {
        // 'new-jobs-2' and 'new-jobs2' both become NewJobs2.
        var findings = Report()
            .Replace("  - key: gdp\n", "  - key: new-jobs2\n")
            .Replace("  - key: urban-new-jobs", "  - key: new-jobs-2")
            .Findings();

        var finding = FindingAssert.Single(findings, "RS1008", 72, 10);
        Assert.Contains("NewJobs2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_key_used_twice_is_RS1008_at_the_second_key()
    {
        var findings = Report().Replace("  - key: plan\n", "  - key: review\n").Findings();

        // the figures in section 'plan' then name a missing section too (RS2006)
        FindingAssert.Contains(findings, "RS1008", 30, 10);
    }

    [Fact]
    public void Same_key_in_targets_and_actuals_is_allowed()
    {
        var findings = Report().Replace("  - key: gdp\n", "  - key: gdp-growth\n").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- RS1009 ----

    [Fact]
    public void Range_bound_without_max_is_RS1009_at_the_bound()
    {
        var findings = Report().Replace("    bound: at-least", "    bound: range").Findings();

        FindingAssert.Single(findings, "RS1009", 44, 12);
    }

    [Fact]
    public void Max_without_range_bound_is_RS1009_at_the_max()
    {
        // max 8 stands in the quote, so only the bound is wrong
        var findings = Report().Replace("    headline: true", "    max: 8").Findings();

        FindingAssert.Single(findings, "RS1009", 47, 10);
    }

    [Fact]
    public void Max_not_above_value_is_RS1009_at_the_max()
    {
        var findings = Report()
            .Replace("    bound: at-least", "    bound: range")
            .Replace("    headline: true", "    max: 8")
            .Findings();

        FindingAssert.Single(findings, "RS1009", 47, 10);
    }

    [Fact]
    public void Measure_with_a_unit_that_is_no_count_is_RS1009_at_the_unit()
    {
        var findings = Report().Replace("    headline: true", "    measure: 个").Findings();

        FindingAssert.Single(findings, "RS1009", 43, 11);
    }

    [Fact]
    public void Qualitative_figure_with_a_value_is_RS1009_at_the_figure()
    {
        var findings = Report().Replace("    headline: true", "    qualitative: true").Findings();

        FindingAssert.Single(findings, "RS1009", 39, 5);
    }

    // ---- RS2001 … RS2007 ----

    [Fact]
    public void Unknown_indicator_is_RS2001_at_the_indicator()
    {
        var findings = Report().Replace("    indicator: gdp-growth", "    indicator: gdp-grow").Findings();

        FindingAssert.Single(findings, "RS2001", 40, 16);
    }

    [Fact]
    public void Unknown_unit_is_RS2002_at_the_unit()
    {
        var findings = Report().Replace("    unit: percent", "    unit: per-cent").Findings();

        FindingAssert.Single(findings, "RS2002", 43, 11);
    }

    [Fact]
    public void Unknown_region_is_RS2003_at_the_region()
    {
        var findings = Report().Replace("region: luoyang", "region: kaifeng").Findings();

        FindingAssert.Single(findings, "RS2003", 5, 9);
    }

    [Fact]
    public void Unknown_bound_is_RS2004_at_the_bound()
    {
        var findings = Report().Replace("    bound: at-least", "    bound: minimum").Findings();

        FindingAssert.Single(findings, "RS2004", 44, 12);
    }

    [Theory]
    [InlineData("kind: government-work-report", "kind: work-report", 4, 7)]
    [InlineData("    kind: task", "    kind: chore", 58, 11)]
    [InlineData("    role: plan", "    role: planning", 33, 11)]
    [InlineData("    reason: year\n  - text: 2021年", "    reason: years\n  - text: 2021年", 84, 13)]
    public void Unknown_kind_role_or_reason_is_RS2004_at_the_code(string oldText, string newText, int line, int column)
    {
        var findings = Report().Replace(oldText, newText).Findings();

        FindingAssert.Single(findings, "RS2004", line, column);
    }

    [Fact]
    public void Unit_of_another_dimension_than_the_indicators_is_RS2005_at_the_unit()
    {
        var findings = Report().Replace("    unit: percent", "    unit: 100m-yuan").Findings();

        // The quote's 8% has no 亿 either (RS3009, a warning).
        FindingAssert.Contains(findings, "RS2005", 43, 11);
        Assert.Equal(new[] { "RS2005", "RS3009" }, findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Section_path_not_found_is_RS2006_at_the_section()
    {
        var findings = Report().Replace("    section: plan\n", "    section: plans\n").Findings();

        FindingAssert.Single(findings, "RS2006", 48, 14);
    }

    [Fact]
    public void Section_path_with_an_unknown_child_is_RS2006()
    {
        var findings = Report().Replace("    section: plan/manufacturing", "    section: plan/services").Findings();

        FindingAssert.Single(findings, "RS2006", 59, 14);
    }

    [Fact]
    public void Dismissal_in_an_unknown_section_is_RS2006_at_its_section()
    {
        var findings = Report().Replace("    reason: year\n  - text: 2021年", "    reason: year\n    section: outlook\n  - text: 2021年").Findings();

        FindingAssert.Single(findings, "RS2006", 85, 14);
    }

    [Fact]
    public void ConflictsWith_naming_no_key_of_the_same_list_is_RS2007_at_the_reference()
    {
        // 'gdp' is an actual; a target may only conflict with another target.
        var findings = Report().Replace("    headline: true", "    conflictsWith: gdp").Findings();

        FindingAssert.Single(findings, "RS2007", 47, 20);
    }

    [Fact]
    public void ConflictsWith_naming_a_key_of_the_same_list_is_accepted()
    {
        var findings = Report().Replace("    headline: true", "    conflictsWith: new-high-tech-enterprises").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- RS1003 from the validator ----

    [Fact]
    public void Dismissal_for_reason_other_without_note_is_RS1003_at_the_dismissal()
    {
        var findings = Report().Replace("    reason: year\n  - text: 2021年", "    reason: other\n  - text: 2021年").Findings();

        FindingAssert.Single(findings, "RS1003", 83, 5);
    }

    // ---- RS3001 … RS3005, RS3007 ----

    [Fact]
    public void Quote_not_in_source_is_RS3001_at_the_quote()
    {
        var findings = Report().Replace("    quote: 生产总值增长8%以上", "    quote: 生产总值增加8%以上").Findings();

        FindingAssert.Single(findings, "RS3001", 49, 12);
    }

    [Fact]
    public void Dismissed_text_not_in_source_is_RS3001_at_the_text()
    {
        var findings = Report().Replace("  - text: 2020年", "  - text: 2019年").Findings();

        FindingAssert.Single(findings, "RS3001", 83, 11);
    }

    [Fact]
    public void Dismissed_text_inside_its_section_is_accepted()
    {
        // 2020年 stands in the heading of section review.
        var findings = Report().Replace("  - text: 2020年\n    reason: year", "  - text: 2020年\n    reason: year\n    section: review").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Dismissed_text_outside_its_section_is_RS3001_at_the_text()
    {
        // 2021年 stands only in section plan's heading.
        var findings = Report().Replace("  - text: 2021年\n    reason: year", "  - text: 2021年\n    reason: year\n    section: review").Findings();

        FindingAssert.Single(findings, "RS3001", 85, 11);
    }

    [Fact]
    public void Value_not_in_quote_is_RS3002_at_the_value()
    {
        var findings = Report().Replace("    value: 8\n    unit: percent", "    value: 9\n    unit: percent").Findings();

        FindingAssert.Single(findings, "RS3002", 42, 12);
    }

    [Fact]
    public void Max_not_in_quote_is_RS3002_at_the_max()
    {
        var findings = Report()
            .Replace("    bound: at-least", "    bound: range")
            .Replace("    headline: true", "    max: 10")
            .Findings();

        FindingAssert.Single(findings, "RS3002", 47, 10);
    }

    [Theory]
    [InlineData("18")]
    [InlineData("8.5")]
    [InlineData("0.8")]
    [InlineData("80")]
    public void Value_8_is_not_found_inside_a_longer_number_RS3002(string number)
    {
        var findings = Report()
            .ReplaceInSource("生产总值增长8%以上", $"生产总值增长{number}%以上")
            .Replace("    quote: 生产总值增长8%以上", $"    quote: 生产总值增长{number}%以上")
            .Findings();

        FindingAssert.Single(findings, "RS3002", 42, 12);
    }

    [Fact]
    public void Written_form_in_quote_stands_for_the_value()
    {
        var findings = Report()
            .ReplaceInSource("生产总值增长8%以上", "生产总值增长八个百分点以上")
            .Replace("    quote: 生产总值增长8%以上", "    quote: 生产总值增长八个百分点以上")
            .Replace("    headline: true", "    written: 八")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Written_form_not_in_quote_is_RS3002_at_the_quote()
    {
        var findings = Report().Replace("    headline: true", "    written: 八").Findings();

        FindingAssert.Single(findings, "RS3002", 49, 12);
    }

    [Fact]
    public void Qualitative_figure_needs_no_number_in_its_quote()
    {
        var findings = Report()
            .Replace("    value: 8\n    unit: percent\n    bound: at-least\n", "    qualitative: true\n\n\n")
            .Replace("    quote: 生产总值增长8%以上", "    quote: 居民收入增长与经济增长同步")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Quote_occurring_twice_is_RS3003_at_the_quote()
    {
        var findings = Report().ReplaceInSource("培育高新技术企业100家。\n", "培育高新技术企业100家。\n重申：生产总值增长8%以上。\n").Findings();

        FindingAssert.Single(findings, "RS3003", 49, 12);
    }

    [Fact]
    public void Text_hash_mismatch_is_RS3004_at_textSha256()
    {
        var findings = Report().WithTextSha256(new string('a', 64)).Findings();

        var finding = FindingAssert.Single(findings, "RS3004", 18, 15);
        Assert.Contains(ReportSdk.Compiler.Text.Sha256.OfText(MinimalReport.Source), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_changed_after_hashing_is_RS3004()
    {
        var findings = Report()
            .WithTextSha256(ReportSdk.Compiler.Text.Sha256.OfText(MinimalReport.Source))
            .ReplaceInSource("政府工作报告\n", "政府工作报告（修订）\n")
            .Findings();

        FindingAssert.Single(findings, "RS3004", 18, 15);
    }

    [Fact]
    public void Upper_case_hash_is_accepted()
    {
        var findings = Report().WithTextSha256(ReportSdk.Compiler.Text.Sha256.OfText(MinimalReport.Source).ToUpperInvariant()).Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Source_text_with_CRLF_line_endings_matches_the_LF_hash()
    {
        // SHA-256 of the LF source's UTF-8 bytes, computed outside the library (sha256sum)
        const string lfHash = "fed62f9b821aa19e1cfc5981583d8f67edb20e2abf378de56cc9da73604ae4ea";
        var findings = Report()
            .WithSource(MinimalReport.Source.Replace("\n", "\r\n", StringComparison.Ordinal))
            .WithTextSha256(lfHash)
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Missing_source_text_is_RS3005_at_source_text()
    {
        var findings = Report().WithSource(null).Findings();

        FindingAssert.Single(findings, "RS3005", 17, 9);
    }

    [Fact]
    public void Missing_source_text_still_reports_the_other_errors()
    {
        var findings = Report().WithSource(null).Replace("region: luoyang", "region: kaifeng").Findings();

        Assert.Equal(new[] { "RS2003", "RS3005" }, findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Quote_outside_its_section_is_RS3007_at_the_quote()
    {
        var findings = Report().Replace("    section: plan/manufacturing", "    section: review").Findings();

        FindingAssert.Single(findings, "RS3007", 60, 12);
    }

    [Fact]
    public void Quote_in_the_parent_but_not_in_the_named_child_section_is_RS3007()
    {
        // 生产总值增长8%以上 stands in 二、 before its （一）.
        var findings = Report().Replace("    section: plan\n", "    section: plan/manufacturing\n").Findings();

        FindingAssert.Single(findings, "RS3007", 49, 12);
    }

    [Fact]
    public void Quote_in_a_child_section_is_inside_the_parent_section()
    {
        var findings = Report().Replace("    section: plan/manufacturing", "    section: plan").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- quote matching ----

    [Fact]
    public void Quote_matching_ignores_whitespace_and_line_breaks()
    {
        var findings = Report().ReplaceInSource("生产总值增长8%以上", "生产总值 增长\n8% 以上").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Quote_matching_ignores_full_and_half_width_percent_sign()
    {
        var findings = Report().ReplaceInSource("生产总值增长8%以上", "生产总值增长8％以上").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Quote_matching_treats_curly_and_straight_quotes_alike()
    {
        var findings = Report()
            .ReplaceInSource("生产总值增长8%以上", "“生产总值”增长8%以上")
            .Replace("    quote: 生产总值增长8%以上", "    quote: '\"生产总值\"增长8%以上'")
            .Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    [Fact]
    public void Full_width_digit_does_not_match_an_ASCII_digit_RS3001()
    {
        var findings = Report().ReplaceInSource("生产总值增长8%以上", "生产总值增长８%以上").Findings();

        FindingAssert.Single(findings, "RS3001", 49, 12);
    }

    [Fact]
    public void Half_width_section_number_matches_the_full_width_heading()
    {
        var findings = Report().Replace("        number: （一）\n        title: 推进", "        number: (一)\n        title: 推进").Findings();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }

    // ---- every error of a run ----

    [Fact]
    public void Every_error_of_a_file_is_reported_in_one_run()
    {
        var findings = Report()
            .Replace("region: luoyang", "region: kaifeng")
            .Replace("    bound: at-least", "    bound: minimum")
            .Replace("    quote: 全市生产总值达到5128.4亿元", "    quote: 全市生产总值达到5128亿元")
            .Findings();

        var described = FindingAssert.Describe(findings);
        Assert.True(findings.Count == 3, described);
        FindingAssert.At(findings.Single(f => f.Id == "RS2003"), "RS2003", 5, 9);
        FindingAssert.At(findings.Single(f => f.Id == "RS2004"), "RS2004", 44, 12);
        FindingAssert.At(findings.Single(f => f.Id == "RS3001"), "RS3001", 71, 12);
    }

    [Fact]
    public void Findings_carry_the_report_path()
    {
        var findings = Report().Replace("region: luoyang", "region: kaifeng").Findings();

        Assert.Equal(MinimalReport.ReportPath, Assert.Single(findings).Location.Path);
    }

    [Fact]
    public void Validation_with_an_empty_registry_reports_every_reference()
    {
        var parsed = Report().Parse();
        var findings = ReportValidator.Validate(parsed.Report!, RegistrySpec.Empty, new SourceDocument(MinimalReport.SourcePath, MinimalReport.Source));

        // 4 indicators, 4 units, the region; nothing else
        Assert.Equal(new[] { "RS2001", "RS2001", "RS2001", "RS2001", "RS2002", "RS2002", "RS2002", "RS2002", "RS2003" }, findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
    }
}
