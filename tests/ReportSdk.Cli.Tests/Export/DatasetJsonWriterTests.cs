using System.Text;
using System.Text.Json;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Tests.TestSupport;

namespace ReportSdk.Cli.Tests.Export;

public class DatasetJsonWriterTests
{
    private static readonly DatasetInfo Info = new("9.8.7", "abc123");

    [Fact]
    public void Dataset_info_comes_first_then_the_registries_then_the_reports()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }));

        Assert.Equal(new[] { "dataset", "registries", "reports" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("9.8.7", json.RootElement.GetProperty("dataset").GetProperty("version").GetString());
        Assert.Equal("abc123", json.RootElement.GetProperty("dataset").GetProperty("contentHash").GetString());
        Assert.Equal("test-2021-gwr", json.RootElement.GetProperty("reports")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Registries_list_every_unit_indicator_and_region_with_their_fields()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }));
        var registries = json.RootElement.GetProperty("registries");

        Assert.Equal(new[] { "units", "indicators", "regions" }, registries.EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "percent", "count", "100m-yuan" }, registries.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()));
        var percent = registries.GetProperty("units")[0];
        Assert.Equal(new[] { "code", "name", "english", "dimension", "scale" }, percent.EnumerateObject().Select(p => p.Name));
        Assert.Equal("%", percent.GetProperty("name").GetString());
        Assert.Equal("ratio", percent.GetProperty("dimension").GetString());
        Assert.Equal("0.01", percent.GetProperty("scale").GetRawText());
        Assert.Equal("100000000", registries.GetProperty("units")[2].GetProperty("scale").GetRawText());
        var indicator = Assert.Single(registries.GetProperty("indicators").EnumerateArray());
        Assert.Equal(new[] { "code", "name", "english", "unit", "kind" }, indicator.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("gdp-growth", "percent", "growth"),
            (indicator.GetProperty("code").GetString(), indicator.GetProperty("unit").GetString(), indicator.GetProperty("kind").GetString()));
        var region = Assert.Single(registries.GetProperty("regions").EnumerateArray());
        Assert.Equal(new[] { "code", "name", "english", "gbCode", "level", "parent" }, region.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("testville", "洛阳市", "410300", "prefecture"),
            (region.GetProperty("code").GetString(), region.GetProperty("name").GetString(), region.GetProperty("gbCode").GetString(), region.GetProperty("level").GetString()));
        Assert.Equal(JsonValueKind.Null, region.GetProperty("parent").ValueKind);
    }

    [Fact]
    public void Registries_are_written_whole_even_without_reports()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, Array.Empty<Report>()));

        Assert.Equal(3, json.RootElement.GetProperty("registries").GetProperty("units").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("registries").GetProperty("regions").GetArrayLength());
    }

    [Fact]
    public void No_reports_give_an_empty_array()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, Array.Empty<Report>()));

        Assert.Equal(0, json.RootElement.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public void Decimals_keep_their_scale_and_use_a_decimal_point()
    {
        var text = DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() });

        Assert.Contains("\"value\": 8.0,", text, StringComparison.Ordinal);
        Assert.Contains("\"value\": 5128.4,", text, StringComparison.Ordinal);
        Assert.Contains("\"value\": 1,", text, StringComparison.Ordinal);
        Assert.Contains("\"max\": 2,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Qualitative_figures_write_null_value_unit_and_bound()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }));
        var target = json.RootElement.GetProperty("reports")[0].GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "qualitative");

        Assert.True(target.GetProperty("qualitative").GetBoolean());
        foreach (var field in new[] { "value", "max", "unit", "bound", "indicator", "measure", "note", "conflictsWith" })
        {
            Assert.Equal(JsonValueKind.Null, target.GetProperty(field).ValueKind);
        }
    }

    [Fact]
    public void Figure_fields_carry_the_model_values()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }));
        var report = json.RootElement.GetProperty("reports")[0];
        var range = report.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "range");
        var gdp = Assert.Single(report.GetProperty("actuals").EnumerateArray(), a => a.GetProperty("key").GetString() == "gdp");

        Assert.Equal("2021-2025", range.GetProperty("period").GetString());
        Assert.Equal("five-year", range.GetProperty("kind").GetString());
        Assert.Equal("range", range.GetProperty("bound").GetString());
        Assert.Equal("个", range.GetProperty("measure").GetString());
        Assert.True(range.GetProperty("aspirational").GetBoolean());
        Assert.False(range.GetProperty("headline").GetBoolean());
        Assert.Equal("key-work/manufacturing", range.GetProperty("section").GetString());
        Assert.Equal("estimate", gdp.GetProperty("bound").GetString());
        Assert.Equal("2020", gdp.GetProperty("period").GetString());
        Assert.Equal("全市\"生产总值\"达到5128.4亿元", gdp.GetProperty("quote").GetString());
        Assert.Equal("line one\nline two", gdp.GetProperty("note").GetString());
        Assert.Equal("growth", gdp.GetProperty("conflictsWith").GetString());
        Assert.Equal("2021-02-07", report.GetProperty("delivered").GetString());
        Assert.Equal("government-work-report", report.GetProperty("kind").GetString());
        Assert.Equal("410300", report.GetProperty("region").GetProperty("code").GetString());
    }

    [Fact]
    public void Sections_are_nested_with_their_paths()
    {
        using var json = JsonDocument.Parse(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }));
        var sections = json.RootElement.GetProperty("reports")[0].GetProperty("sections");

        Assert.Equal(2, sections.GetArrayLength());
        var child = Assert.Single(sections[1].GetProperty("children").EnumerateArray());
        Assert.Equal("key-work/manufacturing", child.GetProperty("path").GetString());
        Assert.Equal("（一）", child.GetProperty("number").GetString());
        Assert.Equal(0, child.GetProperty("children").GetArrayLength());
    }

    [Fact]
    public void Chinese_text_is_written_unescaped_and_quotes_are_escaped()
    {
        var text = DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() });

        Assert.Contains("\"name\": \"洛阳市\"", text, StringComparison.Ordinal);
        Assert.Contains("全市\\\"生产总值\\\"达到", text, StringComparison.Ordinal);
        Assert.Contains("line one\\nline two", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_utf8_without_bom_indented_and_ends_with_one_newline()
    {
        using var stream = new MemoryStream();
        DatasetJsonWriter.Write(stream, Info, SampleReports.Registry, new[] { SampleReports.Create() });
        var bytes = stream.ToArray();

        Assert.Equal((byte)'{', bytes[0]);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.NotEqual((byte)'\n', bytes[^2]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() }), Encoding.UTF8.GetString(bytes));
        Assert.StartsWith("{\n  \"dataset\": {\n    \"version\": \"9.8.7\",", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        var invariant = DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() });
        string local;
        using (new CultureScope(culture))
        {
            local = DatasetJsonWriter.ToJson(Info, SampleReports.Registry, new[] { SampleReports.Create() });
        }

        Assert.Equal(invariant, local);
    }
}
