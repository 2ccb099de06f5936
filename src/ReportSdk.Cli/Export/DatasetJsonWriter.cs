using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// Writes the export JSON of PRODUCT.md: <c>{ "dataset": {…}, "registries": {…}, "reports": [ … ] }</c>
    /// (schemas/export.schema.json). Numbers are written exactly as curated (5128.4, 8.0); output
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
            foreach (var report in reports) WriteReport(json, report);
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
        private static void WriteRegistries(Utf8JsonWriter json, Registry registry)
        {
            json.WriteStartObject("registries");
            json.WriteStartArray("units");
            foreach (var unit in registry.Units)
            {
                json.WriteStartObject();
                json.WriteString("code", unit.Code);
                json.WriteString("name", unit.Name);
                json.WriteString("english", unit.English);
                json.WriteString("dimension", unit.Dimension);
                WriteDecimalOrNull(json, "scale", unit.Scale);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in registry.Indicators)
            {
                json.WriteStartObject();
                json.WriteString("code", indicator.Code);
                json.WriteString("name", indicator.Name);
                json.WriteString("english", indicator.English);
                json.WriteString("unit", indicator.Unit.Code);
                json.WriteString("kind", indicator.Kind.ToCode());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("regions");
            foreach (var region in registry.Regions)
            {
                json.WriteStartObject();
                json.WriteString("code", region.Code);
                json.WriteString("name", region.Name);
                json.WriteString("english", region.English);
                json.WriteString("gbCode", region.GbCode);
                json.WriteString("level", region.Level.ToCode());
                WriteStringOrNull(json, "parent", region.Parent?.Code);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteReport(Utf8JsonWriter json, Report report)
        {
            json.WriteStartObject();
            json.WriteString("id", report.Id);
            json.WriteString("kind", report.Kind.ToCode());
            json.WriteStartObject("region");
            json.WriteString("id", report.Region.Code);
            json.WriteString("name", report.Region.Name);
            json.WriteString("code", report.Region.GbCode);
            json.WriteEndObject();
            json.WriteString("delivered", report.Delivered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("reviewYear", report.ReviewYear);
            json.WriteNumber("planYear", report.PlanYear);
            json.WriteString("title", report.Title);
            json.WriteString("session", report.Session);
            json.WriteStartObject("speaker");
            json.WriteString("name", report.Speaker.Name);
            json.WriteString("title", report.Speaker.Title);
            json.WriteEndObject();
            json.WriteStartArray("sections");
            foreach (var section in report.Sections) WriteSection(json, section);
            json.WriteEndArray();
            json.WriteStartArray("targets");
            foreach (var target in report.Targets) WriteFigure(json, target);
            json.WriteEndArray();
            json.WriteStartArray("actuals");
            foreach (var actual in report.Actuals) WriteFigure(json, actual);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteSection(Utf8JsonWriter json, Section section)
        {
            json.WriteStartObject();
            json.WriteString("key", section.Key);
            json.WriteString("path", section.Path);
            json.WriteString("number", section.Number);
            json.WriteString("title", section.Title);
            json.WriteString("role", section.Role.ToCode());
            json.WriteStartArray("children");
            foreach (var child in section.Children) WriteSection(json, child);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteFigure(Utf8JsonWriter json, Figure figure)
        {
            var quantity = figure.Quantity;
            json.WriteStartObject();
            json.WriteString("key", figure.Key);
            WriteStringOrNull(json, "indicator", figure.Indicator?.Code);
            json.WriteString("label", figure.Label);
            WriteDecimalOrNull(json, "value", quantity?.Value);
            WriteDecimalOrNull(json, "max", quantity?.Max);
            WriteStringOrNull(json, "unit", quantity?.Unit.Code);
            WriteStringOrNull(json, "measure", quantity?.Measure);
            WriteStringOrNull(json, "bound", quantity?.Bound.ToCode());
            json.WriteString("period", figure.Period.ToString());
            json.WriteString("kind", figure.Kind.ToCode());
            json.WriteBoolean("headline", figure.Headline);
            json.WriteBoolean("aspirational", figure.Aspirational);
            json.WriteBoolean("qualitative", figure.IsQualitative);
            json.WriteString("section", figure.Section.Path);
            json.WriteString("quote", figure.Quote);
            WriteStringOrNull(json, "note", figure.Note);
            WriteStringOrNull(json, "conflictsWith", figure.ConflictsWith);
            json.WriteEndObject();
        }

        private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null) json.WriteNull(name);
            else json.WriteString(name, value);
        }

        // WriteRawValue keeps the decimal's scale (8.0 stays 8.0) in invariant form.
        private static void WriteDecimalOrNull(Utf8JsonWriter json, string name, decimal? value)
        {
            json.WritePropertyName(name);
            if (value is { } v) json.WriteRawValue(v.ToString(CultureInfo.InvariantCulture));
            else json.WriteNullValue();
        }
    }
}
