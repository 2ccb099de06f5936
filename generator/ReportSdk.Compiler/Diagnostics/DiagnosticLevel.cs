namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>How serious a finding is. Errors fail the build and <c>reportsdk validate</c>.</summary>
    public enum DiagnosticLevel
    {
        Warning,
        Error,
    }
}
