using System.Collections.Generic;
using System.Text.Json;

namespace ReportSdk.Cli.Export
{
    /// <summary>Figures as a JSON array, one object each with every column of <see cref="FigureColumns"/> in order: <c>targets --format json</c>.</summary>
    internal static class FigureJsonWriter
    {
        public static void Write(Utf8JsonWriter json, IEnumerable<Figure> figures)
        {
            json.WriteStartArray();
            foreach (var figure in figures)
            {
                json.WriteStartObject();
                foreach (var column in FigureColumns.All) column.WriteJson(json, figure);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
    }
}
