using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSdk.Json
{
    /// <summary>
    /// Makes <see cref="JsonSerializer"/> write the runtime objects (<see cref="Report"/>,
    /// <see cref="Section"/>, <see cref="Target"/>, <see cref="Actual"/>, <see cref="Quantity"/>,
    /// <see cref="Unit"/>, <see cref="Indicator"/>, <see cref="Region"/>) in the shape of a
    /// <c>reportsdk export</c> file (data/export.schema.json): references as codes, keys and
    /// paths, so the object graph's cycles (a figure's report holds the figure) never reach the
    /// JSON. The types carry it (<see cref="JsonConverterAttribute"/>), generated reports and
    /// sections too, so no option is needed: <c>JsonSerializer.Serialize(Reports.Luoyang2021)</c>.
    /// </summary>
    /// <remarks>
    /// Writing only: an object belongs to its dataset, so reading one alone is refused with
    /// <see cref="NotSupportedException"/>; read a whole export with <see cref="ReportDataset.Load(string)"/>.
    /// </remarks>
    public sealed class ExportJsonConverter : JsonConverterFactory
    {
        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) => ExportShape.Writes(typeToConvert);

        /// <inheritdoc />
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
            => (JsonConverter)Activator.CreateInstance(typeof(ShapeConverter<>).MakeGenericType(typeToConvert))!;

        private sealed class ShapeConverter<T> : JsonConverter<T>
            where T : class
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                => throw new NotSupportedException($"a {typeToConvert.Name} is not read on its own: read a whole export with ReportDataset.Load");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => ExportShape.Write(writer, value);
        }
    }
}
