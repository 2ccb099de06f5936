using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ReportSdk.Tests.Reading;

public class ReportDatasetTests
{
    // A small export in the shape `reportsdk export --format json` writes (data/export.schema.json):
    // a region listed before its parent, a nested section, a range with a measure word, a
    // qualitative target and a value written with a trailing zero.
    private const string Export = """
        {
          "dataset": { "version": "1.2.3", "contentHash": "0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd" },
          "registries": {
            "units": [
              { "code": "percent", "name": "%", "english": "percent", "dimension": "ratio", "scale": 1 },
              { "code": "100m-yuan", "name": "亿元", "english": "100 million yuan", "dimension": "money", "scale": 100000000 },
              { "code": "10k-yuan", "name": "万元", "english": "10 thousand yuan", "dimension": "money", "scale": 10000 },
              { "code": "count", "name": "个", "english": "count", "dimension": "count", "scale": 1 }
            ],
            "indicators": [
              { "code": "gdp-growth", "name": "地区生产总值增长", "english": "Growth of gross regional product", "unit": "percent", "kind": "growth" },
              { "code": "gdp", "name": "地区生产总值", "english": "Gross regional product", "unit": "100m-yuan", "kind": "level" }
            ],
            "regions": [
              { "code": "jianxi", "name": "涧西区", "english": "Jianxi District", "gbCode": "410305", "level": "district", "parent": "luoyang" },
              { "code": "luoyang", "name": "洛阳市", "english": "Luoyang", "gbCode": "410300", "level": "prefecture", "parent": null }
            ]
          },
          "reports": [
            {
              "id": "luoyang-2021-gwr",
              "kind": "government-work-report",
              "region": { "id": "luoyang", "name": "洛阳市", "code": "410300" },
              "delivered": "2021-02-07",
              "reviewYear": 2020,
              "planYear": 2021,
              "title": "政府工作报告",
              "session": "洛阳市第十五届人民代表大会第四次会议",
              "speaker": { "name": "刘宛康", "title": "洛阳市人民政府市长" },
              "sections": [
                { "key": "review", "path": "review", "number": "一、", "title": "2020年工作回顾", "role": "review", "children": [] },
                { "key": "key-work", "path": "key-work", "number": "三、", "title": "2021年重点工作", "role": "key-work", "children": [
                  { "key": "manufacturing", "path": "key-work/manufacturing", "number": "（一）", "title": "坚持制造业高质量发展", "role": "key-work", "children": [] }
                ] }
              ],
              "targets": [
                { "key": "gdp-growth", "indicator": "gdp-growth", "label": "生产总值增长", "value": 8.0, "max": null, "unit": "percent", "measure": null, "bound": "at-least",
                  "period": "2021", "kind": "annual", "headline": true, "aspirational": false, "qualitative": false, "section": "key-work", "quote": "生产总值增长8.0%以上", "note": null, "conflictsWith": null },
                { "key": "new-platforms", "indicator": null, "label": "新建平台", "value": 1, "max": 2, "unit": "count", "measure": "家", "bound": "range",
                  "period": "2021-2025", "kind": "five-year", "headline": false, "aspirational": true, "qualitative": false, "section": "key-work/manufacturing", "quote": "力争新建平台1—2家", "note": "a note", "conflictsWith": null },
                { "key": "pollution", "indicator": null, "label": "污染防治", "value": null, "max": null, "unit": null, "measure": null, "bound": null,
                  "period": "2021", "kind": "task", "headline": false, "aspirational": false, "qualitative": true, "section": "key-work", "quote": "污染防治完成省定目标", "note": null, "conflictsWith": null }
              ],
              "actuals": [
                { "key": "gdp", "indicator": "gdp", "label": "地区生产总值", "value": 5128.4, "max": null, "unit": "100m-yuan", "measure": null, "bound": "exact",
                  "period": "2020", "kind": "annual", "headline": true, "aspirational": false, "qualitative": false, "section": "review", "quote": "地区生产总值5128.4亿元", "note": null, "conflictsWith": null }
              ]
            },
            {
              "id": "jianxi-2021-gwr",
              "kind": "government-work-report",
              "region": { "id": "jianxi", "name": "涧西区", "code": "410305" },
              "delivered": "2021-02-24",
              "reviewYear": 2020,
              "planYear": 2021,
              "title": "政府工作报告",
              "session": "洛阳市涧西区第十五届人民代表大会第六次会议",
              "speaker": { "name": "王烨", "title": "涧西区人民政府区长" },
              "sections": [
                { "key": "plan", "path": "plan", "number": "二、", "title": "2021年主要目标", "role": "plan", "children": [] }
              ],
              "targets": [
                { "key": "gdp-growth", "indicator": "gdp-growth", "label": "生产总值增长", "value": 8, "max": null, "unit": "percent", "measure": null, "bound": "at-least",
                  "period": "2021", "kind": "annual", "headline": true, "aspirational": false, "qualitative": false, "section": "plan", "quote": "生产总值增长8%以上", "note": null, "conflictsWith": null }
              ],
              "actuals": []
            }
          ]
        }
        """;

