using ReportSdk.Schema.Model;

namespace ReportSdk.Schema.Diagnostics
{
    /// <summary>One finding in a data file: a rule id, a message and where it is.</summary>
    public sealed record Finding(string Id, DiagnosticLevel Level, string Message, TextLocation Location)
    {
        /// <summary>Compiler-style line: <c>path(line,col): error RS1002: message</c>.</summary>
        public override string ToString()
            => $"{Location}: {(Level == DiagnosticLevel.Error ? "error" : "warning")} {Id}: {Message}";
    }
}
