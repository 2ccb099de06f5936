using ReportSdk.Cli.Output;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Output;

public class TextTableTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("gdp-growth 8.5%", 15)]
    [InlineData("洛阳市", 6)]
    [InlineData("涧西区a", 7)]
    [InlineData("（一）", 6)]
    [InlineData("，。：", 6)]
    [InlineData("ＡＢ", 4)]
    [InlineData("한국", 4)]
    [InlineData("かな", 4)]
    [InlineData("\u3000", 2)]
    [InlineData("ｶﾅ", 2)]
    [InlineData("é", 1)]
    public void Width_counts_east_asian_wide_characters_as_two_columns(string text, int width)
    {
        Assert.Equal(width, TextTable.Width(text));
    }

    [Fact]
    public void Columns_line_up_when_cells_mix_chinese_and_latin()
    {
        var table = new TextTable("report", "region", "value");
        table.Add("luoyang-2021-gwr", "洛阳市", "8");
        table.Add("x", "涧西区老城", "12.5");
        table.Add("jianxi", "ab", "");

        var lines = Write(table);

        Assert.Equal(new[]
        {
            "report            region      value",
            "----------------  ----------  -----",
            "luoyang-2021-gwr  洛阳市      8",
            "x                 涧西区老城  12.5",
            "jianxi            ab",
        }, lines);
    }

    [Fact]
    public void Every_cell_of_a_column_starts_at_the_same_display_column()
    {
        var table = new TextTable("标签", "b", "c");
        table.Add("生产总值增长", "（一）", "z");
        table.Add("a", "x", "最后");
        table.Add("全员劳动生产率增长", "", "y");

        var lines = Write(table);
        var header = lines[0];
        var secondColumn = TextTable.Width(header.Substring(0, header.IndexOf('b', StringComparison.Ordinal)));
        var thirdColumn = TextTable.Width(header.Substring(0, header.IndexOf('c', StringComparison.Ordinal)));

        Assert.Equal(TextTable.Width("全员劳动生产率增长") + 2, secondColumn);
        Assert.Equal("（一）", TableReader.SliceByColumns(lines[2], secondColumn, thirdColumn).TrimEnd());
        Assert.Equal("x", TableReader.SliceByColumns(lines[3], secondColumn, thirdColumn).TrimEnd());
        Assert.Equal("z", TableReader.SliceByColumns(lines[2], thirdColumn, int.MaxValue));
        Assert.Equal("最后", TableReader.SliceByColumns(lines[3], thirdColumn, int.MaxValue));
        Assert.Equal("y", TableReader.SliceByColumns(lines[4], thirdColumn, int.MaxValue));
    }

    [Fact]
    public void Rule_under_the_header_is_as_wide_as_each_column()
    {
        var table = new TextTable("a", "bb");
        table.Add("中文", "x");

        Assert.Equal("----  --", Write(table)[1]);
    }

    [Fact]
    public void Lines_end_with_lf_and_carry_no_trailing_spaces()
    {
        var table = new TextTable("a", "b");
        table.Add("long value", "");
        using var writer = new StringWriter();

        table.Write(writer);
        var text = writer.ToString();

        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void Row_count_counts_added_rows_only()
    {
        var table = new TextTable("a");
        Assert.Equal(0, table.RowCount);
        table.Add("1");
        table.Add("2");
        Assert.Equal(2, table.RowCount);
    }

    [Fact]
    public void Empty_table_prints_the_header_and_rule()
    {
        Assert.Equal(new[] { "a  bcd", "-  ---" }, Write(new TextTable("a", "bcd")));
    }

    [Fact]
    public void Columns_aligned_right_pad_their_cells_and_heading_on_the_left()
    {
        var table = new TextTable("名称", "n", "share").AlignRight("n", "share");
        table.Add("生产总值", "12", "5.0 %");
        table.Add("a", "3", "100.0 %");

        Assert.Equal(new[] { "名称       n    share", "--------  --  -------", "生产总值  12    5.0 %", "a          3  100.0 %" }, Write(table));
    }

    private static IReadOnlyList<string> Write(TextTable table)
    {
        using var writer = new StringWriter();
        table.Write(writer);
        return CliRunner.Lines(writer.ToString());
    }

    [Theory]
    [InlineData("生产总值增长", 12, "生产总值增长")]
    [InlineData("地区生产总值增长", 12, "地区生产总…")]
    [InlineData("gdp-growth-rate", 8, "gdp-gro…")]
    [InlineData("生产ab", 4, "生…")]
    public void Cut_keeps_what_fits_and_ends_in_an_ellipsis(string text, int width, string expected)
    {
        Assert.Equal(expected, TextTable.Cut(text, width));
        Assert.True(TextTable.Width(TextTable.Cut(text, width)) <= width);
    }

    [Fact]
    public void A_table_wider_than_its_max_width_shrinks_the_shrinkable_columns_widest_first()
    {
        var table = new TextTable("id", "label", "note") { MaxWidth = 30 }.Shrink("label", 6).Shrink("note", 6);
        table.Add("a", "全员劳动生产率增长", "a long english note");

        var lines = Write(table);

        Assert.All(lines, l => Assert.True(TextTable.Width(l) <= 30, l));
        Assert.Equal("a   全员劳动生…   a long engl…", lines[2]);
    }
}
