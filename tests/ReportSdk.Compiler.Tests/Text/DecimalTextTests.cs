using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

/// <summary>A number is read only when a decimal holds it digit for digit: never rounded, never flushed to zero.</summary>
public class DecimalTextTests
{
    [Theory]
    [InlineData("8", "8")]
    [InlineData("5128.40", "5128.40")]
    [InlineData("007.50", "7.50")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_number_a_decimal_holds_is_read_with_its_trailing_zeros(string text, string expected)
    {
        Assert.True(DecimalText.TryParseExact(text, out var value));
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.00000000000000000000000000001", "would be rounded")]       // 29 digits after the point
    [InlineData("1.234567890123456789012345678901234", "would be rounded")]   // 34 significant digits
    [InlineData("79228162514264337593543950336", "beyond the range")]
    public void A_number_a_decimal_cannot_hold_exactly_is_refused_and_says_why(string text, string why)
    {
        Assert.False(DecimalText.TryParseExact(text, out _));
        Assert.Contains(why, DecimalText.WhyNotExact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e4")]
    [InlineData("-2")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("")]
    public void Only_plain_notation_is_a_number(string text)
    {
        Assert.False(DecimalText.IsPlain(text));
        Assert.False(DecimalText.TryParseExact(text, out _));
    }
}
