using System.Globalization;
using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Model;

public class QuantityTests
{
    [Fact]
    public void Converting_100m_yuan_to_10k_yuan_is_exact()
    {
        var gdp = new Quantity(5128.4m, null, Units._100mYuan, null, Bound.Exact, new Period(2020));

        var converted = gdp.ConvertTo(Units._10kYuan);

        Assert.Equal(51284000m, converted.Value);
        Assert.Equal(5128.4m, converted.ConvertTo(Units._100mYuan).Value);
    }

    [Fact]
    public void Converting_keeps_bound_period_and_range()
    {
        var range = new Quantity(1m, 2m, Units._10kYuan, null, Bound.Range, new Period(2021, 2025));

        var converted = range.ConvertTo(Units._100mYuan);

        Assert.Equal((0.0001m, 0.0002m, Bound.Range, new Period(2021, 2025)), (converted.Value, converted.Max!.Value, converted.Bound, converted.Period));
    }

    [Fact]
    public void Converting_across_dimensions_throws()
    {
        var growth = new Quantity(8m, null, Units.Percent, null, Bound.AtLeast, new Period(2021));

        Assert.Throws<InvalidOperationException>(() => growth.ConvertTo(Units._100mYuan));
    }

    [Fact]
    public void A_range_needs_a_max_and_only_a_range_has_one()
    {
        Assert.Throws<ArgumentException>(() => new Quantity(1m, null, Units.Count, "家", Bound.Range, new Period(2021)));
        Assert.Throws<ArgumentException>(() => new Quantity(1m, 2m, Units.Count, "家", Bound.AtLeast, new Period(2021)));
    }

    [Fact]
    public void Value_keeps_the_scale_it_was_written_with()
    {
        var quantity = new Quantity(8.0m, null, Units.Percent, null, Bound.Exact, new Period(2021));

        Assert.Equal("8.0", quantity.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_form_is_invariant()
    {
        var quantity = new Quantity(5128.4m, null, Units._100mYuan, null, Bound.AtLeast, new Period(2021));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("at-least 5128.4 100m-yuan (2021)", quantity.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
