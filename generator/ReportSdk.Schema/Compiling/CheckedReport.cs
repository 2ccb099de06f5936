using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Resolving;

namespace ReportSdk.Schema.Compiling
{
    /// <summary>
    /// One report after parsing and every check: its findings, its id and symbol (unless the
    /// file was unreadable) for the checks across reports, and — when it has no error — the
    /// resolved report the writers print.
    /// </summary>
    public sealed record CheckedReport(string Path, ReportIdentity? Identity, EquatableArray<Finding> Findings, ResolvedReport? Resolved)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);
    }
}