    [Fact]
    public void Load_reads_the_dataset_info_registries_and_reports_ordered_by_id()
    {
        var dataset = Load(Export);

        Assert.Equal(("1.2.3", "0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd"), (dataset.Info.Version, dataset.Info.ContentHash));
        Assert.Equal(new[] { "percent", "100m-yuan", "10k-yuan", "count" }, dataset.Registry.Units.Select(u => u.Code));
        Assert.Equal(new[] { "gdp-growth", "gdp" }, dataset.Registry.Indicators.Select(i => i.Code));
        Assert.Equal(new[] { "jianxi-2021-gwr", "luoyang-2021-gwr" }, dataset.Reports.Select(r => r.Id));
        var report = dataset.Reports.Get("luoyang-2021-gwr");
        Assert.Equal((ReportKind.GovernmentWorkReport, new DateOnly(2021, 2, 7), 2020, 2021), (report.Kind, report.Delivered, report.ReviewYear, report.PlanYear));
        Assert.Equal(("刘宛康", "洛阳市人民政府市长"), (report.Speaker.Name, report.Speaker.Title));
        Assert.Equal(new[] { "review", "key-work", "key-work/manufacturing" }, report.Sections.Descendants().Select(s => s.Path));
        Assert.Equal(new[] { "gdp-growth", "new-platforms", "pollution" }, report.Targets.Select(t => t.Key));
    }

