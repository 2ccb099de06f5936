using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// Writes the export JSON of PRODUCT.md: <c>{ "dataset": {…}, "registries": {…}, "reports": [ … ] }</c>
    /// (data/export.schema.json). Numbers are written exactly as curated (5128.4, 8.0); output
    /// is byte-identical for the same data in any culture. <see cref="ReportDataset.Load(Stream)"/>
    /// reads every field written here: export, load and export again gives the same bytes.
    /// </summary>
    public static class DatasetJsonWriter
    {
        /// <summary>Writes the export of <paramref name="reports"/> and the <paramref name="registry"/> they refer to, to <paramref name="stream"/> as UTF-8 without BOM.</summary>
        public static void Write(Stream stream, DatasetInfo dataset, Registry registry, IEnumerable<Report> reports)
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteStartObject("dataset");
            json.WriteString("version", dataset.Version);
            json.WriteString("contentHash", dataset.ContentHash);
            json.WriteEndObject();
            WriteRegistries(json, registry);
            json.WriteStartArray("reports");
            foreach (var report in reports) JsonSerializer.Serialize<Report>(json, report);
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        /// <summary>The export as a string.</summary>
        public static string ToJson(DatasetInfo dataset, Registry registry, IEnumerable<Report> reports)
        {
            using var stream = new MemoryStream();
            Write(stream, dataset, registry, reports);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        // The whole registry, not only the entries the reports use: a loaded export has the same
        // Registry as the dataset it was written from.
        // Each object in the runtime's one JSON shape (ReportSdk.Json.ExportJsonConverter, which the
        // types carry): what JsonSerializer writes for a Report is what the export holds.
        private static void WriteRegistries(Utf8JsonWriter json, Registry registry)
        {
            json.WriteStartObject("registries");
            json.WritePropertyName("units");
            JsonSerializer.Serialize(json, registry.Units);
            json.WritePropertyName("indicators");
            JsonSerializer.Serialize(json, registry.Indicators);
            json.WritePropertyName("regions");
            JsonSerializer.Serialize(json, registry.Regions);
            json.WriteEndObject();
        }
    }
}
