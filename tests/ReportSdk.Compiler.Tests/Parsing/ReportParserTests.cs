using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Parsing;

public class ReportParserTests
{
    private static MinimalReport Report() => new();

    [Fact]
    public void Minimal_report_is_read_with_every_field()
    {
        var parsed = Report().Parse();

        Assert.Empty(parsed.Diagnostics);
        var report = parsed.Report!;
        Assert.Equal(MinimalReport.ReportPath, report.Path);
        Assert.Equal(("test-2021-gwr", 2, 5), (report.Id.Value, report.Id.Location.Line, report.Id.Location.Column));
        Assert.Equal("Test2021", report.Symbol.Value);
        Assert.Equal(("张三", "测试市人民政府市长"), (report.Speaker.Name, report.Speaker.Title));
        Assert.Equal((2020, 2021), (report.ReviewYear.Value, report.PlanYear.Value));
        Assert.Equal("../../sources/test-2021-gwr.txt", report.Source.Text.Value);
        Assert.Equal(new[] { "none" }, report.Source.Edits);
        Assert.Equal(new[] { "review", "plan" }, report.Sections.Select(s => s.Key.Value));
        Assert.Equal("manufacturing", Assert.Single(report.Sections[1].Children).Key.Value);
        Assert.Equal(new[] { "gdp-growth", "new-high-tech-enterprises" }, report.Targets.Select(t => t.Key.Value));
        Assert.Equal(new[] { "gdp", "urban-new-jobs" }, report.Actuals.Select(t => t.Key.Value));
        Assert.Equal(2, report.Dismissed.Count);
        var target = report.Targets[1];
        Assert.Equal(("100", "count", "家", "exact", "2021", "task", "plan/manufacturing"),
            (target.Value.Value, target.Unit.Value, target.Measure, target.Bound.Value, target.Period.Value, target.Kind.Value, target.Section.Value));
        Assert.True(report.Targets[0].Headline);
        Assert.False(target.Headline);
    }

    [Fact]
    public void Decimal_values_are_kept_exactly_as_written()
    {
        var parsed = Report().Replace("    value: 5128.4", "    value: 5128.40").Parse();

        Assert.Equal("5128.40", parsed.Report!.Actuals[0].Value.Value);
    }

    [Fact]
    public void Symbol_defaults_to_the_id_in_PascalCase_located_at_the_id()
    {
        var parsed = Report().Replace("symbol: Test2021\n", "").Parse();

        Assert.Empty(parsed.Diagnostics);
        var symbol = parsed.Report!.Symbol;
        Assert.Equal(("Test2021Gwr", 2, 5), (symbol.Value, symbol.Location.Line, symbol.Location.Column));
    }

    // ---- RS1002 ----

