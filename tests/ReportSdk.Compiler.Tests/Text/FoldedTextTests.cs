using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class FoldedTextTests
{
    [Fact]
    public void Whitespace_of_every_kind_is_removed()
    {
        Assert.Equal("生产总值增长8%", FoldedText.FoldString(" 生产\t总值\r\n增长\u30008% "));
    }

    [Theory]
    [InlineData("（一）", "(一)")]
    [InlineData("８％", "８%")]
    [InlineData("，；：！？", ",;:!?")]
    [InlineData("“十四五”", "\"十四五\"")]
    [InlineData("‘九加二’", "'九加二'")]
    [InlineData("＂", "\"")]
    public void Full_width_punctuation_and_curly_quotes_fold_to_half_width(string text, string folded)
    {
        Assert.Equal(folded, FoldedText.FoldString(text));
    }

    [Theory]
    [InlineData("８")]
    [InlineData("Ａｂ")]
    [InlineData("、。《》—")]
    [InlineData("一二三")]
    public void Letters_digits_and_other_characters_are_unchanged(string text)
    {
        Assert.Equal(text, FoldedText.FoldString(text));
    }

    [Fact]
    public void Full_width_digit_does_not_equal_the_ASCII_digit()
    {
        Assert.NotEqual(FoldedText.FoldString("增长8%"), FoldedText.FoldString("增长８%"));
    }

    [Fact]
    public void Every_folded_character_keeps_its_original_offset()
    {
        var folded = FoldedText.Fold("a b\n（c）");

        Assert.Equal("ab(c)", folded.Value);
        Assert.Equal(new[] { 0, 2, 4, 5, 6 }, Enumerable.Range(0, 5).Select(folded.OriginalOffset));
        Assert.Equal(7, folded.OriginalOffset(5));
        Assert.Equal(7, folded.OriginalLength);
    }

    [Fact]
    public void FindAll_returns_every_occurrence_including_overlapping_ones()
    {
        var folded = FoldedText.Fold("增长增长增长");

        Assert.Equal(new[] { 0, 2, 4 }, folded.FindAll("增长", 0, folded.Value.Length));
        Assert.Equal(new[] { 0, 1 }, FoldedText.Fold("aaa").FindAll("aa", 0, 3));
    }

    [Fact]
    public void FindAll_looks_only_inside_the_range()
    {
        var folded = FoldedText.Fold("abcabcabc");

        Assert.Equal(new[] { 3 }, folded.FindAll("abc", 1, 6));
        Assert.Empty(folded.FindAll("abc", 4, 8));
    }

    [Fact]
    public void FindAll_of_an_empty_needle_finds_nothing()
    {
        Assert.Empty(FoldedText.Fold("abc").FindAll("", 0, 3));
    }

    [Fact]
    public void A_reading_is_folded_and_the_text_kept_as_the_original_at_the_same_offsets()
    {
        const string text = "增長 8%，億元";

        var folded = FoldedText.Fold(text, "增长 8%，亿元");

        Assert.Equal(("增长8%,亿元", text), (folded.Value, folded.Original));
        Assert.Equal(FoldedText.Fold(text).OriginalSpan(0, 5), folded.OriginalSpan(0, 5));
        Assert.Throws<ArgumentException>(() => FoldedText.Fold(text, "增长"));
    }
}
