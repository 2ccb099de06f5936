using ReportSdk.Compiler.Text;
using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>
/// Sentences and clauses are found through the places of their marks, not by reading the text back to the paragraph's
/// start: the same starts and ends as that reading, on any text.
/// </summary>
public class ClauseSplitterTests
{
    [Fact]
    public void Clauses_and_sentences_of_a_short_text()
    {
        var clauses = new ClauseSplitter(FoldedText.Fold("生产总值增长5%，投资增长8%；出口增长3%。\n就业增加1万人"));
        var t = clauses.Text;
        var at = t.IndexOf("8", StringComparison.Ordinal);
        Assert.Equal(t.IndexOf("投资", StringComparison.Ordinal), clauses.ClauseStart(at));
        Assert.Equal(0, clauses.SentenceStart(at));
        Assert.Equal(t.IndexOf(';'), clauses.ClauseEnd(at));
        var export = t.IndexOf("3", StringComparison.Ordinal);
        Assert.Equal(t.IndexOf("出口", StringComparison.Ordinal), clauses.SentenceStart(export));
        Assert.Equal(0, clauses.FullSentenceStart(export));
        var jobs = t.IndexOf("1万", StringComparison.Ordinal);
        Assert.Equal(t.IndexOf("就业", StringComparison.Ordinal), clauses.SentenceStart(jobs));
        Assert.Equal(t.Length, clauses.ClauseEnd(jobs));
    }

    [Fact]
    public void A_page_flattened_into_one_line_keeps_its_paragraphs()
    {
        var filler = string.Concat(Enumerable.Repeat("全市上下凝心聚力，攻坚克难。", 20));
        var text = "各位代表：请予审议。一、2022年工作回顾 过去五年，生产总值年均增长6%。" + filler + " 2022年，生产总值增长5%，投资增长8%。";

        var clauses = new ClauseSplitter(FoldedText.Fold(text));
        var t = clauses.Text;

        Assert.Equal("一、2022年工作回顾", clauses.Paragraph(t.IndexOf("一、", StringComparison.Ordinal)));
        Assert.StartsWith("过去五年", clauses.Paragraph(t.IndexOf("6%", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal("2022年,生产总值增长5%,投资增长8%。", clauses.Paragraph(t.IndexOf("8%", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_start_and_end_is_that_of_reading_the_text_around_it()
    {
        var random = new Random(18);
        const string alphabet = "增长5%，。；！？：、\n 年";
        for (var round = 0; round < 200; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var clauses = new ClauseSplitter(FoldedText.Fold(text));
            var t = clauses.Text;
            for (var at = 0; at < t.Length; at++)
            {
                Assert.Equal(Back(clauses, at, "。;!?"), clauses.SentenceStart(at));
                Assert.Equal(Back(clauses, at, "。!?"), clauses.FullSentenceStart(at));
                Assert.Equal(Back(clauses, at, "。;!?,:"), clauses.ClauseStart(at));
                Assert.Equal(Forward(clauses, at), clauses.ClauseEnd(at));
            }
        }
    }

    private static int Back(ClauseSplitter clauses, int at, string marks)
    {
        var start = clauses.ParagraphStart(at);
        for (var i = at - 1; i >= start; i--)
        {
            if (marks.IndexOf(clauses.Text[i]) >= 0) return i + 1;
        }
        return start;
    }

    private static int Forward(ClauseSplitter clauses, int at)
    {
        var end = clauses.ParagraphEnd(at);
        for (var i = at; i < end; i++)
        {
            if ("。;!?,:".IndexOf(clauses.Text[i]) >= 0) return i;
        }
        return end;
    }
}
