using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Dataset;

/// <summary>The compiled 洛阳 dataset: its entry points and what it must hold.</summary>
public class ReportsTests
{
    [Fact]
    public void Luoyang2021_gdp_growth_target_is_at_least_8_percent_for_2021()
    {
        var quantity = Reports.Luoyang2021.Targets.GdpGrowth.Quantity!;

        Assert.Equal(8m, quantity.Value);
        Assert.Equal(Bound.AtLeast, quantity.Bound);
        Assert.Equal("percent", quantity.Unit.Code);
        Assert.Equal(new Period(2021), quantity.Period);
        Assert.Same(Indicators.GdpGrowth, Reports.Luoyang2021.Targets.GdpGrowth.Indicator);
    }

    [Fact]
    public void The_typed_tree_is_the_same_object_as_the_plain_list()
    {
        Assert.Same(Reports.Luoyang2021, Reports.Get("luoyang-2021-gwr"));
        Assert.Same(Reports.Luoyang2021.Targets, Reports.Get("luoyang-2021-gwr").Targets);
        Assert.Same(Reports.Luoyang2021.Sections, Reports.Get("luoyang-2021-gwr").Sections);
    }

    [Fact]
    public void The_registry_is_the_one_behind_Units_Indicators_and_Regions()
    {
        Assert.Same(Units.All, Reports.Registry.Units);
        Assert.Same(Indicators.All, Reports.Registry.Indicators);
        Assert.Same(Regions.All, Reports.Registry.Regions);
        Assert.Same(Regions.Luoyang, Reports.Luoyang2021.Region);
        Assert.Same(Regions.Luoyang, Regions.Jianxi.Parent);
    }

    [Fact]
    public void Typed_sections_are_the_objects_of_the_tree_with_their_back_references()
    {
        var keyWork = Reports.Luoyang2021.Sections.KeyWork;

        Assert.Same(keyWork, Reports.Luoyang2021.FindSection("key-work"));
        Assert.All(keyWork.Children, child => Assert.Same(keyWork, child.Parent));
        Assert.All(keyWork.Children, child => Assert.Same(Reports.Luoyang2021, child.Report));
        Assert.All(Reports.Luoyang2021.Targets, t => Assert.Same(t.Section, Reports.Luoyang2021.FindSection(t.Section.Path)));
    }

    [Fact]
    public void TryGet_finds_every_report_and_rejects_unknown_ids()
    {
        Assert.All(Reports.All, r => Assert.True(Reports.TryGet(r.Id, out var found) && ReferenceEquals(found, r)));
        Assert.False(Reports.TryGet("nowhere-1999-gwr", out _));
        Assert.Throws<KeyNotFoundException>(() => Reports.Get("nowhere-1999-gwr"));
    }

    [Fact]
    public void Dataset_info_has_a_version_and_a_sha256_content_hash()
    {
        Assert.False(string.IsNullOrWhiteSpace(Reports.Dataset.Version));
        Assert.Matches("^[0-9a-f]{64}$", Reports.Dataset.ContentHash);
    }

    [Fact]
    public void Registries_resolve_by_code()
    {
        Assert.Same(Indicators.GdpGrowth, Indicators.Get("gdp-growth"));
        Assert.Same(Regions.Luoyang, Regions.Jianxi.Parent);
        Assert.Equal("410311", Regions.Get("luolong").GbCode);
        Assert.False(Units.TryGet("furlong", out _));
    }

    // Pinned so that an accidental deletion in the YAML fails CI. Change a number only together
    // with the curation change that explains it.
    [Theory]
    [InlineData("luoyang-2017-gwr", 61, 99, 11, 140)]
    [InlineData("luoyang-2021-gwr", 26, 111, 24, 94)]
    [InlineData("luoyang-2023-gwr", 17, 129, 19, 0)]
    [InlineData("jianxi-2021-gwr", 40, 57, 15, 110)]
    [InlineData("luolong-2021-plan", 17, 72, 9, 151)]
    public void Each_report_keeps_its_curated_counts(string id, int sections, int targets, int headlineTargets, int actuals)
    {
        var report = Reports.Get(id);

        Assert.Equal(sections, report.Sections.Descendants().Count());
        Assert.Equal(targets, report.Targets.Count);
        Assert.Equal(headlineTargets, report.Targets.Count(t => t.Headline));
        Assert.Equal(actuals, report.Actuals.Count);
    }

    [Fact]
    public void Every_figure_carries_a_quote_and_a_section_of_its_own_report()
    {
        foreach (var report in Reports.All)
        {
            foreach (var figure in report.Targets.Cast<Figure>().Concat(report.Actuals))
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.Quote), $"{report.Id}/{figure.Key}");
                Assert.Same(report, figure.Section.Report);
            }
        }
    }
}
