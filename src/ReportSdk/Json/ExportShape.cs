using System;
using System.Globalization;
using System.Text.Json;

namespace ReportSdk.Json
{
    /// <summary>
    /// The JSON of each runtime object, written once: the objects of a <c>reportsdk export</c>
    /// file (data/export.schema.json) and what <see cref="JsonSerializer"/> writes for a
    /// <see cref="Report"/>, <see cref="Target"/> or <see cref="Unit"/>. References between objects
    /// are written as codes, keys and paths (a target's section is its path, its indicator its
    /// code), never as the object: the graph has cycles (a figure's report holds the figure).
    /// </summary>
    internal static class ExportShape
    {
        /// <summary>Whether objects of <paramref name="type"/> have an export shape.</summary>
        public static bool Writes(Type type)
            => typeof(Report).IsAssignableFrom(type) || typeof(Section).IsAssignableFrom(type) || typeof(Figure).IsAssignableFrom(type)
               || type == typeof(Quantity) || type == typeof(Unit) || type == typeof(Indicator) || type == typeof(Region);

        /// <summary>Writes any object <see cref="Writes"/> accepts.</summary>
        public static void Write(Utf8JsonWriter json, object value)
        {
            switch (value)
            {
                case Report report: WriteReport(json, report); break;
                case Section section: WriteSection(json, section); break;
                case Figure figure: WriteFigure(json, figure); break;
                case Quantity quantity: WriteQuantity(json, quantity); break;
                case Unit unit: WriteUnit(json, unit); break;
                case Indicator indicator: WriteIndicator(json, indicator); break;
                case Region region: WriteRegion(json, region); break;
                default: throw new NotSupportedException($"{value.GetType().Name} has no export shape");
            }
        }

        public static void WriteUnit(Utf8JsonWriter json, Unit unit)
        {
            json.WriteStartObject();
            json.WriteString("code", unit.Code);
            json.WriteString("name", unit.Name);
            json.WriteString("english", unit.English);
            json.WriteString("dimension", unit.Dimension);
            WriteDecimalOrNull(json, "scale", unit.Scale);
            json.WriteEndObject();
        }

        public static void WriteIndicator(Utf8JsonWriter json, Indicator indicator)
        {
            json.WriteStartObject();
            json.WriteString("code", indicator.Code);
            json.WriteString("name", indicator.Name);
            json.WriteString("english", indicator.English);
            json.WriteString("unit", indicator.Unit.Code);
            json.WriteString("kind", indicator.Kind.ToCode());
            json.WriteEndObject();
        }

        public static void WriteRegion(Utf8JsonWriter json, Region region)
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

        public static void WriteReport(Utf8JsonWriter json, Report report)
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

        public static void WriteSection(Utf8JsonWriter json, Section section)
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

        public static void WriteFigure(Utf8JsonWriter json, Figure figure)
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

        public static void WriteQuantity(Utf8JsonWriter json, Quantity quantity)
        {
            json.WriteStartObject();
            WriteDecimalOrNull(json, "value", quantity.Value);
            WriteDecimalOrNull(json, "max", quantity.Max);
            json.WriteString("unit", quantity.Unit.Code);
            WriteStringOrNull(json, "measure", quantity.Measure);
            json.WriteString("bound", quantity.Bound.ToCode());
            json.WriteString("period", quantity.Period.ToString());
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
