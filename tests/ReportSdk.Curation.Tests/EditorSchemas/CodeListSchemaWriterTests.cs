using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Tests.Fixtures;
using ReportSdk.Curation.EditorSchemas;
using ReportSdk.Testing;

namespace ReportSdk.Curation.Tests.EditorSchemas;

/// <summary>
/// data/codes.schema.json is printed from the registries, never edited: the file in the
/// repository is what <see cref="CodeListSchemaWriter"/> prints for the bundled registries, byte for byte.
/// </summary>
public class CodeListSchemaWriterTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Root, "data", CodeListSchemaWriter.FileName);

    [Fact]
    public void The_bundled_codes_schema_is_the_one_printed_from_the_bundled_registries()
    {
        var printed = CodeListSchemaWriter.Write(Compile(Bundled()).Resolved);
        var file = File.Exists(SchemaPath) ? File.ReadAllBytes(SchemaPath) : null;
        if (file is not null && file.AsSpan().SequenceEqual(printed)) return;

        if (Environment.GetEnvironmentVariable("REPORTSDK_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllBytes(SchemaPath, printed);
            Assert.Fail($"data/{CodeListSchemaWriter.FileName} written; review the diff and run the tests again");
        }
        var diff = file is null ? "(the file is missing)" : Snapshot.Diff(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(printed));
        Assert.Fail($"data/{CodeListSchemaWriter.FileName} is not the one the registries give (- file, + printed); "
            + $"run `dotnet run --project src/ReportSdk.Cli -- schema` and commit the file:\n{diff}");
    }

    [Fact]
    public void A_unit_added_to_the_registries_appears_in_the_printed_schema()
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in Bundled()) folder.Write(name, text);
        var units = Path.Combine(folder.FullPath, "units.yaml");
        File.AppendAllText(units, "  - {code: acres, name: 英亩, english: acres, dimension: land-area, scale: 6.07}\n", new UTF8Encoding(false));

        var registry = Compile(RegistryParser.FileNames.Select(name => (name, File.ReadAllText(Path.Combine(folder.FullPath, name)))));
        using var schema = JsonDocument.Parse(CodeListSchemaWriter.Write(registry.Resolved));

        var acres = Entries(schema, "unit").Single(u => u.GetProperty("const").GetString() == "acres");
        Assert.Equal("acres", acres.GetProperty("const").GetString());
        Assert.Equal("英亩", acres.GetProperty("title").GetString());
        Assert.Equal("英亩 — acres (dimension: land-area)", acres.GetProperty("description").GetString());
        Assert.True(Build(schema.RootElement.GetRawText(), "unit").Evaluate(JsonDocument.Parse("\"acres\"").RootElement).IsValid);
        Assert.True(Build(schema.RootElement.GetRawText(), "unit").Evaluate(JsonDocument.Parse("\"10k-acres\"").RootElement).IsValid);
    }

    [Fact]
    public void Each_code_list_holds_the_registry_codes_in_registry_order_with_their_names()
    {
        var registry = Compile(Bundled()).Resolved;
        using var schema = JsonDocument.Parse(CodeListSchemaWriter.Write(registry));

        Assert.Equal(registry.Units.Select(u => u.Code), Entries(schema, "unit").Select(c => c.GetProperty("const").GetString()));
        Assert.Equal(registry.Indicators.Select(i => i.Code), Entries(schema, "indicator").Select(c => c.GetProperty("const").GetString()));
        Assert.Equal(registry.Regions.Select(r => r.Code), Entries(schema, "region").Select(c => c.GetProperty("const").GetString()));
        Assert.Equal(Codes.SectionRoles, Entries(schema, "sectionRole").Select(c => c.GetProperty("const").GetString()));
        var gdpGrowth = Entries(schema, "indicator").Single(c => c.GetProperty("const").GetString() == "gdp-growth");
        Assert.Equal("地区生产总值增长", gdpGrowth.GetProperty("title").GetString());
        Assert.Equal("地区生产总值增长 — Growth of gross regional product (percent)", gdpGrowth.GetProperty("description").GetString());
        var jianxi = Entries(schema, "region").Single(c => c.GetProperty("const").GetString() == "jianxi");
        Assert.Equal("涧西区 — Jianxi District (410305)", jianxi.GetProperty("description").GetString());
    }

    [Fact]
    public void Every_section_role_has_its_names()
    {
        Assert.Equal(Codes.SectionRoles.Order(StringComparer.Ordinal), SectionRoleNames.ByCode.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void The_output_is_the_same_bytes_in_every_culture_utf8_without_bom_lf_and_chinese_as_is(string culture)
    {
        var invariant = CodeListSchemaWriter.Write(Compile(Bundled()).Resolved);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
            var bytes = CodeListSchemaWriter.Write(Compile(Bundled()).Resolved);

            Assert.Equal(invariant, bytes);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "a BOM");
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("}\n", text, StringComparison.Ordinal);
            Assert.Contains("\"title\": \"地区生产总值增长\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Names_are_escaped_as_JSON_strings()
    {
        var name = "引号\"反斜杠\\制表\t换行\n\u2028";
        var registry = new ResolvedRegistry(
            new[] { new ResolvedUnit("odd", "Odd", name, "english \"quoted\"", "ratio", "1") }.ToEquatableArray(),
            EquatableArray<ResolvedIndicator>.Empty,
            EquatableArray<ResolvedRegion>.Empty);

        using var schema = JsonDocument.Parse(CodeListSchemaWriter.Write(registry));

        var unit = Assert.Single(Entries(schema, "unit"));
        Assert.Equal(name, unit.GetProperty("title").GetString());
        Assert.Equal($"{name} — english \"quoted\" (dimension: ratio)", unit.GetProperty("description").GetString());
    }

    [Fact]
    public void An_empty_registry_gives_a_code_list_that_accepts_no_code()
    {
        var registry = new ResolvedRegistry(EquatableArray<ResolvedUnit>.Empty, EquatableArray<ResolvedIndicator>.Empty, EquatableArray<ResolvedRegion>.Empty);

        var text = CodeListSchemaWriter.WriteText(registry);

        Assert.False(Build(text, "region").Evaluate(JsonDocument.Parse("\"luoyang\"").RootElement).IsValid);
        Assert.True(Build(text, "sectionRole").Evaluate(JsonDocument.Parse("\"review\"").RootElement).IsValid);
    }

    [Fact]
    public void A_code_list_accepts_its_codes_and_nothing_else()
    {
        var text = CodeListSchemaWriter.WriteText(Compile(Bundled()).Resolved);

        Assert.True(Build(text, "unit").Evaluate(JsonDocument.Parse("\"100m-yuan\"").RootElement).IsValid);
        Assert.False(Build(text, "unit").Evaluate(JsonDocument.Parse("\"100m-yuna\"").RootElement).IsValid);
        Assert.True(Build(text, "unit").Evaluate(JsonDocument.Parse("\"10k-kw\"").RootElement).IsValid);
        Assert.False(Build(text, "unit").Evaluate(JsonDocument.Parse("\"10k-10k-yuan\"").RootElement).IsValid);
        Assert.False(Build(text, "unit").Evaluate(JsonDocument.Parse("\"20k-kw\"").RootElement).IsValid);
        Assert.False(Build(text, "unit").Evaluate(JsonDocument.Parse("100").RootElement).IsValid);
        Assert.True(Build(text, "sectionRole").Evaluate(JsonDocument.Parse("\"key-work\"").RootElement).IsValid);
        Assert.False(Build(text, "sectionRole").Evaluate(JsonDocument.Parse("\"planning\"").RootElement).IsValid);
    }

    [Fact]
    public void Registries_with_errors_are_not_printed()
    {
        var broken = Bundled().Select(f => f.Name == "units.yaml" ? (f.Name, f.Text + "  - {code: percent, name: \"%\", english: percent, dimension: ratio, scale: 1}\n") : f);
        var registry = Compile(broken, expectErrors: true);

        Assert.Throws<ArgumentException>(() => CodeListSchemaWriter.Write(registry.Resolved));
    }

    /// <summary>The bundled registries: file name and text.</summary>
    private static IEnumerable<(string Name, string Text)> Bundled()
        => RegistryParser.FileNames.Select(name => (name, File.ReadAllText(Path.Combine(RepoPaths.Root, "data", name))));

    private static CheckedRegistry Compile(IEnumerable<(string Name, string Text)> files, bool expectErrors = false)
    {
        var registry = DatasetCompiler.CheckRegistry(files.Select(f => DatasetCompiler.ParseRegistry(new InputFile("/data/" + f.Name, f.Text))));
        Assert.True(registry.HasErrors == expectErrors, string.Join("\n", registry.Findings));
        return registry;
    }

    /// <summary>The codes a code list names one by one (its consts; the unit list ends with a pattern for composed units).</summary>
    private static List<JsonElement> Entries(JsonDocument schema, string codeList)
        => schema.RootElement.GetProperty("definitions").GetProperty(codeList).GetProperty("anyOf").EnumerateArray().Where(e => e.TryGetProperty("const", out _)).ToList();

    /// <summary>One code list of a printed schema, built by JsonSchema.Net in a registry of its own.</summary>
    private static JsonSchema Build(string codesSchema, string codeList)
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(codesSchema, options);
        return JsonSchema.FromText($$"""{ "$schema": "http://json-schema.org/draft-07/schema#", "$ref": "{{CodeListSchemaWriter.Id}}#/definitions/{{codeList}}" }""", options);
    }
}
