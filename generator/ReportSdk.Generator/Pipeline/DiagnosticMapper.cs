using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>Turns a finding into a Roslyn diagnostic located in the YAML file, so builds print <c>file.yaml(12,7): error RS3001: …</c>.</summary>
    internal static class DiagnosticMapper
    {
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Descriptors = new();

        public static Diagnostic ToDiagnostic(Finding finding)
        {
            var descriptor = Descriptors.GetOrAdd(finding.Id, id =>
            {
                Rule? rule = null;
                foreach (var candidate in Rules.All)
                {
                    if (candidate.Id == id) rule = candidate;
                }
                return new DiagnosticDescriptor(id, rule?.Title ?? id, "{0}", "ReportSdk",
                    finding.Level == DiagnosticLevel.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    isEnabledByDefault: true, description: "See docs/diagnostics.md, " + id + ".");
            });
            var l = finding.Location;
            // Roslyn lines and columns are 0-based; ours are 1-based like the compiler's output.
            var start = new LinePosition(System.Math.Max(0, l.Line - 1), System.Math.Max(0, l.Column - 1));
            var end = new LinePosition(System.Math.Max(0, l.EndLine - 1), System.Math.Max(0, l.EndColumn - 1));
            var span = new LinePositionSpan(start, end < start ? start : end);
            var location = Location.Create(l.Path, new TextSpan(l.Start, System.Math.Max(0, l.End - l.Start)), span);
            return Diagnostic.Create(descriptor, location, finding.Message);
        }
    }
}