    [Fact]
    public void Unknown_field_is_RS1002_at_the_field_name()
    {
        var findings = Report().Replace("    headline: true", "    headlines: true").Findings();

        var finding = FindingAssert.Single(findings, "RS1002", 47, 5);
        Assert.Contains("'headlines'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("headline", finding.Message.Substring(finding.Message.IndexOf("expected", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_field_names_its_figure_and_the_field_it_is_closest_to()
    {
        var findings = Report().Replace("    headline: true", "    headlines: true").Findings();

        var finding = FindingAssert.Single(findings, "RS1002", 47, 5);
        Assert.StartsWith("unknown field 'headlines' in target 'gdp-growth'; expected one of: ", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(", written; did you mean 'headline'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelled_required_field_is_one_finding_not_also_a_missing_field()
    {
        // bund for bound: one RS1002 that says so, no RS1003 "has no 'bound'".
        var findings = Report().Replace("    bound: at-least", "    bund: at-least").Findings();

        var finding = FindingAssert.Single(findings, "RS1002", 44, 5);
        Assert.EndsWith("; did you mean 'bound'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelled_required_field_of_a_section_is_one_finding()
    {
        var findings = Report().Replace("    title: 2021年主要目标", "    titel: 2021年主要目标").Findings();

        var finding = FindingAssert.Contains(findings, "RS1002", 32, 5);
        Assert.StartsWith("unknown field 'titel' in section 'plan'", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("; did you mean 'title'?", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Id == "RS1003");
    }

    [Fact]
    public void Unknown_field_close_to_no_known_field_has_no_hint()
    {
        var findings = Report().Replace("    headline: true", "    importance: high").Findings();

        var finding = FindingAssert.Single(findings, "RS1002", 47, 5);
        Assert.DoesNotContain("did you mean", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_on_a_subsection_is_RS1002_at_the_field_name()
    {
        var findings = Report().Replace("        title: 推进制造业高质量发展\n", "        title: 推进制造业高质量发展\n        role: key-work\n").Findings();

        FindingAssert.Single(findings, "RS1002", 38, 9);
    }

    // ---- RS1003 ----

    [Fact]
    public void Missing_required_field_is_RS1003_at_the_start_of_its_mapping()
    {
        var findings = Report().Replace("    label: 生产总值增长\n", "").Findings();

        var finding = FindingAssert.Single(findings, "RS1003", 39, 5);
        Assert.Contains("'label'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_field_of_a_figure_names_the_figure()
    {
        var findings = Report().Replace("    label: 城镇新增就业\n", "").Findings();

        var finding = FindingAssert.Single(findings, "RS1003", 72, 5);
        Assert.Equal("actual 'urban-new-jobs' has no 'label'", finding.Message);
    }

    [Fact]
    public void Field_of_a_figure_written_null_names_the_figure()
    {
        var findings = Report().Replace("    bound: at-least", "    bound:").Findings();

        var finding = FindingAssert.Single(findings, "RS1003", 44, 5);
        Assert.Equal("'bound' of target 'gdp-growth' is empty", finding.Message);
    }

    [Fact]
    public void Missing_top_level_field_is_RS1003_at_the_first_field()
    {
        var findings = Report().Replace("session: 测试市第一届人民代表大会第一次会议\n", "").Findings();

        FindingAssert.Single(findings, "RS1003", 2, 1);
    }

    [Fact]
    public void Missing_role_of_a_top_level_section_is_RS1003()
    {
        var findings = Report().Replace("    role: plan\n", "").Findings();

        FindingAssert.Single(findings, "RS1003", 30, 5);
    }

    [Fact]
    public void Qualitative_figure_needs_no_value_unit_or_bound()
    {
        var parsed = Report().Replace("    value: 8\n    unit: percent\n    bound: at-least\n", "    qualitative: true\n").Parse();

        Assert.Empty(parsed.Diagnostics);
        Assert.True(parsed.Report!.Targets[0].Qualitative);
    }

    [Fact]
    public void Empty_file_is_RS1003_at_the_file_start()
    {
        var parsed = ReportParser.Parse("empty.yaml", "");

        FindingAssert.Single(parsed.Diagnostics, "RS1003", 1, 1);
        Assert.Null(parsed.Report);
    }

    // ---- RS1004 ----

    [Fact]
    public void Whole_number_field_with_text_is_RS1004_at_the_value()
    {
        var findings = Report().Replace("reviewYear: 2020", "reviewYear: 二〇二〇").Findings();

        FindingAssert.Single(findings, "RS1004", 12, 13);
    }

    [Fact]
    public void Value_that_is_not_a_plain_decimal_is_RS1004_at_the_value()
    {
        var findings = Report().Replace("    value: 8\n    unit: percent", "    value: 8%\n    unit: percent").Findings();

        FindingAssert.Single(findings, "RS1004", 42, 12);
    }

    [Fact]
    public void Wrong_type_of_a_figure_field_names_the_figure()
    {
        var findings = Report().Replace("    value: 8\n    unit: percent", "    value: 8%\n    unit: percent").Findings();

        var finding = FindingAssert.Single(findings, "RS1004", 42, 12);
        Assert.Equal("'value' of target 'gdp-growth' must be a number as written in the source, such as 8 or 5128.4 (no sign), not '8%'", finding.Message);
    }

    [Fact]
    public void Flag_that_is_not_true_or_false_is_RS1004()
    {
        var findings = Report().Replace("    headline: true", "    headline: yes").Findings();

        FindingAssert.Single(findings, "RS1004", 47, 15);
    }

    [Fact]
    public void List_field_given_as_text_is_RS1004()
    {
        var findings = Report().Replace("  edits:\n    - none\n", "  edits: none\n").Findings();

        FindingAssert.Single(findings, "RS1004", 19, 10);
    }

    [Fact]
    public void List_item_that_is_not_a_mapping_is_RS1004()
    {
        var findings = Report().Replace("  - text: 2021年\n    reason: year\n", "  - 2021年\n").Findings();

        FindingAssert.Single(findings, "RS1004", 85, 5);
    }

    [Fact]
    public void Root_that_is_not_a_mapping_is_RS1004()
    {
        var parsed = ReportParser.Parse("list.yaml", "- a\n- b\n");

        FindingAssert.Single(parsed.Diagnostics, "RS1004", 1, 1);
        Assert.Null(parsed.Report);
    }

    // ---- every error ----

    [Fact]
    public void Every_shape_error_of_a_file_is_reported_in_one_run()
    {
        var findings = Report()
            .Replace("planYear: 2021", "planYear: next")
            .Replace("    headline: true", "    headlines: true")
            .Replace("    label: 城镇新增就业\n", "")
            .Parse().Diagnostics;

        Assert.True(findings.Count == 3, FindingAssert.Describe(findings));
        FindingAssert.At(findings.Single(f => f.Id == "RS1004"), "RS1004", 13, 11);
        FindingAssert.At(findings.Single(f => f.Id == "RS1002"), "RS1002", 47, 5);
        FindingAssert.At(findings.Single(f => f.Id == "RS1003"), "RS1003", 72, 5);
    }
}
