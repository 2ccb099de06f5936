using ReportSdk.Cli.Export;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Export;

public class FigureColumnsTests
{
    [Fact]
    public void Named_keeps_the_columns_order_whatever_order_the_names_are_given_in()
    {
        Assert.Equal(new[] { "report", "label", "period" }, FigureColumns.Named("period", "report", "label").Select(c => c.Name));
    }

    [Fact]
    public void Named_refuses_a_name_that_is_no_column()
    {
        var e = Assert.Throws<ArgumentException>(() => FigureColumns.Named("report", "regoin"));

        Assert.Contains("regoin", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_name_is_given_once()
    {
        Assert.Equal(FigureColumns.All.Count, FigureColumns.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Json_cells_are_numbers_booleans_strings_or_null_as_the_column_reads_them()
    {
        var range = FigureColumns.Of(SampleReports.Create()).Single(f => f.Key == "range");
        using var stream = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(stream))
        {
            FigureJsonWriter.Write(json, new[] { range });
        }
        using var document = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var row = Assert.Single(document.RootElement.EnumerateArray());

        Assert.Equal(FigureColumns.All.Select(c => c.Name), row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1m, row.GetProperty("value").GetDecimal());
        Assert.Equal(2m, row.GetProperty("max").GetDecimal());
        Assert.True(row.GetProperty("aspirational").GetBoolean());
        Assert.Equal("个", row.GetProperty("measure").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("indicator").ValueKind);
    }
}
