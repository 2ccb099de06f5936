using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>The result of reading one report file: the report (unless unreadable) and what was wrong.</summary>
    internal sealed record ParsedReport(string Path, ReportSpec? Report, EquatableArray<Finding> Diagnostics);
}
