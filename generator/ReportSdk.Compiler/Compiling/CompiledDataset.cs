using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Compiler.Compiling
{
    /// <summary>
    /// What <see cref="DatasetCompiler.Compile"/> returns: every finding, in file order, and the
    /// reports without errors, resolved (and as specs, for tools that read the source texts).
    /// <see cref="Registry"/> is the registries as checked; <see cref="PrintedRegistry"/> what the dataset
    /// prints: those with the composed units the reports use (<see cref="DatasetCompiler.RegistryOf"/>).
    /// </summary>
    internal sealed record CompiledDataset(
        IReadOnlyList<Finding> Findings,
        CheckedRegistry Registry,
        ResolvedRegistry PrintedRegistry,
        IReadOnlyList<ResolvedReport> Reports,
        IReadOnlyList<ReportSpec> Specs,
        IReadOnlyDictionary<string, SourceDocument> Sources,
        int FileCount,
        string ContentHash)
    {
        public bool HasErrors => Findings.Any(f => f.Level == DiagnosticLevel.Error);

        /// <summary>The normalized source of a report, if it was among the inputs.</summary>
        public SourceDocument? SourceOf(ReportSpec report)
            => Sources.TryGetValue(Parsing.SourcePaths.Resolve(report.Path, report.Source.Text.Value), out var source) ? source : null;
    }
}
