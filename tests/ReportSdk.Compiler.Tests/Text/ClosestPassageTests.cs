using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Text;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Text;

public class ClosestPassageTests
{
    private static readonly FoldedText Source = FoldedText.Fold(MinimalReport.Source);

    private static ClosestPassage? Find(FoldedText source, string quote)
        => ClosestPassage.In(source, FoldedText.FoldString(quote), 0, source.Value.Length);

    [Fact]
    public void Passage_is_where_the_quote_stands_with_a_word_changed()
    {
        var passage = Find(Source, "生产总值增加8%以上")!;

        Assert.Equal("生产总值增长8%以上", Source.Value.Substring(passage.Start, passage.End - passage.Start));
        Assert.Equal(1, passage.Distance);
        Assert.Equal(7, passage.Line(Source));
    }

    [Fact]
    public void Mark_brackets_what_differs_and_shows_where_the_line_goes_on()
    {
        var quote = FoldedText.FoldString("生产总值增长9%以上");

        var marked = ClosestPassage.In(Source, quote, 0, Source.Value.Length)!.Mark(Source, quote);

        Assert.Equal("生产总值增长«8»%以上…", marked);
    }

    [Fact]
    public void Mark_shows_an_empty_pair_where_the_quote_has_words_the_source_lacks()
    {
        var quote = FoldedText.FoldString("培育高新技术企业100多家");

        var marked = ClosestPassage.In(Source, quote, 0, Source.Value.Length)!.Mark(Source, quote);

        Assert.Equal("培育高新技术企业100«»家…", marked);
    }

    [Fact]
    public void Mark_shows_the_source_as_written_on_one_line()
    {
        // The source writes full-width ％ and breaks the line inside the passage.
        var source = FoldedText.Fold("前言\n生产总值增长\n8％以上，同步。\n");
        var quote = FoldedText.FoldString("生产总值增长9%以上");

        var passage = ClosestPassage.In(source, quote, 0, source.Value.Length)!;

        Assert.Equal("生产总值增长 «8»％以上…", passage.Mark(source, quote));
        Assert.Equal(2, passage.Line(source));
    }

    [Fact]
    public void No_passage_when_nothing_in_the_source_is_close()
    {
        Assert.Null(Find(Source, "粮食产量稳定在120万吨"));
    }

    [Fact]
    public void Search_stays_inside_the_range_given()
    {
        // 增长3% stands in 一、 only; searched in 二、 onwards, the closest is another passage or none.
        var quote = FoldedText.FoldString("增长3%。");
        var plan = Source.Value.IndexOf("二、", StringComparison.Ordinal);

        var passage = ClosestPassage.In(Source, quote, plan, Source.Value.Length);

        Assert.True(passage is null || passage.Start >= plan);
        Assert.NotNull(ClosestPassage.In(Source, quote + "x", 0, plan));
    }

    [Theory]
    [InlineData("luoyang", "luoyang-2017-gwr")]
    [InlineData("luoyang", "luoyang-2021-gwr")]
    [InlineData("luoyang", "luoyang-2023-gwr")]
    [InlineData("jianxi", "jianxi-2021-gwr")]
    [InlineData("luolong", "luolong-2021-plan")]
    public void Every_quote_of_a_bundled_report_with_a_character_changed_finds_a_passage_as_close_as_its_own(string region, string id)
    {
        // The long source is searched from anchors, not aligned whole: each changed quote must still find
        // a passage one edit away, as its own place is.
        var text = FoldedText.Fold(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "sources", id + ".txt")));
        var index = new PassageIndex(text);
        var yaml = File.ReadAllLines(Path.Combine(RepoPaths.Root, "data", "reports", region, id + ".yaml"));
        var quotes = yaml.Select(l => l.Trim()).Where(l => l.StartsWith("quote: ", StringComparison.Ordinal))
            .Select(l => FoldedText.FoldString(l.Substring(7).Trim('"'))).Where(q => q.Length >= 6 && text.Value.Contains(q, StringComparison.Ordinal)).ToList();
        Assert.True(quotes.Count > 10);

        var lost = new List<string>();
        foreach (var quote in quotes)
        {
            var changed = quote.Substring(0, quote.Length / 2) + "㐀" + quote.Substring(quote.Length / 2 + 1);
            var passage = ClosestPassage.In(index, changed, 0, text.Value.Length);
            if (passage is null || passage.Distance != 1) lost.Add(quote);
        }

        Assert.True(lost.Count == 0, "not found again:\n" + string.Join("\n", lost));
    }

    [Fact]
    public void A_quote_longer_than_a_clause_or_than_the_source_gets_no_passage_and_no_search()
    {
        // The fuzz harness's mutant: a quote of 100 KB (生产总值增长8%以上 repeated) against a 60 KB source.
        var page = string.Concat(Enumerable.Repeat("生产总值增长8%以上，", 10_000));
        var longSource = FoldedText.Fold(string.Concat(Enumerable.Repeat("生产总值增长8%以上，同步。", 150)));

        Assert.Null(Find(longSource, page));
        Assert.Null(Find(longSource, page[..(ClosestPassage.MaxQuoteLength + 1)]));
        Assert.Null(Find(Source, page[..(Source.Value.Length + 100)]));
    }
}
