using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>A parsed report paired with its normalized source text (null when missing).</summary>
    internal sealed record ReportInput(ParsedReport Parsed, SourceDocument? Source);
}
