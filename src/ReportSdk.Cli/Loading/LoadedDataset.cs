using System.Collections.Generic;
using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;

namespace ReportSdk.Cli.Loading
{
    /// <summary>Everything read from the given paths: the reports, registries, findings and content hash.</summary>
    internal sealed record LoadedDataset(
        IReadOnlyList<ReportSpec> Reports,
        RegistrySpec Registry,
        IReadOnlyDictionary<string, SourceDocument> Sources,
        IReadOnlyList<Finding> Findings,
        int FileCount,
        string ContentHash)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);

        /// <summary>The normalized source of a report, if it was found.</summary>
        public SourceDocument? SourceOf(ReportSpec report)
            => Sources.TryGetValue(Schema.Parsing.SourcePaths.Resolve(report.Path, report.Source.Text.Value), out var source) ? source : null;
    }
}
