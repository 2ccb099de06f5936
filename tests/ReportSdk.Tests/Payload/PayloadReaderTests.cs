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
    public void Another_kind_of_payload_is_refused_as_a_format_error()
    {
        var registry = new PayloadBuffer(PayloadFormat.RegistryHeader).Integer(0).ToArray();

        var error = Assert.Throws<FormatException>(() => new PayloadReader(registry, PayloadFormat.ReportHeader));
        Assert.Contains($"expected '{PayloadFormat.ReportHeader.TrimEnd()}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PayloadFormat.Version + 1)]
    [InlineData(1)]
    public void A_payload_of_another_format_version_is_refused_naming_both_versions(int version)
    {
        var header = $"{PayloadFormat.Name} {version} registry\n";
        var payload = new PayloadBuffer(header).Integer(0).Integer(0).Integer(0).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => Registry.Read(payload));
        Assert.Contains($"payload format version {version}; this runtime reads version {PayloadFormat.Version}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headers_carry_the_format_version()
    {
        Assert.Equal($"reportsdk-payload {PayloadFormat.Version} report\n", PayloadFormat.ReportHeader);
        Assert.Equal($"reportsdk-payload {PayloadFormat.Version} registry\n", PayloadFormat.RegistryHeader);
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
