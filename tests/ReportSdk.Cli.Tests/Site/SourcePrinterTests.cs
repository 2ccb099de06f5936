using System.Text;
using ReportSdk.Cli.Site;

namespace ReportSdk.Cli.Tests.Site;

/// <summary>Printing marks that nest or overlap: the text stays the source's, each quote one highlight.</summary>
public class SourcePrinterTests
{
    private static readonly FigureView First = SampleSite.Model().Reports[0].Targets[0];
    private static readonly FigureView Second = SampleSite.Model().Reports[0].Targets[1];

    [Fact]
    public void A_quote_overlapping_an_earlier_one_is_one_highlight_and_a_continuation()
    {
        var text = SourceLayout.Layout("ABCDEFG", new SourceMark[]
        {
            new QuoteMark("q-2", 2, 6, new[] { Second }),
            new QuoteMark("q-1", 0, 4, new[] { First }),
        });

        var html = Print(text);

        Assert.Equal(
            "<mark class=\"quote target headline\" id=\"q-1\" tabindex=\"0\" aria-describedby=\"tip-q-1\" data-figures=\"t-growth\">AB"
            + "<mark class=\"quote target aspirational\" id=\"q-2\" tabindex=\"0\" aria-describedby=\"tip-q-2\" data-figures=\"t-range\">CD</mark></mark>"
            + "<mark class=\"quote target aspirational part\" data-part-of=\"q-2\">EF</mark>G",
            html);
        Assert.Equal(new[] { "q-1", "q-2" }, text.Quotes.Select(q => q.Id));
    }

    [Fact]
    public void Marks_inside_a_quote_nest_and_the_text_is_escaped()
    {
        var text = SourceLayout.Layout("a<b>&c", new SourceMark[]
        {
            new QuoteMark("q-1", 0, 6, new[] { First }),
            new HeadingMark("s-plan", 1, 4, "plan"),
        });

        Assert.Equal(
            "<mark class=\"quote target headline\" id=\"q-1\" tabindex=\"0\" aria-describedby=\"tip-q-1\" data-figures=\"t-growth\">a"
            + "<span class=\"heading\" id=\"s-plan\" tabindex=\"-1\">&lt;b&gt;</span>&amp;c</mark>",
            Print(text));
    }

    [Fact]
    public void Runs_join_to_the_whole_text()
    {
        var text = SourceLayout.Layout("政府工作报告\n一、目标", new SourceMark[] { new QuoteMark("q-1", 3, 9, new[] { First }) });
        Assert.Equal("政府工作报告\n一、目标", string.Concat(text.Runs.Select(r => r.Text)));
    }

    private static string Print(SourceText text)
    {
        var page = new StringBuilder();
        SourcePrinter.Print(page, text);
        return page.ToString();
    }
}
