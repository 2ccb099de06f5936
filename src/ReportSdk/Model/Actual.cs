using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>A figure a report gives for its reviewed year or period (地区生产总值达到5128.4亿元).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Actual : Figure
    {
        internal Actual(in FigureData data) : base(data)
        {
        }
    }
}
