using System.Text;
using System.Text.Json;
using ReportSdk.Schema.Writing;

namespace ReportSdk.Schema.Tests.Writing;

public class JsonTextTests
{
    [Theory]
    [InlineData("生产总值增长", "\"生产总值增长\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\t\n\r\u0001", "\"\\t\\n\\r\\u0001\"")]
    [InlineData("\u2028\u2029", "\"\\u2028\\u2029\"")]
    [InlineData("𠀀", "\"𠀀\"")]
    public void Only_what_JSON_requires_is_escaped(string value, string literal)
    {
        Assert.Equal(literal, new StringBuilder().AppendString(value).ToString());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_so_the_file_stays_valid_UTF8()
    {
        // Built in code: test data attributes would not carry a lone surrogate intact.
        Assert.Equal("\"\\ud800x\"", new StringBuilder().AppendString(new string(new[] { '\ud800', 'x' })).ToString());
        Assert.Equal("\"x\\udc00\"", new StringBuilder().AppendString(new string(new[] { 'x', '\udc00' })).ToString());
    }

    [Theory]
    [InlineData("引号\"反斜杠\\制表\t换行\n")]
    [InlineData("𠀀 — 100 million yuan")]
    public void A_literal_reads_back_as_the_same_text(string value)
    {
        Assert.Equal(value, JsonSerializer.Deserialize<string>(new StringBuilder().AppendString(value).ToString()));
    }
}
