using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Compiler.Compiling
{
    /// <summary>
    /// One report after parsing and every check: its findings, its id and symbol (unless the
    /// file was unreadable) for the checks across reports, and the resolved report the writers
    /// print: with its data when it has no error, else its façade (or null when not even that can be named).
    /// </summary>
    internal sealed record CheckedReport(string Path, ReportIdentity? Identity, EquatableArray<Finding> Findings, ResolvedReport? Resolved)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);
    }
}
