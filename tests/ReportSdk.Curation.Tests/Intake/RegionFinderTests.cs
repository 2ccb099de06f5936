using ReportSdk.Curation.Intake;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Curation.Tests.Intake;

/// <summary>The region of a document is found from its own words in the national list of divisions.</summary>
public sealed class RegionFinderTests
{
    private static RegionMatch Find(string text) => RegionFinder.Find(text, AdministrativeDivisions.National);

    [Theory]
    [InlineData("——2022年1月8日在重庆市永川区第十八届人民代表大会第一次会议上\n重庆市永川区人民政府区长 常晓勇\n", "500118")]
    [InlineData("政府工作报告\n——2017年3月28日在博罗县第十六届人民代表大会第二次会议上\n博罗县人民政府县长 卢伟航\n", "441322")]
    [InlineData("咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知\n", "610400")]
    [InlineData("2017年2月22日在蠡县第十七届人民代表大会第一次会议上\n", "130635")]
    public void The_official_name_in_the_head_gives_the_region(string text, string code)
        => Assert.Equal(code, Find(text).Division?.Code);

    [Fact]
    public void A_short_name_the_text_repeats_gives_the_region_when_no_official_name_is_written()
        => Assert.Equal("632802", Find("政府工作报告\n市长 李春生\n过去一年，是德令哈经济社会发展极不平凡的一年。德令哈全市生产总值增长5%。\n").Division?.Code);

    [Fact]
    public void A_municipality_named_once_by_its_short_name_outweighs_a_district_name_inside_a_phrase()
        => Assert.Equal("500000", Find("受市人民政府委托，现将计划执行情况提请大会审查。全面落实对重庆提出的重要指示要求，推动成渝地区双城经济圈建设，双城经济圈建设开局起势，全市生产总值增长3.9%。\n").Division?.Code);

    [Fact]
    public void A_two_character_name_inside_ordinary_words_is_no_mention()
        => Assert.Null(Find("在县委和县政府的领导下，全县人民团结奋斗。\n").Division);

    [Fact]
    public void A_name_several_divisions_share_is_decided_by_the_city_the_text_names()
    {
        Assert.True(Find("朝阳区人民政府工作报告\n").Candidates.Count >= 2);
        Assert.Equal("110105", Find("北京市朝阳区人民政府工作报告\n北京市朝阳区第十六届人民代表大会\n").Division?.Code);
    }

    [Fact]
    public void A_text_that_names_no_division_finds_nothing()
    {
        var match = Find("过去一年，全市生产总值增长3%。\n");
        Assert.Null(match.Division);
        Assert.Empty(match.Candidates);
    }
}
