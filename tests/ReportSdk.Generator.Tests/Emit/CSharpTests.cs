using ReportSdk.Generator.Emit;

namespace ReportSdk.Generator.Tests.Emit;

public class CSharpTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("洛阳\u2028x", "\"洛阳\\u2028x\"")]
    public void String_literals_escape_everything_that_would_break_or_change_the_code(string value, string literal)
    {
        Assert.Equal(literal, CSharp.String(value));
    }

    [Fact]
    public void Null_becomes_the_null_literal()
    {
        Assert.Equal("null", CSharp.String(null));
    }

    [Fact]
    public void Xml_doc_text_escapes_markup_and_drops_control_characters()
    {
        Assert.Equal("&lt;/summary&gt; &amp; x", CSharp.Xml("</summary> & x\u0001"));
    }

    [Fact]
    public void Decimal_literal_keeps_the_text_as_written()
    {
        Assert.Equal("512.40m", CSharp.Decimal("512.40"));
    }
}
