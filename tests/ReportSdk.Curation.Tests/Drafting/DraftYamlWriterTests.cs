using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>Proposals print in the report format and read back as unreviewed figures (RS3011).</summary>
public class DraftYamlWriterTests
{
    [Fact]
    public void Printed_proposals_read_back_as_the_same_figures_marked_unreviewed()
    {
        var draft = DraftFixture.Propose(review: "2020年新建学校12所。", keyWork: "生产总值增长8%以上，新建“医院”3—5所。");
        var yaml = DraftYamlWriter.Write(draft);
        var header = "id: x\nkind: government-work-report\nregion: luoyang\ndelivered: 2021-02-07\nsession: s\nspeaker: {name: n, title: t}\ntitle: t\n"
            + "reviewYear: 2020\nplanYear: 2021\nsource: {original: a, originalSha256: b, text: c, textSha256: d}\nsections: []\n";

        var parsed = ReportParser.Parse("draft.yaml", header + yaml);

        Assert.Empty(parsed.Diagnostics);
        var report = parsed.Report!;
        Assert.Equal(draft.Targets.Select(t => (t.Key, t.Value, t.Max, t.Unit, t.Bound, t.Quote)),
            report.Targets.Select(t => (t.Key.Value, t.Value.Value!, t.Max.Value, t.Unit.Value!, t.Bound.Value!, t.Quote.Value)));
        Assert.All(report.Targets.Concat(report.Actuals), f => Assert.True(f.Unreviewed));
        Assert.Equal(new[] { "2020年" }, report.Dismissed.Select(d => d.Text.Value));
    }

    [Fact]
    public void The_output_is_the_same_in_any_culture()
    {
        var draft = DraftFixture.Propose(keyWork: "实际吸收外资2.98亿美元。");
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(DraftYamlWriter.Write(draft), DraftYamlWriter.Write(DraftFixture.Propose(keyWork: "实际吸收外资2.98亿美元。")));
            Assert.Contains("value: 2.98\n", DraftYamlWriter.Write(draft), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
