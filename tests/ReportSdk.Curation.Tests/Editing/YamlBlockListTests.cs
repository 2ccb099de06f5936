using ReportSdk.Curation.Editing;

namespace ReportSdk.Curation.Tests.Editing;

/// <summary>Items are added to a top-level list in place, whatever way it is written, with no other byte changed.</summary>
public sealed class YamlBlockListTests
{
    private const string Item = "  - key: a\n    value: 1\n";

    [Fact]
    public void An_empty_flow_list_becomes_a_block_list_and_keeps_its_comment()
        => Assert.Equal("id: x\ntargets:  # FILL: every target\n" + Item + "actuals: []\n",
            YamlBlockList.Append("id: x\ntargets: []  # FILL: every target\nactuals: []\n", "targets", Item));

    [Fact]
    public void Items_go_after_the_last_item_of_a_block_list_before_trailing_comments()
        => Assert.Equal("targets:\n  - key: z\n" + Item + "# end\nactuals:\n",
            YamlBlockList.Append("targets:\n  - key: z\n# end\nactuals:\n", "targets", Item));

    [Fact]
    public void A_missing_list_is_added_at_the_end()
        => Assert.Equal("id: x\ndismissed:\n" + Item, YamlBlockList.Append("id: x", "dismissed", Item));

    [Fact]
    public void CR_LF_stays_CR_LF()
        => Assert.Equal("targets:\r\n  - key: z\r\n  - key: a\r\n    value: 1\r\n", YamlBlockList.Append("targets:\r\n  - key: z\r\n", "targets", Item));

    [Fact]
    public void A_flow_list_with_items_cannot_be_added_to_and_says_so()
    {
        var error = Assert.Throws<InvalidDataException>(() => YamlBlockList.Append("targets: [a, b]\n", "targets", Item));
        Assert.Contains("write it as a block list", error.Message, StringComparison.Ordinal);
    }
}
