using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>A validation rule with a stable id; <c>docs/diagnostics.md</c> documents each one.</summary>
    internal sealed record Rule(string Id, string Title, DiagnosticLevel Level)
    {
        /// <summary>A finding of this rule at <paramref name="location"/>.</summary>
        public Finding At(TextLocation location, string message) => new(Id, Level, message, location);
    }
}
