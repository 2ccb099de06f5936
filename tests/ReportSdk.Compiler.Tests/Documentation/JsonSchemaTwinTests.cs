using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Compiler.Validation;
using ReportSdk.Testing;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace ReportSdk.Compiler.Tests.Documentation;

/// <summary>
/// Every rule of the editors' JSON Schemas has its twin in the validator: the same wrong
/// variants of a report and of the registries, judged by JsonSchema.Net (the schemas as an
/// editor reads them) and by the validator, are rejected by both; the valid originals by neither.
/// </summary>
public class JsonSchemaTwinTests
{
    public static TheoryData<string, string, string> ReportVariants() => new()
    {
        { "unknown field", "title: 政府工作报告", "title: 政府工作报告\nauthor: 张三" },
        { "no id", "id: test-2021-gwr\n", "" },
        { "id not kebab-case", "id: test-2021-gwr", "id: Test_2021" },
        { "symbol no identifier", "symbol: Test2021", "symbol: 2021Test" },
        { "unknown report kind", "kind: government-work-report", "kind: speech" },
        { "delivered not a date", "delivered: 2021-02-07", "delivered: 2021-2-7" },
        { "review year a word", "reviewYear: 2020", "reviewYear: last" },
        { "unknown section role", "    role: plan", "    role: planning" },
        { "unknown region", "region: luoyang", "region: luoyng" },
        { "unknown indicator", "    indicator: gdp-growth", "    indicator: gdp-grwth" },
        { "unknown unit", "    unit: percent", "    unit: percnt" },
        { "section key not kebab-case", "  - key: plan\n", "  - key: Plan\n" },
        { "target bound estimate", "    bound: at-least", "    bound: estimate" },
        { "unknown bound", "    bound: at-least", "    bound: above" },
        { "unknown kind", "    kind: annual\n    headline", "    kind: yearly\n    headline" },
        { "period malformed", "    period: 2021\n    kind: annual\n    headline", "    period: 2021-21\n    kind: annual\n    headline" },
        { "value a word", "    value: 100\n", "    value: hundred\n" },
        { "value signed", "    value: 100\n", "    value: -100\n" },
        { "quote empty", "    quote: 生产总值增长8%以上", "    quote: \"\"" },
        { "headline a word", "    headline: true", "    headline: sure" },
        { "preamble with a title", "sections:\n", "sections:\n  - key: opening\n    preamble: true\n    title: 开头\n    role: plan\n" },
        { "section without a title", "    title: 2021年主要目标\n", "" },
    };

    public static TheoryData<string, string, string, string> RegistryVariants() => new()
    {
        { "unit scale 0", "units.yaml", "dimension: ratio, scale: 1}", "dimension: ratio, scale: 0}" },
        { "unit code not kebab-case", "units.yaml", "{code: percent,", "{code: Percent," },
        { "unit without dimension", "units.yaml", ", dimension: ratio", "" },
        { "unknown indicator kind", "indicators.yaml", "kind: growth}", "kind: speed}" },
        { "indicator with an unknown unit", "indicators.yaml", "unit: percent, kind: growth}", "unit: percnt, kind: growth}" },
        { "indicator with an unknown one of its units", "indicators.yaml", "unit: percent, kind: growth}", "units: [percent, percnt], kind: growth}" },
        { "region with an unknown parent", "regions.yaml", "level: prefecture}", "level: prefecture, parent: nowhere}" },
        { "unknown region level", "regions.yaml", "level: prefecture", "level: city" },
        { "GB code not six digits", "regions.yaml", "gbCode: \"410300\"", "gbCode: \"4103\"" },
    };

    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "data"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_data_file_passes_its_JSON_Schema_as_an_editor_reads_it(string file)
    {
        var schema = RegistryParser.IsRegistryFile(file) ? "registry.schema.json" : "report.schema.json";

        Assert.True(SchemaAccepts(schema, File.ReadAllText(Path.Combine(RepoPaths.Root, file))), $"{file} does not pass {schema}");
    }

