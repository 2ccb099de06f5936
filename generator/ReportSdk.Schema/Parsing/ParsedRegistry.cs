using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;

namespace ReportSdk.Schema.Parsing
{
    /// <summary>The result of reading one registry file (units, indicators or regions).</summary>
    internal sealed record ParsedRegistry(string Path, RegistrySpec Registry, EquatableArray<Finding> Diagnostics);
}
