using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Compiler.Compiling
{
    /// <summary>The merged registries, what was wrong with them, and their resolved form.</summary>
    internal sealed record CheckedRegistry(RegistrySpec Spec, EquatableArray<Finding> Findings, ResolvedRegistry Resolved)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);
    }
}
