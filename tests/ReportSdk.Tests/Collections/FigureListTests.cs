using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Collections;

public class FigureListTests
{
    [Fact]
    public void Get_finds_a_target_by_key_and_it_is_the_named_member()
    {
        var targets = Reports.Luoyang2021.Targets;

        Assert.Same(targets.GdpGrowth, targets.Get("gdp-growth"));
    }

    [Fact]
    public void Get_with_an_unknown_key_throws_and_TryGet_says_no()
    {
        var targets = Reports.Luoyang2021.Targets;

        Assert.Throws<KeyNotFoundException>(() => targets.Get("no-such-target"));
        Assert.False(targets.TryGet("no-such-target", out _));
    }

    [Fact]
    public void Of_lists_the_figures_of_one_indicator_in_document_order()
    {
        var growth = Reports.Luoyang2021.Actuals.Of(Indicators.GdpGrowth).ToList();

        Assert.NotEmpty(growth);
        Assert.All(growth, a => Assert.Equal("gdp-growth", a.Indicator!.Code));
    }
}