    [Fact]
    public void The_valid_originals_pass_both()
    {
        Assert.True(SchemaAccepts("report.schema.json", new MinimalReport().Yaml), "report.schema.json rejects the valid report");
        Assert.DoesNotContain(new MinimalReport().Findings(), f => f.Level == DiagnosticLevel.Error);
        foreach (var (file, yaml) in Registries())
        {
            Assert.True(SchemaAccepts("registry.schema.json", yaml), $"registry.schema.json rejects the valid {file}");
        }
        Assert.Empty(RegistryFindings(Registries()));
    }

    [Fact]
    public void A_preamble_without_number_or_title_passes_both()
    {
        var report = new MinimalReport().Replace("sections:\n", "sections:\n  - key: opening\n    preamble: true\n    role: plan\n");

        Assert.True(SchemaAccepts("report.schema.json", report.Yaml), "report.schema.json rejects the preamble");
        Assert.DoesNotContain(report.Findings(), f => f.Level == DiagnosticLevel.Error);
    }

    [Theory]
    [MemberData(nameof(ReportVariants))]
    public void A_wrong_report_is_rejected_by_the_JSON_Schema_and_by_the_validator(string variant, string from, string to)
    {
        var report = new MinimalReport().Replace(from, to);

        Assert.False(SchemaAccepts("report.schema.json", report.Yaml), $"{variant}: report.schema.json accepts it");
        Assert.Contains(report.Findings(), f => f.Level == DiagnosticLevel.Error);
    }

    [Theory]
    [MemberData(nameof(RegistryVariants))]
    public void A_wrong_registry_is_rejected_by_the_JSON_Schema_and_by_the_validator(string variant, string file, string from, string to)
    {
        var files = Registries().Select(r => r.File == file ? (r.File, Yaml: ReplaceOnce(r.Yaml, from, to)) : r).ToList();

        Assert.False(SchemaAccepts("registry.schema.json", files.Single(r => r.File == file).Yaml), $"{variant}: registry.schema.json accepts it");
        Assert.NotEmpty(RegistryFindings(files));
    }

    private static List<(string File, string Yaml)> Registries()
        => [("units.yaml", MinimalReport.UnitsYaml), ("indicators.yaml", MinimalReport.IndicatorsYaml), ("regions.yaml", MinimalReport.RegionsYaml)];

    private static List<Finding> RegistryFindings(IEnumerable<(string File, string Yaml)> files)
    {
        var parsed = files.Select(f => RegistryParser.Parse("/data/" + f.File, f.Yaml)).ToList();
        return parsed.SelectMany(p => p.Diagnostics).Concat(RegistryValidator.Validate(RegistryMerger.Merge(parsed)))
            .Where(f => f.Level == DiagnosticLevel.Error).ToList();
    }

    private static string ReplaceOnce(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur once");
        return text[..at] + to + text[(at + from.Length)..];
    }

    public static TheoryData<string> SchemaFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "data"), "*.schema.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemaFileNames))]
    public void Every_schema_file_is_a_draft_07_schema(string file)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", file)));

        Assert.True(MetaSchemas.Draft7.Evaluate(document.RootElement).IsValid, $"{file} is not a valid draft-07 schema");
        Assert.NotNull(SchemaFiles.Get(file));
    }

    [Fact]
    public void The_code_lists_are_read_from_codes_schema_json_beside_the_schemas()
    {
        SchemaFiles.Get("report.schema.json");
        SchemaFiles.Get("registry.schema.json");

        // The references resolve to the file beside the schema, as an editor reading the folder resolves them.
        Assert.Contains("codes.schema.json", SchemaFiles.Fetched);
    }

    /// <summary>Whether the schema accepts the YAML, read as an editor's YAML language server reads it (YAML 1.2 core types).</summary>
    private static bool SchemaAccepts(string schemaFile, string yaml)
    {
        var schema = SchemaFiles.Get(schemaFile);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode);
        using var document = System.Text.Json.JsonDocument.Parse(json?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement).IsValid;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    // YAML 1.2 core schema: plain scalars may be null, booleans or numbers; quoted ones are strings.
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-+]?[0-9]+$") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(text);
    }
}
