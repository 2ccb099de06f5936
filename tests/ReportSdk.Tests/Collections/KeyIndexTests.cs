namespace ReportSdk.Tests.Collections;

/// <summary>The hash table behind lookups by key, path and id (FigureList, SectionList, ReportCollection).</summary>
public class KeyIndexTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(150)]
    [InlineData(1000)]
    public void Finds_every_key_at_its_position_and_nothing_else(int count)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"key-{i}").ToArray();
        var index = new KeyIndex(keys);

        Assert.Equal(count, index.Count);
        for (var i = 0; i < count; i++) Assert.Equal(i, index.IndexOf(keys[i]));
        Assert.Equal(-1, index.IndexOf("key-" + count));
        Assert.Equal(-1, index.IndexOf(""));
        Assert.Equal(-1, index.IndexOf("KEY-0"));
    }

    [Fact]
    public void The_first_of_equal_keys_wins()
    {
        var index = new KeyIndex(["a", "b", "a", "c"]);

        Assert.Equal(0, index.IndexOf("a"));
        Assert.Equal(1, index.IndexOf("b"));
        Assert.Equal(3, index.IndexOf("c"));
    }

    [Fact]
    public void Keys_are_compared_ordinally_not_by_culture()
    {
        // Equal under some cultures' comparison, different code units.
        var index = new KeyIndex(["e\u0301", "\u00e9"]);

        Assert.Equal(0, index.IndexOf("e\u0301"));
        Assert.Equal(1, index.IndexOf("\u00e9"));
    }
}
