using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>A goal a report sets for its plan year or plan period (生产总值增长8%以上).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Target : Figure
    {
        internal Target(in FigureData data) : base(data)
        {
        }
    }
}
