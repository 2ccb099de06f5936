namespace ReportSdk.Compiler.Model
{
    /// <summary>A region from <c>regions.yaml</c>, with its GB/T 2260 code.</summary>
    public sealed record RegionSpec(Located<string> Code, string Name, string English, string GbCode, Located<string> Level, Located<string?> Parent);
}
