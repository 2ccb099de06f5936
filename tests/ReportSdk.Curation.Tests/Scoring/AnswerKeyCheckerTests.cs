using ReportSdk.Curation.Scoring;
using ReportSdk.Curation.Tests.Corpus;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Curation.Tests.Scoring;

/// <summary>The key checker finds each kind of mistake a hand-written key can hold, at its entry.</summary>
public sealed class AnswerKeyCheckerTests
{
    private const string Text = "2022年,全县地区生产总值突破400亿元,达到417亿元,增长7.5%—8%。\n新建学校三所。\n";

    private const string Good = """
        document: {region: "141125", kind: government-work-report, reviewYear: 2022, planYear: 2023}
        numbers:
          - at: ⟦2022⟧年
            not: year
          - at: 突破⟦400⟧亿元
            figure: {list: actual, value: "400", unit: 100m-yuan, bound: more-than, kind: annual, period: "2022", indicator: gdp}
          - at: 达到⟦417⟧亿元
            figure: {list: actual, value: "417", unit: 100m-yuan, bound: exact, kind: annual, period: "2022", indicator: gdp}
          - at: 增长⟦7.5⟧%—⟦8⟧%
            figure: {list: actual, value: "7.5", max: "8", unit: percent, bound: range, kind: annual, period: "2022", indicator: gdp-growth}
          - at: 学校⟦三⟧所
            figure: {list: actual, value: "3", written: 三, unit: count, measure: 所, bound: exact, kind: annual, period: "2022"}
        """;

    private static IReadOnlyList<Finding> Check(string key, string text = Text)
    {
        var findings = new List<Finding>();
        var read = AnswerKeyReader.Read("/corpus/x/key.yaml", key, findings);
        Assert.True(findings.Count == 0 && read is not null, CorpusDocuments.Describe(findings));
        return AnswerKeyChecker.Check(read!, text, CorpusDocuments.Registry(), AdministrativeDivisions.National);
    }

    [Fact]
    public void A_key_of_every_number_in_order_has_no_finding() => Assert.Empty(Check(Good));

    [Fact]
    public void A_number_left_out_is_a_finding_naming_it()
    {
        var finding = Assert.Single(Check(Good.Replace("  - at: ⟦2022⟧年\n    not: year\n", "")));
        Assert.Contains("the number 2022 of the text is not in the key", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("达到⟦417⟧亿元", "达到⟦418⟧亿元", "not in the text")]
    [InlineData("value: \"417\"", "value: \"417.0\"", "is not the marked number 417")]
    [InlineData("unit: 100m-yuan, bound: exact", "unit: 100m-yuna, bound: exact", "unknown unit '100m-yuna'")]
    [InlineData("indicator: gdp-growth", "indicator: gdp-grwth", "unknown indicator")]
    [InlineData("max: \"8\", ", "", "a range (bound: range) marks its two ends and gives max")]
    [InlineData("measure: 所, ", "", "a count unit gives its measure word")]
    [InlineData("period: \"2022\", indicator: gdp}", "period: \"22\", indicator: gdp}", "period '22'")]
    [InlineData("not: year", "not: later", "unknown reason 'later'")]
    [InlineData("region: \"141125\"", "region: \"141199\"", "not a code of the national list")]
    public void Each_kind_of_mistake_is_a_finding(string right, string wrong, string message)
    {
        var key = Good.Replace(right, wrong, StringComparison.Ordinal);
        Assert.NotEqual(Good, key);

        Assert.Contains(Check(key), f => f.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_excerpt_found_only_before_the_entry_before_it_is_out_of_order()
    {
        var key = Good.Replace("  - at: ⟦2022⟧年\n    not: year\n", "") + "\n  - at: ⟦2022⟧年\n    not: year\n";
        Assert.Contains(Check(key), f => f.Message.Contains("is not in the text after the entry before it", StringComparison.Ordinal));
    }

    [Fact]
    public void Whitespace_and_width_of_punctuation_do_not_count_when_an_excerpt_is_found()
        => Assert.Empty(Check(Good, Text.Replace("达到417", "达到4\n17", StringComparison.Ordinal).Replace(",", "，", StringComparison.Ordinal)));
}
