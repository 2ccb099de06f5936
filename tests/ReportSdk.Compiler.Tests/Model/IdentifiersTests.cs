using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Tests.Model;

public class IdentifiersTests
{
    [Theory]
    [InlineData("gdp-growth")]
    [InlineData("key-work")]
    [InlineData("10k-yuan")]
    [InlineData("a")]
    [InlineData("luoyang-2021-gwr")]
    public void Kebab_case_keys_are_accepted(string key)
    {
        Assert.True(Identifiers.IsKebabCase(key));
    }

    [Theory]
    [InlineData("GdpGrowth")]
    [InlineData("a_b")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("")]
    [InlineData("gdp growth")]
    [InlineData("洛阳")]
    public void Other_keys_are_not_kebab_case(string key)
    {
        Assert.False(Identifiers.IsKebabCase(key));
    }

    [Theory]
    [InlineData("gdp-growth", "GdpGrowth")]
    [InlineData("10k-yuan", "_10kYuan")]
    [InlineData("luoyang-2021-gwr", "Luoyang2021Gwr")]
    [InlineData("key-work", "KeyWork")]
    [InlineData("new-jobs-2", "NewJobs2")]
    public void Keys_become_PascalCase(string key, string expected)
    {
        Assert.Equal(expected, Identifiers.ToPascalCase(key));
    }

    [Theory]
    [InlineData("Luoyang2021", true)]
    [InlineData("_10kYuan", true)]
    [InlineData("class", false)]
    [InlineData("2021Luoyang", false)]
    [InlineData("Luo-yang", false)]
    [InlineData("洛阳", false)]
    [InlineData("", false)]
    public void Valid_identifiers_are_plain_ASCII_and_no_keyword(string name, bool expected)
    {
        Assert.Equal(expected, Identifiers.IsValidIdentifier(name));
    }
}
