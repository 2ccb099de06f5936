using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>A parsed report paired with its normalized source text (null when missing).</summary>
    internal sealed record ReportInput(ParsedReport Parsed, SourceDocument? Source);
}
