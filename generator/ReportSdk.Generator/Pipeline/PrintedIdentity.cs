using ReportSdk.Compiler.Model;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>The id and symbol of a report that will be printed, and whether with data or as a façade.</summary>
    internal sealed record PrintedIdentity(ReportIdentity Identity, bool HasData);
}
