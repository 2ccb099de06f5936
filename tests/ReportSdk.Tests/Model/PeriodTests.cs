namespace ReportSdk.Tests.Model;

public class PeriodTests
{
    [Theory]
    [InlineData("2021", 2021, 2021)]
    [InlineData("2021-2025", 2021, 2025)]
    public void Parse_reads_a_year_or_a_range_and_prints_it_back(string text, int start, int end)
    {
        var period = Period.Parse(text);

        Assert.Equal((start, end), (period.Start, period.End));
        Assert.Equal(text, period.ToString());
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Period(2025, 2021));
    }

    [Fact]
    public void Periods_order_by_start_then_end()
    {
        var periods = new[] { new Period(2021, 2025), new Period(2023), new Period(2021) };

        Assert.Equal(new[] { new Period(2021), new Period(2021, 2025), new Period(2023) }, periods.Order());
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        var period = new Period(2021, 2025);

        Assert.True(period.Contains(2021) && period.Contains(2025));
        Assert.False(period.Contains(2026));
    }
}
