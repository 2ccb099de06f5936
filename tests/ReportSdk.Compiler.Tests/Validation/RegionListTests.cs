using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Regions;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>regions.yaml is checked against the national list of divisions shipped with the compiler.</summary>
public sealed class RegionListTests
{
    private static IReadOnlyList<Finding> Validate(string regions)
    {
        var parsed = RegistryParser.Parse("regions.yaml", "regions:\n" + regions);
        Assert.True(parsed.Diagnostics.Count == 0, FindingAssert.Describe(parsed.Diagnostics));
        return RegistryValidator.Validate(parsed.Registry);
    }

    private const string Luoyang = "  - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: \"410300\", level: prefecture}\n";

    [Fact]
    public void The_bundled_regions_match_the_national_list()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "regions.yaml"));
        Assert.Empty(RegistryValidator.Validate(RegistryParser.Parse("regions.yaml", text).Registry));
    }

    [Fact]
    public void The_national_list_holds_every_province_and_its_prefectures_and_counties()
    {
        var list = AdministrativeDivisions.National;

        Assert.Equal(31, list.All.Count(d => d.Level == "province"));
        Assert.InRange(list.All.Count, 3000, 3400);
        Assert.Equal(("洛阳市", "prefecture", "410000"), (list.Find("410300")!.Name, list.Find("410300")!.Level, list.Find("410300")!.ParentCode));
        Assert.Equal(("涧西区", "district", "410300", "jianxi", "Jianxi District"), (list.Find("410305")!.Name, list.Find("410305")!.Level, list.Find("410305")!.ParentCode, list.Find("410305")!.SuggestedCode, list.Find("410305")!.English));
        // A district of a municipality belongs to the municipality itself; a county run by a province to the province.
        Assert.Equal("110000", list.Find("110101")!.ParentCode);
        Assert.Equal("410000", list.Find("419001")!.ParentCode);
        Assert.Equal(new[] { "河南省", "洛阳市", "涧西区" }, list.Chain(list.Find("410305")!).Select(d => d.Name));
        Assert.True(list.Named("朝阳区").Count >= 2);
        Assert.All(list.All, d => Assert.Matches("^[a-z][a-z0-9]*$", d.SuggestedCode));
    }

    [Fact]
    public void RS2011_a_region_whose_parents_lead_back_to_it_at_its_parent()
    {
        var findings = Validate(Luoyang.Replace("level: prefecture}", "level: prefecture, parent: jianxi}", StringComparison.Ordinal)
            + "  - {code: jianxi, name: 涧西区, english: Jianxi District, gbCode: \"410305\", level: district, parent: luoyang}\n");

        Assert.Equal(new[] { "RS2011", "RS2011" }, findings.Select(f => f.Id));
        Assert.Equal("region 'luoyang' is its own ancestor (luoyang → jianxi → luoyang); a region's parents end at a province", findings[0].Message);
    }

    [Fact]
    public void RS2009_a_region_named_otherwise_than_the_list_names_its_code()
    {
        var finding = FindingAssert.Single(Validate("  - {code: luoyang, name: 洛阳, english: Luoyang, gbCode: \"410300\", level: prefecture}\n"), "RS2009", 2, 12);
        Assert.Equal("region 'luoyang' is named '洛阳', but 410300 is '洛阳市' in the national list of divisions; write its official name", finding.Message);
    }

    [Fact]
    public void RS2009_a_region_of_another_level_than_the_list_gives()
    {
        var finding = FindingAssert.Single(Validate(Luoyang + "  - {code: jianxi, name: 涧西区, english: Jianxi District, gbCode: \"410305\", level: county, parent: luoyang}\n"), "RS2009", 3, 82);
        Assert.Equal("region 'jianxi' has level 'county', but 410305 涧西区 is a district in the national list of divisions", finding.Message);
    }

    [Fact]
    public void RS2009_a_parent_the_list_does_not_give()
    {
        var findings = Validate(Luoyang
            + "  - {code: kaifeng, name: 开封市, english: Kaifeng, gbCode: \"410200\", level: prefecture}\n"
            + "  - {code: jianxi, name: 涧西区, english: Jianxi District, gbCode: \"410305\", level: district, parent: kaifeng}\n");

        var finding = FindingAssert.Single(findings, "RS2009", 4, 100);
        Assert.Equal("region 'jianxi' names parent 'kaifeng' (410200), but 410305 涧西区 belongs to 410300 洛阳市 in the national list of divisions", finding.Message);
    }

    [Fact]
    public void RS2010_a_code_the_list_does_not_hold_is_a_warning()
    {
        var finding = FindingAssert.Single(Validate("  - {code: gaoxin, name: 洛阳高新技术产业开发区, english: Luoyang Hi-tech Zone, gbCode: \"410371\", level: district}\n"), "RS2010", 2, 12);
        Assert.Equal(DiagnosticLevel.Warning, finding.Level);
        Assert.Equal("region 'gaoxin': gbCode '410371' is not in the national list of divisions (2023); check the code (a division abolished or renamed before then is not listed)", finding.Message);
    }
}
