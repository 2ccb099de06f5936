using System.Globalization;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

public class ClosestNameTests
{
    private static readonly string[] Units = { "percent", "100m-yuan", "10k-yuan", "10k-people", "people", "count", "100m-usd" };

    [Theory]
    [InlineData("bound", "bound", 0)]
    [InlineData("bund", "bound", 1)]         // a letter left out
    [InlineData("100m-yaun", "100m-yuan", 1)] // two neighbours swapped: one edit
    [InlineData("percnet", "percent", 1)]
    [InlineData("Headline", "headline", 0)]  // ASCII case is ignored
    [InlineData("plans", "plan", 1)]
    [InlineData("", "key", 3)]
    [InlineData("增加", "增长", 1)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, ClosestName.Distance(a, b));
        Assert.Equal(distance, ClosestName.Distance(b, a));
    }

    [Fact]
    public void Distance_with_case_counts_a_change_of_case()
    {
        Assert.Equal(1, ClosestName.Distance("Headline", "headline", ignoreAsciiCase: false));
    }

    [Fact]
    public void Distance_is_the_same_in_every_culture()
    {
        // Turkish: culture-aware lower-casing turns I into ı; the distance must not follow it.
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(0, ClosestName.Distance("INDICATOR", "indicator"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("100m-yaun", "100m-yuan")]
    [InlineData("percnt", "percent")]
    [InlineData("Percent", "percent")]
    [InlineData("peple", "people")]
    public void Find_suggests_the_closest_candidate(string name, string expected)
    {
        Assert.Equal(expected, ClosestName.Find(name, Units));
    }

    [Theory]
    [InlineData("dollars")]
    [InlineData("zzz")]
    [InlineData("")]
    public void Find_suggests_nothing_when_no_candidate_is_close(string name)
    {
        Assert.Null(ClosestName.Find(name, Units));
    }

    [Fact]
    public void Find_allows_a_third_of_the_name_in_edits()
    {
        Assert.Equal(1, ClosestName.MaxDistance(4));
        Assert.Equal(3, ClosestName.MaxDistance(9));
        Assert.Equal("gdp-growth", ClosestName.Find("gdp-grow", new[] { "gdp", "gdp-growth" }));   // 2 edits of 8
        Assert.Null(ClosestName.Find("gdp-gr", new[] { "gdp-growth" }));                          // 4 edits of 6
    }

    [Fact]
    public void Find_suggests_nothing_when_two_candidates_are_equally_close()
    {
        // 10m-yuan is one edit from 10k-yuan and one from 100m-yuan: a guess either way.
        Assert.Null(ClosestName.Find("10m-yuan", Units));
    }

    [Fact]
    public void Find_prefers_the_candidate_that_also_matches_the_case()
    {
        Assert.Equal("Headline", ClosestName.Find("Headlin", new[] { "headline", "Headline" }));
    }

    [Fact]
    public void Find_never_suggests_the_name_itself_and_counts_repeated_candidates_once()
    {
        Assert.Null(ClosestName.Find("percent", new[] { "percent" }));
        Assert.Equal("percent", ClosestName.Find("percnt", new[] { "percent", "percent" }));
    }

    [Fact]
    public void Find_does_not_depend_on_the_order_of_the_candidates()
    {
        foreach (var name in new[] { "100m-yaun", "10m-yuan", "peple", "10k-peple" })
        {
            Assert.Equal(ClosestName.Find(name, Units), ClosestName.Find(name, Units.Reverse()));
        }
    }
}
