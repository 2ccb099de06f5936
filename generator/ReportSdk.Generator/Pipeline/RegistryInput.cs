using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>The merged registries of the compilation and what was wrong with them.</summary>
    internal sealed record RegistryInput(RegistrySpec Registry, EquatableArray<Finding> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Count > 0;
    }
}
