using System.Globalization;
using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Model;

/// <summary>Quantities come only from data: these tests take them from the compiled 洛阳 dataset.</summary>
public class QuantityTests
{
    private static IEnumerable<Quantity> AllQuantities()
        => Reports.All.SelectMany(r => r.Targets.Cast<Figure>().Concat(r.Actuals)).Select(f => f.Quantity).OfType<Quantity>();

    private static Quantity First(Func<Quantity, bool> match) => AllQuantities().First(match);

    [Fact]
    public void Converting_100m_yuan_to_10k_yuan_is_exact()
    {
        var money = First(q => q.Unit == Units._100mYuan && q.Value != decimal.Truncate(q.Value));

        var converted = money.ConvertTo(Units._10kYuan);

        Assert.Equal(money.Value * 10000m, converted.Value);
        Assert.Equal(money.Value, converted.ConvertTo(Units._100mYuan).Value);
    }

    [Fact]
    public void Converting_keeps_bound_period_and_range()
    {
        var range = First(q => q.Bound == Bound.Range && q.Unit == Units.Count);

        var converted = range.ConvertTo(Units._10kCount);

        Assert.Equal((range.Value / 10000m, range.Max!.Value / 10000m, Bound.Range, range.Period),
            (converted.Value, converted.Max!.Value, converted.Bound, converted.Period));
    }

    [Fact]
    public void Converting_across_dimensions_throws()
    {
        var growth = First(q => q.Unit == Units.Percent);

        Assert.Throws<InvalidOperationException>(() => growth.ConvertTo(Units._100mYuan));
    }

    [Fact]
    public void Every_range_has_a_max_and_only_a_range_has_one()
    {
        Assert.All(AllQuantities(), q => Assert.Equal(q.Bound == Bound.Range, q.Max.HasValue));
        Assert.Contains(AllQuantities(), q => q.Bound == Bound.Range);
    }

    [Fact]
    public void Value_keeps_the_scale_it_was_written_with()
    {
        // luoyang-2021-gwr: 生产总值5128.4亿元 (one decimal place, as written).
        var gdp = Reports.Luoyang2021.Actuals.Of(Indicators.Gdp).First().Quantity!;

        Assert.Equal("5128.4", gdp.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Text_form_is_invariant()
    {
        var gdp = Reports.Luoyang2021.Actuals.Of(Indicators.Gdp).First().Quantity!;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal($"{gdp.Bound.ToCode()} 5128.4 100m-yuan ({gdp.Period})", gdp.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
