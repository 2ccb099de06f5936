using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class NumberTokensTests
{
    [Fact]
    public void Numbers_are_runs_of_digits_with_an_optional_decimal_part()
    {
        var text = "增长8.5%,达到5128.4亿元,2021-2025年,第3.";

        var numbers = NumberTokens.Find(text).Select(t => text.Substring(t.Start, t.Length));

        Assert.Equal(new[] { "8.5", "5128.4", "2021", "2025", "3" }, numbers);
    }

    [Theory]
    [InlineData("增长8%以上")]
    [InlineData("8")]
    [InlineData("增长8。")]
    [InlineData("第8.")]
    [InlineData("18和8")]
    public void Value_stands_in_the_text_as_a_whole_number(string text)
    {
        Assert.True(NumberTokens.Contains(text, "8"));
    }

    [Theory]
    [InlineData("增长18%")]
    [InlineData("增长8.5%")]
    [InlineData("增长0.8%")]
    [InlineData("增长80%")]
    [InlineData("增长８%")]
    [InlineData("增长八%")]
    public void Value_8_is_not_part_of_a_longer_number_or_another_script(string text)
    {
        Assert.False(NumberTokens.Contains(text, "8"));
    }

    [Theory]
    [InlineData("达到5128.4亿元", "5128.4", true)]
    [InlineData("达到5128.4亿元", "5128", false)]
    [InlineData("达到5128.40亿元", "5128.4", false)]
    [InlineData("1—2家", "2", true)]
    public void Decimals_are_compared_as_written(string text, string number, bool expected)
    {
        Assert.Equal(expected, NumberTokens.Contains(text, number));
    }
}
