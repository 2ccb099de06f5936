using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>A proposal's quote occurs once in the source and places its figure at its own number, as the validator reads it.</summary>
public class QuoteTests
{
    [Fact]
    public void A_repeated_clause_is_quoted_with_the_clause_before_it()
    {
        var draft = DraftFixture.Propose(keyWork: "新建学校12所。\n全年新建医院3所。\n预计新建医院3所。");

        Assert.Equal(new[] { "新建学校12所", "全年新建医院3所", "预计新建医院3所" }, draft.Figures.Select(f => f.Quote));
    }

    [Fact]
    public void Cells_of_a_table_that_repeat_a_value_are_quoted_so_that_the_value_s_first_place_in_the_quote_is_the_figure()
    {
        var source = DraftFixture.Source(keyWork: "生产总值\n增长5%左右\n增长5%\n一般公共预算收入\n预期性\n增长5%\n");
        var draft = DraftFixture.Propose(keyWork: "生产总值\n增长5%左右\n增长5%\n一般公共预算收入\n预期性\n增长5%\n");

        var folded = FoldedText.Fold(source);
        Assert.Equal(3, draft.Figures.Count);
        Assert.All(draft.Figures, f =>
        {
            var quote = FoldedText.FoldString(f.Quote);
            var at = Assert.Single(folded.FindAll(quote, 0, folded.Value.Length));
            Assert.Equal(f.NumberStart, at + QuoteWording.Read(quote, f.Value, f.Written)[0].Start);
        });
    }
}