    [Fact]
    public void A_decimal_keeps_the_scale_it_is_written_with()
    {
        var dataset = Load(Export);
        var targets = dataset.Reports.Get("luoyang-2021-gwr").Targets;

        Assert.Equal("8.0", targets.Get("gdp-growth").Quantity!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("5128.4", dataset.Reports.Get("luoyang-2021-gwr").Actuals.Get("gdp").Quantity!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("100000000", dataset.Registry.Units[1].Scale.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_figure_carries_every_field_of_the_export()
    {
        var platforms = Load(Export).Reports.Get("luoyang-2021-gwr").Targets.Get("new-platforms");
        var quantity = platforms.Quantity!;

        Assert.Equal((1m, 2m, "count", "家", Bound.Range), (quantity.Value, quantity.Max, quantity.Unit.Code, quantity.Measure, quantity.Bound));
        Assert.Equal((new Period(2021, 2025), FigureKind.FiveYear, false, true), (platforms.Period, platforms.Kind, platforms.Headline, platforms.Aspirational));
        Assert.Equal(("新建平台", "力争新建平台1—2家", "a note"), (platforms.Label, platforms.Quote, platforms.Note));
        Assert.Null(platforms.Indicator);
        Assert.Null(platforms.ConflictsWith);
    }

    [Fact]
    public void A_qualitative_figure_has_no_quantity()
    {
        var pollution = Load(Export).Reports.Get("luoyang-2021-gwr").Targets.Get("pollution");

        Assert.True(pollution.IsQualitative);
        Assert.Null(pollution.Quantity);
    }

    [Fact]
    public void Back_references_are_set_from_figures_and_sections_to_their_report_and_parent()
    {
        var report = Load(Export).Reports.Get("luoyang-2021-gwr");
        var target = report.Targets.Get("new-platforms");
        var manufacturing = report.FindSection("key-work/manufacturing")!;

        Assert.Same(report, target.Report);
        Assert.Same(manufacturing, target.Section);
        Assert.Same(report, target.Section.Report);
        Assert.Same(report.Sections[1], manufacturing.Parent);
        Assert.Null(report.Sections[1].Parent);
        Assert.Same(report.Region, target.Region);
        Assert.Same(report, report.Actuals.Get("gdp").Section.Report);
    }

    [Fact]
    public void Figures_refer_to_the_registry_entries_of_the_dataset()
    {
        var dataset = Load(Export);
        var gdp = dataset.Reports.Get("luoyang-2021-gwr").Actuals.Get("gdp");

        Assert.True(dataset.Registry.TryGetIndicator("gdp", out var indicator));
        Assert.Same(indicator, gdp.Indicator);
        Assert.Same(indicator!.Unit, gdp.Quantity!.Unit);
        Assert.Equal(51284000m, gdp.Quantity.ConvertTo(dataset.Registry.Units[2]).Value);
    }

    [Fact]
    public void TargetsOf_gives_the_series_of_an_indicator_across_loaded_reports()
    {
        var dataset = Load(Export);

        var series = dataset.Reports.TargetsOf("gdp-growth");

        Assert.Equal(new[] { "luoyang-2021-gwr", "jianxi-2021-gwr" }, series.Select(t => t.Report.Id));
        Assert.Equal(series, dataset.Reports.TargetsOf(dataset.Registry.Indicators[0]));
        Assert.Single(dataset.Reports.ActualsOf("gdp"));
    }

    [Fact]
    public void A_region_is_linked_to_its_parent_even_when_the_parent_is_listed_after_it()
    {
        var registry = Load(Export).Registry;

        Assert.True(registry.TryGetRegion("jianxi", out var jianxi));
        Assert.True(registry.TryGetRegion("luoyang", out var luoyang));
        Assert.Same(luoyang, jianxi!.Parent);
        Assert.Null(luoyang!.Parent);
        Assert.Equal(RegionLevel.District, jianxi.Level);
    }

    [Theory]
    [InlineData("reports[1].targets[0].unit", "\"100m-yuna\"", "unknown unit '100m-yuna'")]
    [InlineData("reports[0].targets[1].indicator", "\"gdp-grwth\"", "unknown indicator 'gdp-grwth'")]
    [InlineData("reports[0].region.id", "\"luolong\"", "unknown region 'luolong'")]
    [InlineData("registries.indicators[1].unit", "\"yuan\"", "unknown unit 'yuan'")]
    [InlineData("registries.regions[0].parent", "\"henan\"", "unknown region 'henan'")]
    [InlineData("reports[1].delivered", null, "missing field")]
    [InlineData("reports[1].reviewYear", "\"2020\"", "expected an integer")]
    [InlineData("reports[0].targets[1].value", "\"1\"", "expected a number")]
    [InlineData("reports[1].targets[0].bound", "\"above\"", "not a Bound code")]
    [InlineData("reports[1].targets[0].section", "\"outlook\"", "no section with path 'outlook'")]
    [InlineData("reports[1].targets[0].period", "\"2025-2021\"", "expected a year or a range of years")]
    [InlineData("reports[1].targets[0].max", "9", "only a range has a max")]
    [InlineData("reports[0].targets[2].unit", "\"percent\"", "must be null for a qualitative figure")]
    [InlineData("reports[0].sections[1].children[0].path", "\"manufacturing\"", "expected 'key-work/manufacturing'")]
    [InlineData("reports[1].speaker", "\"刘宛康\"", "expected an object")]
    [InlineData("reports[0].sections[0].extra", "1", "unknown field")]
    [InlineData("registries", null, "missing field")]
    // The compiler's rules on values, applied to what is loaded (the same code: ValueRules, DecimalText).
    [InlineData("reports[1].targets[0].value", "1e-400", "plain notation")]
    [InlineData("reports[1].targets[0].value", "1.234567890123456789012345678901234", "more digits than a decimal holds")]
    [InlineData("reports[1].targets[0].value", "8.00000000000000000000000000001", "more digits than a decimal holds")]
    [InlineData("reports[1].targets[0].value", "100000000000000000000000000000", "beyond the range of a decimal")]
    [InlineData("reports[1].targets[0].value", "-8", "plain notation")]
    [InlineData("registries.units[0].scale", "0", "greater than 0")]
    [InlineData("registries.regions[1].parent", "\"luoyang\"", "its own ancestor (luoyang → luoyang)")]
    [InlineData("registries.regions[0].parent", "\"jianxi\"", "its own ancestor (jianxi → jianxi)")]
    [InlineData("reports[1].targets[0].conflictsWith", "\"gdp\"", "no key of targets")]
    [InlineData("reports[1].targets[0].conflictsWith", "\"gdp-growth\"", "not 'gdp-growth' itself")]
    [InlineData("reports[1].targets[0].period", "\"0\"", "expected a year or a range of years")]
    [InlineData("reports[1].planYear", "-5", "expected a year between 1900 and 2100")]
    [InlineData("reports[0].targets[1].max", "1", "max must be greater than its value")]
    [InlineData("dataset.contentHash", "\"not-a-hash\"", "64 lowercase hexadecimal digits")]
    [InlineData("dataset.version", "\"\"", "blank string")]
    // The rules the load fuzz found the loader without (docs/reliability.md): blank text (RS1003), keys and
    // codes that are not kebab-case (RS1007), a measure with a unit that is no count, a people measure,
    // an estimate among targets (RS1009).
    [InlineData("reports[0].targets[0].quote", "\"   \"", "blank string")]
    [InlineData("reports[0].targets[1].note", "\"\"", "blank string")]
    [InlineData("registries.units[0].english", "\" \"", "blank string")]
    [InlineData("reports[1].session", "\"\"", "blank string")]
    [InlineData("reports[0].sections[0].number", "\"  \"", "blank string")]
    [InlineData("reports[0].targets[0].key", "\"Gdp_Growth\"", "must be kebab-case")]
    [InlineData("registries.indicators[0].code", "\"gdp--growth\"", "must be kebab-case")]
    [InlineData("reports[0].sections[0].key", "\"Review\"", "must be kebab-case")]
    [InlineData("reports[0].targets[0].measure", "\"家\"", "goes only with a unit of dimension count, not percent")]
    [InlineData("reports[0].targets[1].measure", "\"人\"", "counts people")]
    [InlineData("reports[0].targets[0].bound", "\"estimate\"", "for actuals only")]
    public void A_document_that_is_not_an_export_throws_InvalidDataException_naming_the_json_path(string path, string? json, string message)
    {
        // Reports are listed luoyang first in the document; paths are document positions, not id order.
        var document = JsonNode.Parse(Export)!;
        Set(document, path, json);

        var error = Assert.Throws<InvalidDataException>(() => Load(document.ToJsonString()));

        Assert.Contains(path + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_whose_parents_lead_back_to_them_throw_InvalidDataException_at_the_first_of_them()
    {
        var document = JsonNode.Parse(Export)!;
        Set(document, "registries.regions[1].parent", "\"jianxi\"");

        var error = Assert.Throws<InvalidDataException>(() => Load(document.ToJsonString()));

        Assert.Contains("registries.regions[0].parent: region 'jianxi' is its own ancestor (jianxi → luoyang → jianxi)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udfff")]
    [InlineData("a\\udc00b")]
    public void A_lone_surrogate_escape_inside_a_string_throws_InvalidDataException_naming_the_json_path(string escape)
    {
        var text = Export.Replace("\"title\": \"政府工作报告\"", "\"title\": \"" + escape + "\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Load(text));

        Assert.Contains("reports[0].title: the string is not valid text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_inside_a_string_throw_InvalidDataException_naming_the_json_path()
    {
        var bytes = Encoding.UTF8.GetBytes(Export.Replace("\"title\": \"政府工作报告\"", "\"title\": \"@@\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xFF;
        bytes[at + 1] = 0xFE;

        var error = Assert.Throws<InvalidDataException>(() => ReportDataset.Load(new MemoryStream(bytes)));

        Assert.Contains("reports[0].title:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"dataset\": ")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Text_that_is_not_an_export_object_throws_InvalidDataException(string text)
    {
        Assert.Throws<InvalidDataException>(() => Load(text));
    }

    [Fact]
    public void A_report_id_given_twice_throws_InvalidDataException_naming_the_second()
    {
        var document = JsonNode.Parse(Export)!;
        Set(document, "reports[1].id", "\"luoyang-2021-gwr\"");

        var error = Assert.Throws<InvalidDataException>(() => Load(document.ToJsonString()));

        Assert.Contains("reports[1].id:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_from_a_file_names_the_file_in_its_errors()
    {
        var file = Path.Combine(Path.GetTempPath(), "reportsdk-tests-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, Export.Replace("\"2021-02-24\"", "\"24.02.2021\"", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidDataException>(() => ReportDataset.Load(file));

            Assert.StartsWith(file + ": ", error.Message, StringComparison.Ordinal);
            Assert.Contains("reports[1].delivered:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_from_a_file_reads_the_same_dataset_as_from_a_stream()
    {
        var file = Path.Combine(Path.GetTempPath(), "reportsdk-tests-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, Export);

            var dataset = ReportDataset.Load(file);

            Assert.Equal(Load(Export).Reports.Select(r => r.Id), dataset.Reports.Select(r => r.Id));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ReportDataset Load(string json) => ReportDataset.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    // Replaces (or adds) the value at a path such as reports[1].targets[0].unit; null removes it.
    private static void Set(JsonNode document, string path, string? json)
    {
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = document;
        for (var i = 0; i < steps.Length - 1; i++) node = Step(node, steps[i]);
        var last = steps[^1];
        var value = json is null ? null : JsonNode.Parse(json);
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(last)] = value;
        }
        else if (value is null)
        {
            Assert.True(node.AsObject().Remove(last), $"no field {last} at {path}");
        }
        else
        {
            node[last] = value;
        }
    }

    private static JsonNode Step(JsonNode node, string step) => (step.StartsWith('[') ? node[Index(step)] : node[step]) ?? throw new InvalidOperationException("no " + step);

    private static int Index(string step) => int.Parse(step.AsSpan(1, step.Length - 2), CultureInfo.InvariantCulture);
}
