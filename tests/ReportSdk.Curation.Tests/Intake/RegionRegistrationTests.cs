using ReportSdk.Curation.Intake;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Regions;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>A region new to regions.yaml is written from the national list, with the divisions above it, and validates.</summary>
public sealed class RegionRegistrationTests
{
    private const string Luoyang = "regions:\n  - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: \"410300\", level: prefecture}\n";

    [Fact]
    public void A_new_district_comes_with_its_province_and_city_and_validates()
    {
        var registry = RegistryParser.Parse("regions.yaml", Luoyang).Registry;
        var divisions = AdministrativeDivisions.National;

        var (code, entries) = RegionRegistration.For(divisions.Find("500118")!, registry, divisions);

        Assert.Equal("yongchuan", code);
        Assert.Equal(new[]
        {
            "{code: chongqing, name: 重庆市, english: Chongqing, gbCode: \"500000\", level: province}",
            "{code: yongchuan, name: 永川区, english: Yongchuan District, gbCode: \"500118\", level: district, parent: chongqing}",
        }, entries);
        var written = RegistryParser.Parse("regions.yaml", Luoyang + string.Concat(entries.Select(e => "  - " + e + "\n")));
        Assert.Empty(written.Diagnostics);
        Assert.Empty(RegistryValidator.Validate(written.Registry));
    }

    [Fact]
    public void A_region_already_listed_by_its_code_is_used_as_it_is()
    {
        var registry = RegistryParser.Parse("regions.yaml", Luoyang).Registry;

        var (code, entries) = RegionRegistration.For(AdministrativeDivisions.National.Find("410300")!, registry, AdministrativeDivisions.National);

        Assert.Equal(("luoyang", 0), (code, entries.Count));
    }

    [Fact]
    public void A_code_taken_by_another_region_takes_its_parent_s_code_after_it()
    {
        var registry = RegistryParser.Parse("regions.yaml", "regions:\n  - {code: chaoyang, name: 朝阳市, english: Chaoyang, gbCode: \"211300\", level: prefecture}\n").Registry;

        var (code, _) = RegionRegistration.For(AdministrativeDivisions.National.Find("110105")!, registry, AdministrativeDivisions.National);

        Assert.Equal("chaoyang-beijing", code);
    }
}
