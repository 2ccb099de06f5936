namespace ReportSdk.Schema.Model
{
    /// <summary>A unit of measure from <c>units.yaml</c>; <see cref="Scale"/> is its size in the dimension's base unit.</summary>
    public sealed record UnitSpec(Located<string> Code, string Name, string English, string Dimension, string Scale);
}
