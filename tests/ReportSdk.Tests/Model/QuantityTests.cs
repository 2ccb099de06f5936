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

    public static TheoryData<decimal, decimal?, string, string?, Bound, string> ChineseWordings() => new()
    {
        { 8m, null, "percent", null, Bound.AtLeast, "8%以上" },
        { 5128.4m, null, "100m-yuan", null, Bound.Exact, "5128.4亿元" },
        { 6m, null, "percent", null, Bound.About, "6%左右" },
        { 3.5m, null, "percent", null, Bound.AtMost, "3.5%以内" },
        { 5m, null, "10k-people", null, Bound.Nearly, "近5万人" },
        { 3000m, null, "100m-yuan", null, Bound.MoreThan, "超过3000亿元" },
        { 1m, 2m, "count", "家", Bound.Range, "1—2家" },
        { 3m, null, "10k-count", "所", Bound.Exact, "3万所" },
        { 5128.4m, null, "100m-yuan", null, Bound.Estimate, "预计5128.4亿元" },
    };

    [Theory]
    [MemberData(nameof(ChineseWordings))]
    public void Chinese_text_uses_the_unit_word_and_the_bound_wording(decimal value, decimal? max, string unit, string? measure, Bound bound, string expected)
    {
        var quantity = new Quantity(value, max, Reports.Registry.Units.Single(u => u.Code == unit), measure, bound, new Period(2021));

        Assert.Equal(expected, quantity.ToChineseText());
    }

    [Fact]
    public void Chinese_text_is_the_same_in_every_culture()
    {
        var gdp = Reports.Luoyang2021.Actuals.Of(Indicators.Gdp).First().Quantity!;
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var texts = new[] { "de-DE", "tr-TR", "zh-CN" }.Select(name =>
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                return gdp.ToChineseText();
            });

            Assert.All(texts, text => Assert.Equal("5128.4亿元", text));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_target_gdp_growth_reads_as_its_quote_does()
    {
        var target = Reports.Luoyang2021.Targets.GdpGrowth;

        Assert.Contains(target.Quantity!.ToChineseText(), target.Quote, StringComparison.Ordinal);
    }
}
