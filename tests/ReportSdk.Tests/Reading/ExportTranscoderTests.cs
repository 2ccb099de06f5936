extern alias compiler;

using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Reading;
using compiler::ReportSdk.Compiler.Compiling;
using compiler::ReportSdk.Compiler.Writing;
using ReportSdk.Testing;

namespace ReportSdk.Tests.Reading;

/// <summary>The transcoder and the compiler hand their data to one encoder: the same dataset gives the same payload bytes either way.</summary>
public class ExportTranscoderTests
{
    [Fact]
    public void The_export_of_the_compiled_schemas_transcodes_to_the_compilers_payloads_byte_for_byte()
    {
        var compiled = CompileSchemas();
        var registry = PayloadWriter.Write(compiled.PrintedRegistry);
        var reports = compiled.Reports.ToDictionary(r => r.Id, PayloadWriter.Write);
        var dataset = ReportDataset.FromPayloads(new DatasetInfo("1.2.3", compiled.ContentHash), registry, reports.Values.ToList());

        var transcoded = ExportTranscoder.Transcode(ExportOf(dataset).RootElement);

        Assert.Equal(registry, transcoded.Registry);
        Assert.Equal(5, transcoded.Reports.Count);
        foreach (var (report, payload) in dataset.Reports.Zip(transcoded.Reports))
        {
            Assert.Equal(reports[report.Id], payload);
        }
    }

    private static CompiledDataset CompileSchemas()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "data"), "*", SearchOption.AllDirectories)
            .Where(f => DatasetCompiler.IsYaml(f) || DatasetCompiler.IsSource(f))
            .Order(StringComparer.Ordinal)
            .Select(f => new InputFile(f, File.ReadAllText(f)))
            .ToList();
        var compiled = DatasetCompiler.Compile(files);
        Assert.False(compiled.HasErrors, string.Join("\n", compiled.Findings));
        return compiled;
    }

    // The document `reportsdk export --format json` writes: each object in the runtime's JSON shape.
    private static JsonDocument ExportOf(ReportDataset dataset)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("dataset");
            json.WriteString("version", dataset.Info.Version);
            json.WriteString("contentHash", dataset.Info.ContentHash);
            json.WriteEndObject();
            json.WriteStartObject("registries");
            json.WritePropertyName("units");
            JsonSerializer.Serialize(json, dataset.Registry.Units);
            json.WritePropertyName("indicators");
            JsonSerializer.Serialize(json, dataset.Registry.Indicators);
            json.WritePropertyName("regions");
            JsonSerializer.Serialize(json, dataset.Registry.Regions);
            json.WriteEndObject();
            json.WritePropertyName("reports");
            JsonSerializer.Serialize(json, dataset.Reports.ToArray());
            json.WriteEndObject();
        }
        return JsonDocument.Parse(stream.ToArray());
    }
}
