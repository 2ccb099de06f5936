using System.Text;
using ReportSdk.Payload;

namespace ReportSdk.Tests.Payload;

/// <summary>The token format both sides share: what <see cref="PayloadBuffer"/> writes, <see cref="PayloadReader"/> reads.</summary>
public class PayloadReaderTests
{
    [Fact]
    public void Tokens_read_back_as_written_including_text_left_in_place_and_blocks()
    {
        var block = new PayloadBuffer().String("洛阳市 \"quoted\"\n\u2028").Integer(-7);
        var bytes = new PayloadBuffer(PayloadFormat.ReportHeader).Integer(2021).String(null).String("5128.40").Boolean(true).Block(block).String("end").ToArray();

        var reader = new PayloadReader(bytes, PayloadFormat.ReportHeader);

        Assert.Equal(2021, reader.Integer());
        Assert.Null(reader.NullableString());
        Assert.Equal("5128.40", reader.NullableDecimal()!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reader.Boolean());
        var range = reader.Block();
        Assert.Equal("end", reader.String());
        Assert.True(reader.AtEnd);
        var inner = new PayloadReader(bytes, range);
        Assert.Equal("洛阳市 \"quoted\"\n\u2028", inner.Text().Decode(bytes));
        Assert.Equal(-7, inner.Integer());
        Assert.True(inner.AtEnd);
    }

    [Fact]
    public void Another_kind_or_version_of_payload_is_refused()
    {
        var registry = new PayloadBuffer(PayloadFormat.RegistryHeader).Integer(0).ToArray();

        var error = Assert.Throws<FormatException>(() => new PayloadReader(registry, PayloadFormat.ReportHeader));
        Assert.Contains("reportsdk-payload", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("5:abc")]
    [InlineData("-1:")]
    [InlineData("x;")]
    public void A_damaged_token_is_a_format_error_not_a_crash(string tokens)
    {
        var bytes = Encoding.UTF8.GetBytes(PayloadFormat.ReportHeader + tokens);

        Assert.Throws<FormatException>(() =>
        {
            var reader = new PayloadReader(bytes, PayloadFormat.ReportHeader);
            reader.Integer();
            reader.String();
        });
    }
}
