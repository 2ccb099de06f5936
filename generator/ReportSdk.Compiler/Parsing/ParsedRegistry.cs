using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>The result of reading one registry file (units, indicators or regions).</summary>
    internal sealed record ParsedRegistry(string Path, RegistrySpec Registry, EquatableArray<Finding> Diagnostics);
}
