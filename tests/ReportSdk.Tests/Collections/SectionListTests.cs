using ReportSdk.Luoyang;

namespace ReportSdk.Tests.Collections;

public class SectionListTests
{
    [Fact]
    public void Find_returns_the_section_at_a_path_and_it_is_the_named_member()
    {
        var report = Reports.Luoyang2021;

        var section = report.FindSection("review/epidemic-control");

        Assert.Same(report.Sections.Review.EpidemicControl, section);
        Assert.Equal("（一）", section!.Number);
        Assert.Same(report.Sections.Review, section.Parent);
        Assert.Same(report, section.Report);
    }

    [Fact]
    public void Every_section_and_figure_of_every_report_is_found_by_its_path_or_key()
    {
        foreach (var report in Reports.All)
        {
            foreach (var section in report.Sections.Descendants()) Assert.Same(section, report.FindSection(section.Path));
            foreach (var target in report.Targets) Assert.Same(target, report.Targets.Get(target.Key));
            foreach (var actual in report.Actuals) Assert.Same(actual, report.Actuals.Get(actual.Key));
            Assert.Same(report, Reports.All.Get(report.Id));
        }
    }

    [Fact]
    public void Find_with_an_unknown_path_returns_null()
    {
        Assert.Null(Reports.Luoyang2021.FindSection("review/no-such-section"));
    }

    [Fact]
    public void Subsections_take_the_role_of_their_top_level_section()
    {
        Assert.All(Reports.Luoyang2021.Sections.Review.Children, s => Assert.Equal(SectionRole.Review, s.Role));
    }
}
