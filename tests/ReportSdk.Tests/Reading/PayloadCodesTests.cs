using System.Text;
using ReportSdk.Reading;

namespace ReportSdk.Tests.Reading;

/// <summary>The reader's switches agree with <see cref="Codes"/> on every value of every enum the payload holds.</summary>
public class PayloadCodesTests
{
    [Fact]
    public void Every_enum_code_reads_back_as_its_value()
    {
        Assert.All(Enum.GetValues<ReportKind>(), v => Assert.Equal(v, PayloadCodes.ReportKind(v.ToCode())));
        Assert.All(Enum.GetValues<IndicatorKind>(), v => Assert.Equal(v, PayloadCodes.IndicatorKind(v.ToCode())));
        Assert.All(Enum.GetValues<RegionLevel>(), v => Assert.Equal(v, PayloadCodes.RegionLevel(v.ToCode())));
        Assert.All(Enum.GetValues<SectionRole>(), v => Assert.Equal(v, PayloadCodes.SectionRole(Encoding.UTF8.GetBytes(v.ToCode()))));
        Assert.All(Enum.GetValues<FigureKind>(), v => Assert.Equal(v, PayloadCodes.FigureKind(Encoding.UTF8.GetBytes(v.ToCode()))));
        Assert.All(Enum.GetValues<Bound>(), v => Assert.Equal(v, PayloadCodes.Bound(Encoding.UTF8.GetBytes(v.ToCode()))));
    }

    [Theory]
    [InlineData("2021", 2021, 2021)]
    [InlineData("2021-2025", 2021, 2025)]
    public void Periods_read_from_their_bytes(string text, int start, int end)
        => Assert.Equal(new Period(start, end), PayloadCodes.Period(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("")]
    [InlineData("2025-2021")]
    [InlineData("20x1")]
    [InlineData("2021-")]
    public void A_malformed_period_is_a_format_error(string text)
        => Assert.Throws<FormatException>(() => PayloadCodes.Period(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("2021-02-07", 2021, 2, 7)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Dates_read_without_culture_data(string text, int year, int month, int day)
        => Assert.Equal(new DateOnly(year, month, day), PayloadCodes.Date(text));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2021-13-01")]
    [InlineData("2021-2-7")]
    [InlineData("0000-01-01")]
    public void A_malformed_date_is_a_format_error(string text)
        => Assert.Throws<FormatException>(() => PayloadCodes.Date(text));

    [Fact]
    public void An_unknown_code_is_a_format_error_naming_it()
    {
        var error = Assert.Throws<FormatException>(() => PayloadCodes.Bound("at-leats"u8));
        Assert.Contains("at-leats", error.Message, StringComparison.Ordinal);
    }
}
