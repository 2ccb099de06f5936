using System.Text.Json;
using System.Text.RegularExpressions;
using ReportSdk.Testing;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Documentation;

/// <summary>
/// The JSON Schemas for editors (data/report.schema.json, data/registry.schema.json and the
/// code lists they refer to, data/codes.schema.json) and the validator state the same format:
/// the same fields, the same codes, the same limits.
/// </summary>
public class JsonSchemaTests
{
    private static JsonElement Schema(string name)
        => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", name))).RootElement;

    private static JsonElement Definition(string schema, string name) => Schema(schema).GetProperty("definitions").GetProperty(name);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>The codes of a code list of codes.schema.json: the consts of its anyOf.</summary>
    private static string[] Consts(JsonElement codeList) => codeList.GetProperty("anyOf").EnumerateArray().Select(e => e.GetProperty("const").GetString()!).ToArray();

    private static string CodesRef(string codeList) => "codes.schema.json#/definitions/" + codeList;

    private static string[] Properties(JsonElement objectSchema) => objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The fields the parser accepts in a mapping, from the RS1002 message for an unknown field there.</summary>
    private static string[] Accepted(IEnumerable<Finding> findings)
    {
        var unknown = Assert.Single(findings, f => f.Id == "RS1002");
        return Regex.Match(unknown.Message, "expected one of: (.*)$").Groups[1].Value.Split(", ").OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Code_lists_are_those_of_the_validator()
    {
        var report = Schema("report.schema.json");
        var definitions = report.GetProperty("definitions");
        Assert.Equal(Codes.ReportKinds, Strings(report.GetProperty("properties").GetProperty("kind").GetProperty("enum")));
        Assert.Equal(CodesRef("sectionRole"), definitions.GetProperty("topSection").GetProperty("properties").GetProperty("role").GetProperty("$ref").GetString());
        Assert.Equal(Codes.SectionRoles, Consts(Definition("codes.schema.json", "sectionRole")));
        Assert.Equal(Codes.Bounds, Strings(definitions.GetProperty("figure").GetProperty("properties").GetProperty("bound").GetProperty("enum")));
        Assert.Equal(Codes.FigureKinds, Strings(definitions.GetProperty("figure").GetProperty("properties").GetProperty("kind").GetProperty("enum")));
        Assert.Equal(Codes.DismissalReasons, Strings(definitions.GetProperty("dismissal").GetProperty("properties").GetProperty("reason").GetProperty("enum")));
        Assert.Equal(Codes.IndicatorKinds, Strings(Definition("registry.schema.json", "indicator").GetProperty("properties").GetProperty("kind").GetProperty("enum")));
        Assert.Equal(Codes.RegionLevels, Strings(Definition("registry.schema.json", "region").GetProperty("properties").GetProperty("level").GetProperty("enum")));
    }

    [Fact]
    public void Every_code_of_a_registry_or_role_refers_to_the_code_lists()
    {
        var report = Schema("report.schema.json");
        var figure = Definition("report.schema.json", "figure").GetProperty("properties");
        var indicator = Definition("registry.schema.json", "indicator").GetProperty("properties");
        var parent = Definition("registry.schema.json", "region").GetProperty("properties").GetProperty("parent").GetProperty("anyOf");

        Assert.Equal(CodesRef("region"), report.GetProperty("properties").GetProperty("region").GetProperty("$ref").GetString());
        Assert.Equal(CodesRef("indicator"), figure.GetProperty("indicator").GetProperty("$ref").GetString());
        Assert.Equal(CodesRef("unit"), figure.GetProperty("unit").GetProperty("$ref").GetString());
        Assert.Equal(CodesRef("unit"), indicator.GetProperty("unit").GetProperty("$ref").GetString());
        Assert.Equal(CodesRef("unit"), indicator.GetProperty("units").GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal("null", parent[0].GetProperty("type").GetString());
        Assert.Equal(CodesRef("region"), parent[1].GetProperty("$ref").GetString());
    }

    [Fact]
    public void Every_code_in_the_code_lists_has_a_title_and_a_description()
    {
        foreach (var list in Schema("codes.schema.json").GetProperty("definitions").EnumerateObject())
        {
            Assert.All(list.Value.GetProperty("anyOf").EnumerateArray(), code =>
            {
                // A code is a const; composed units (10k-kw) are one pattern, also titled and described.
                var first = code.TryGetProperty("pattern", out _) ? "pattern" : "const";
                Assert.Equal(new[] { first, "title", "description" }, code.EnumerateObject().Select(p => p.Name));
                if (first == "const") Assert.StartsWith(code.GetProperty("title").GetString() + " — ", code.GetProperty("description").GetString(), StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void A_target_is_never_an_estimate_in_both()
    {
        var target = Definition("report.schema.json", "target").GetProperty("allOf")[1];

        Assert.Equal("estimate", target.GetProperty("properties").GetProperty("bound").GetProperty("not").GetProperty("const").GetString());
        Assert.Equal("RS1009", new MinimalReport().Replace("    bound: at-least", "    bound: estimate").SingleFinding().Id);
    }

    [Fact]
    public void Limits_are_those_of_the_validator()
    {
        var year = Definition("report.schema.json", "year");
        Assert.Equal((1900, 2100), (year.GetProperty("minimum").GetInt32(), year.GetProperty("maximum").GetInt32()));
        var unit = Definition("registry.schema.json", "unit").GetProperty("properties");
        Assert.Equal(0, unit.GetProperty("scale").GetProperty("exclusiveMinimum").GetInt32());
        Assert.Equal("^[0-9]{6}$", Definition("registry.schema.json", "region").GetProperty("properties").GetProperty("gbCode").GetProperty("pattern").GetString());
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", unit.GetProperty("dimension").GetProperty("pattern").GetString());
    }

    [Fact]
    public void An_indicator_gives_unit_or_units_in_both()
    {
        var indicator = Definition("registry.schema.json", "indicator");

        Assert.DoesNotContain("unit", Strings(indicator.GetProperty("required")));
        Assert.Equal(new[] { "unit", "units" }, indicator.GetProperty("oneOf").EnumerateArray().Select(e => Strings(e.GetProperty("required")).Single()));
        Assert.Equal(1, indicator.GetProperty("properties").GetProperty("units").GetProperty("minItems").GetInt32());
    }

    [Fact]
    public void A_figure_has_the_fields_the_parser_reads()
    {
        var findings = new MinimalReport().Replace("    headline: true", "    headline: true\n    zzz: 1").Findings();

        Assert.Equal(Accepted(findings), Properties(Definition("report.schema.json", "figure")));
    }

    [Fact]
    public void A_report_its_source_and_a_dismissal_have_the_fields_the_parser_reads()
    {
        var report = new MinimalReport().Replace("planYear: 2021", "planYear: 2021\nzzz: 1").Findings();
        var source = new MinimalReport().Replace("  text: ../../sources", "  zzz: 1\n  text: ../../sources").Findings();
        var dismissal = new MinimalReport().Replace("  - text: 2021年\n    reason: year", "  - text: 2021年\n    reason: year\n    zzz: 1").Findings();

        Assert.Equal(Accepted(report), Properties(Schema("report.schema.json")));
        Assert.Equal(Accepted(source), Properties(Definition("report.schema.json", "source")));
        Assert.Equal(Accepted(dismissal), Properties(Definition("report.schema.json", "dismissal")));
    }

    [Theory]
    [InlineData("unit", "units", "{code: percent, name: \"%\", english: percent, dimension: ratio, scale: 1, zzz: 1}")]
    [InlineData("indicator", "indicators", "{code: gdp, name: 甲, english: A, unit: percent, kind: level, zzz: 1}")]
    [InlineData("region", "regions", "{code: luoyang, name: 洛阳市, english: Luoyang, gbCode: \"410300\", level: prefecture, zzz: 1}")]
    public void A_registry_entry_has_the_fields_the_parser_reads(string definition, string list, string entry)
    {
        var parsed = RegistryParser.Parse("registry.yaml", $"{list}:\n  - {entry}\n");

        Assert.Equal(Accepted(parsed.Diagnostics), Properties(Definition("registry.schema.json", definition)));
    }
}
