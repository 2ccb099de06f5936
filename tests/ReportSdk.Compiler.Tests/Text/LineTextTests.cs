using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class LineTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("生产总值增长8%以上", "生产总值增长8%以上")]
    [InlineData("C:\\data\\a.yaml", "C:\\data\\a.yaml")]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("\u0085\u2028\u2029", "\\u0085\\u2028\\u2029")]
    [InlineData("\t\0\u001b\u007f\u009f", "\\t\\u0000\\u001b\\u007f\\u009f")]
    public void Escape_keeps_text_on_one_line_and_leaves_everything_else_alone(string text, string expected)
    {
        Assert.Equal(expected, LineText.Escape(text));
    }

    [Fact]
    public void Escape_returns_the_same_string_when_there_is_nothing_to_escape()
    {
        var text = "unknown unit 'per-cent'; see units.yaml";

        Assert.Same(text, LineText.Escape(text));
    }

    [Fact]
    public void Escape_can_leave_CR_and_LF_to_the_caller()
    {
        Assert.Equal("a\r\nb\\u2028c\\t", LineText.Escape("a\r\nb\u2028c\t", keepCrLf: true));
    }
}
