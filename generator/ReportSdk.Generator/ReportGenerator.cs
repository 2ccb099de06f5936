using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Emit;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Generator
{
    /// <summary>
    /// Turns report YAML (AdditionalFiles: <c>*.yaml</c> reports and registries, <c>*.txt</c>
    /// normalized sources) into typed C#. Each step of <see cref="DatasetCompiler"/> — the steps the
    /// CLI runs, in the same order, through <see cref="CompileSession"/> — is one step of the
    /// pipeline, on plain equatable values, so an edit
    /// to one report re-runs only that report's steps, and an edit that changes no data (a
    /// comment) re-emits nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ReportGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => GeneratorOptions.From(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var inputs = context.AdditionalTextsProvider
                .Where(text => DatasetCompiler.IsYaml(text.Path) || DatasetCompiler.IsSource(text.Path))
                .Select((text, ct) => new InputFile(SourcePaths.Normalize(text.Path), text.GetText(ct)?.ToString() ?? ""))
                .WithTrackingName(TrackingNames.ReadInput);

            var registry = inputs
                .Where(file => DatasetCompiler.IsRegistry(file.Path))
                .Select((file, _) => DatasetCompiler.ParseRegistry(file))
                .WithTrackingName(TrackingNames.ParseRegistry)
                .Collect()
                .Select((files, _) => DatasetCompiler.CheckRegistry(files))
                .WithTrackingName(TrackingNames.CheckRegistry);

            var sources = inputs
                .Where(file => DatasetCompiler.IsSource(file.Path))
                .Select((file, _) => new SourceDocument(file.Path, file.Text))
                .WithTrackingName(TrackingNames.ReadSource)
                .Collect();

            var checkedReports = inputs
                .Where(file => DatasetCompiler.IsReport(file.Path))
                .Select((file, _) => DatasetCompiler.ParseReport(file))
                .WithTrackingName(TrackingNames.ParseReport)
                .Combine(sources)
                .Select((pair, _) => new ReportInput(pair.Left, DatasetCompiler.FindSource(pair.Left, pair.Right)))
                .WithTrackingName(TrackingNames.PairSource)
                .Combine(registry)
                .Combine(options.Select((o, _) => o.ReportsClass))
                .Select((pair, _) => DatasetCompiler.CheckReport(pair.Left.Left.Parsed, pair.Left.Left.Source, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.CheckReport);

            // Findings are reported on their own, so that a moved comment re-reports but re-emits nothing.
            var findings = checkedReports
                .Select((report, _) => report.Findings)
                .WithTrackingName(TrackingNames.ReportFindings);
            context.RegisterSourceOutput(findings, (spc, list) => Report(spc, list));

            // Across reports: which keep their id and symbol. Changes only when an id or symbol does.
            // Ids and symbols used twice are findings among the reports with data (as in validate);
            // among everything printed (façades too), the first by path is printed, so no name is defined twice.
            var identities = checkedReports
                .Select((report, _) => report.Resolved is null ? null : new PrintedIdentity(report.Identity!, report.Resolved.HasData))
                .WithTrackingName(TrackingNames.ReportEntries)
                .Collect();
            var uniquePaths = identities
                .Select((list, _) => DatasetCompiler.UniquePaths(list.Where(i => i is not null).Select(i => i!.Identity)).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.UniqueReports);

            var resolved = checkedReports
                .Combine(uniquePaths)
                .Select((pair, _) => pair.Right.Contains(pair.Left.Path) ? pair.Left.Resolved : null)
                .WithTrackingName(TrackingNames.ResolveReport);
            context.RegisterSourceOutput(resolved.Combine(options), (spc, pair) => EmitReport(spc, pair.Left, pair.Right));

            // A project that references ReportSdk but has no report data of its own gets no generated code.
            var hasData = inputs.Where(file => DatasetCompiler.IsYaml(file.Path)).Collect().Select((files, _) => files.Length > 0);

            // The registries as printed: the checked ones with the composed units (10k-kw) the reports use.
            // A report edit that uses no new unit leaves this value equal, so nothing downstream re-runs.
            var unitsUsed = resolved
                .Select((report, _) => report is null ? EquatableArray<string>.Empty : DatasetCompiler.UnitsOf(report))
                .WithTrackingName(TrackingNames.ReportUnits)
                .Collect();
            var resolvedRegistry = registry
                .Combine(unitsUsed)
                .Select((pair, _) => DatasetCompiler.RegistryOf(pair.Left, pair.Right.SelectMany(u => u)))
                .WithTrackingName(TrackingNames.ResolveRegistry);
            context.RegisterSourceOutput(registry.Select((r, _) => r.Findings), (spc, list) => Report(spc, list));
            // Registries with errors print as a façade too: their usable codes, no data.
            context.RegisterSourceOutput(resolvedRegistry.Combine(options).Combine(hasData),
                (spc, pair) => { if (pair.Right) EmitRegistry(spc, pair.Left.Left, pair.Left.Right); });

            var entries = resolved
                .Select((report, _) => report is null ? null : DatasetEntry.Of(report))
                .WithTrackingName(TrackingNames.DatasetEntries)
                .Collect();

            // The content hash is of the data, not the files: a comment-only edit leaves it as it was.
            var contentHash = resolved
                .Select((report, _) => report is { HasData: true } ? DatasetCompiler.HashOf(report) : null)
                .WithTrackingName(TrackingNames.HashReport)
                .Collect()
                .Combine(resolvedRegistry)
                .Select((pair, _) => DatasetCompiler.ContentHashOf(pair.Right, pair.Left.Where(h => h is not null).Select(h => h!)))
                .WithTrackingName(TrackingNames.ContentHash);

            context.RegisterSourceOutput(identities, (spc, list) => Report(spc, DatasetCompiler.CheckDataset(list.Where(i => i is { HasData: true }).Select(i => i!.Identity))));
            context.RegisterSourceOutput(entries.Combine(contentHash).Combine(options).Combine(hasData),
                (spc, pair) => { if (pair.Right) EmitDataset(spc, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right); });
        }

        private static void EmitReport(SourceProductionContext spc, ResolvedReport? report, GeneratorOptions options)
        {
            if (report is null) return;
            Add(spc, report.FileName, ReportEmitter.HintName(report), () => ReportEmitter.Emit(report, options.Namespace));
        }

        private static void EmitRegistry(SourceProductionContext spc, ResolvedRegistry registry, GeneratorOptions options)
            => Add(spc, "", RegistryEmitter.HintName, () => RegistryEmitter.Emit(registry, options.Namespace));

        private static void EmitDataset(SourceProductionContext spc, ImmutableArray<DatasetEntry?> entries, string contentHash, GeneratorOptions options)
        {
            var list = entries.Where(e => e is not null).Select(e => e!).ToList();
            Add(spc, "", DatasetEmitter.HintName(options.ReportsClass),
                () => DatasetEmitter.Emit(list, options.Namespace, options.ReportsClass, options.DatasetVersion, contentHash));
        }

        /// <summary>Prints and adds one file; a failure of ours is a located RS9001, never a failed generator (CS8785).</summary>
        private static void Add(SourceProductionContext spc, string path, string hintName, Func<string> print)
        {
            var source = FindingGuard.Run<string?>(path, print, errors => { Report(spc, errors); return null; });
            if (source is null) return;
            FindingGuard.Run<bool>(path, () => { spc.AddSource(hintName, SourceText.From(source, Encoding.UTF8)); return true; }, errors => { Report(spc, errors); return false; });
        }

        private static void Report(SourceProductionContext spc, IEnumerable<Finding> findings)
        {
            foreach (var finding in findings) spc.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(finding));
        }
    }
}
