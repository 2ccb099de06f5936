using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>A report after every check, ready to emit when it has no errors.</summary>
    internal sealed record ValidatedReport(string Path, ReportSpec? Report, EquatableArray<Finding> Diagnostics)
    {
        public bool CanEmit => Report is not null && !Diagnostics.Any(d => d.Level == DiagnosticLevel.Error);
    }
}
