using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

public class SectionLocatorTests
{
    private static EquatableArray<SectionSpec> FixtureSections() => new MinimalReport().Parse().Report!.Sections;

    private static SectionSpec Section(string key, string number, string title, string? role, int line, params SectionSpec[] children)
    {
        var at = new TextLocation("s.yaml", line, 5, line, 5, 0, 0);
        return new SectionSpec(new Located<string>(key, at), number, new Located<string>(title, at with { Column = 12 }),
            new Located<string?>(role, at), children.ToEquatableArray(), at);
    }

    [Fact]
    public void Sections_are_located_in_document_order_with_their_spans()
    {
        var source = FoldedText.Fold(MinimalReport.Source);
        var findings = new List<Finding>();

        var spans = SectionLocator.Locate(FixtureSections(), source, findings);

        Assert.Empty(findings);
        Assert.Equal(new[] { "review", "review/epidemic", "plan", "plan/manufacturing" }, spans.Select(s => s.Path));
        var text = source.Value;
        int At(string heading) => text.IndexOf(FoldedText.FoldString(heading), StringComparison.Ordinal);
        var byPath = spans.ToDictionary(s => s.Path);
        Assert.Equal((At("一、2020年"), At("二、2021年")), (byPath["review"].Start, byPath["review"].End));
        Assert.Equal((At("（一）坚持"), At("二、2021年")), (byPath["review/epidemic"].Start, byPath["review/epidemic"].End));
        Assert.Equal((At("二、2021年"), text.Length), (byPath["plan"].Start, byPath["plan"].End));
        Assert.Equal((At("（一）推进"), text.Length), (byPath["plan/manufacturing"].Start, byPath["plan/manufacturing"].End));
    }

    [Fact]
    public void Subsections_take_the_role_of_their_top_level_section()
    {
        var spans = SectionLocator.Locate(FixtureSections(), FoldedText.Fold(MinimalReport.Source), new List<Finding>());

        Assert.Equal(new[] { "review", "review", "plan", "plan" }, spans.Select(s => s.Role));
    }

    [Fact]
    public void Heading_not_in_the_source_is_RS3006_at_the_title()
    {
        var findings = new MinimalReport().Replace("        title: 推进制造业高质量发展", "        title: 推进服务业高质量发展").Findings();

        FindingAssert.Single(findings, "RS3006", 37, 16);
    }

    [Fact]
    public void Heading_whose_number_differs_is_RS3006()
    {
        var findings = new MinimalReport().Replace("        number: （一）\n        title: 推进", "        number: （二）\n        title: 推进").Findings();

        FindingAssert.Single(findings, "RS3006", 37, 16);
    }

    [Fact]
    public void Heading_before_the_previous_siblings_is_RS3006()
    {
        var sections = new[]
        {
            Section("plan", "二、", "2021年主要目标", "plan", 10),
            Section("review", "一、", "2020年工作回顾", "review", 20),
        }.ToEquatableArray();
        var findings = new List<Finding>();

        var spans = SectionLocator.Locate(sections, FoldedText.Fold(MinimalReport.Source), findings);

        var finding = FindingAssert.Single(findings, "RS3006", 20, 12);
        Assert.Contains("after section 'plan'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("plan", Assert.Single(spans).Path);
    }

    [Fact]
    public void Child_heading_must_lie_inside_its_parent()
    {
        // （一）推进制造业高质量发展 stands under 二、, not under 一、
        var sections = new[]
        {
            Section("review", "一、", "2020年工作回顾", "review", 10, Section("manufacturing", "（一）", "推进制造业高质量发展", null, 15)),
            Section("plan", "二、", "2021年主要目标", "plan", 20),
        }.ToEquatableArray();
        var findings = new List<Finding>();

        SectionLocator.Locate(sections, FoldedText.Fold(MinimalReport.Source), findings);

        var finding = FindingAssert.Single(findings, "RS3006", 15, 12);
        Assert.Contains("inside section 'review'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_whose_heading_is_missing_gets_no_span_and_its_sibling_still_does()
    {
        var sections = new[]
        {
            Section("review", "一、", "2019年工作回顾", "review", 10),
            Section("plan", "二、", "2021年主要目标", "plan", 20),
        }.ToEquatableArray();
        var findings = new List<Finding>();

        var spans = SectionLocator.Locate(sections, FoldedText.Fold(MinimalReport.Source), findings);

        FindingAssert.Single(findings, "RS3006", 10, 12);
        Assert.Equal("plan", Assert.Single(spans).Path);
    }

    [Fact]
    public void Heading_matches_across_a_line_break_and_half_width_parentheses()
    {
        var source = FoldedText.Fold("一、回顾\n(一)坚持人民\n至上\n");
        var sections = new[] { Section("review", "一、", "回顾", "review", 1, Section("people", "（一）", "坚持人民至上", null, 2)) }.ToEquatableArray();
        var findings = new List<Finding>();

        var spans = SectionLocator.Locate(sections, source, findings);

        Assert.Empty(findings);
        Assert.Equal(2, spans.Count);
    }
}
