using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Resolving;

namespace ReportSdk.Schema.Compiling
{
    /// <summary>The merged registries, what was wrong with them, and their resolved form.</summary>
    internal sealed record CheckedRegistry(RegistrySpec Spec, EquatableArray<Finding> Findings, ResolvedRegistry Resolved)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);
    }
}
