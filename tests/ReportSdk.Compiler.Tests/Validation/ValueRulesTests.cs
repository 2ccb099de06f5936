using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Validation;

/// <summary>The rules on single values that the compiler and the runtime's loader share.</summary>
public class ValueRulesTests
{
    [Theory]
    [InlineData("2021", true)]
    [InlineData("2021-2025", true)]
    [InlineData("2025-2021", false)]
    [InlineData("2021-2021", false)]
    [InlineData("0", false)]
    [InlineData("21", false)]
    [InlineData("2021-", false)]
    // 0000 read back as the year 0: a period's years are those a report may name (export mutant #327).
    [InlineData("0000", false)]
    [InlineData("1899", false)]
    [InlineData("2021-2101", false)]
    [InlineData("1900-2100", true)]
    public void A_period_is_a_year_or_an_ordered_range_of_years(string text, bool expected)
        => Assert.Equal(expected, ValueRules.IsPeriod(text));

    [Theory]
    [InlineData("1", true)]
    [InlineData("10000", true)]
    [InlineData("0.001", true)]
    [InlineData("0", false)]
    [InlineData("0.000", false)]
    [InlineData("-1", false)]
    public void A_scale_is_an_exact_decimal_greater_than_zero(string text, bool expected)
        => Assert.Equal(expected, ValueRules.IsScale(text));

    // A Fact, not InlineData: a test case's arguments are serialized, and a lone surrogate does not survive it.
    [Fact]
    public void A_lone_surrogate_is_found_and_a_pair_is_not()
    {
        Assert.Equal(-1, ValueRules.LoneSurrogate("洛阳"));
        Assert.Equal(-1, ValueRules.LoneSurrogate("😀"));
        Assert.Equal(1, ValueRules.LoneSurrogate("a\ud83d"));
        Assert.Equal(0, ValueRules.LoneSurrogate("\ude00a"));
        Assert.Equal(2, ValueRules.LoneSurrogate("😀\ud800😀"));
    }

    [Fact]
    public void Lone_surrogates_become_the_replacement_character_and_pairs_stay()
        => Assert.Equal("a\uFFFD😀\uFFFD", ValueRules.WithoutLoneSurrogates("a\ud83d😀\ude00"));

    [Fact]
    public void A_chain_of_parents_that_comes_back_is_a_cycle_and_one_that_ends_is_not()
    {
        var parents = new Dictionary<string, string?> { ["a"] = "b", ["b"] = "a", ["c"] = "c", ["d"] = "a", ["e"] = "f", ["f"] = null };
        string? ParentOf(string code) => parents.TryGetValue(code, out var p) ? p : null;

        Assert.Equal("a → b → a", ValueRules.ParentCycle("a", ParentOf));
        Assert.Equal("c → c", ValueRules.ParentCycle("c", ParentOf));
        Assert.Null(ValueRules.ParentCycle("d", ParentOf)); // leads into a cycle it is not part of
        Assert.Null(ValueRules.ParentCycle("e", ParentOf));
    }

    [Fact]
    public void A_content_hash_is_sixty_four_lowercase_hex_digits()
    {
        Assert.True(ValueRules.IsSha256(new string('a', 64)));
        Assert.False(ValueRules.IsSha256(new string('A', 64)));
        Assert.False(ValueRules.IsSha256("not-a-hash"));
    }
}
