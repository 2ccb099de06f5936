namespace ReportSdk.Schema.Model
{
    /// <summary>A statistical indicator from <c>indicators.yaml</c>.</summary>
    public sealed record IndicatorSpec(Located<string> Code, string Name, string English, Located<string> Unit, Located<string> Kind);
}
