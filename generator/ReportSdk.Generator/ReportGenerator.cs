using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSdk.Generator.Emit;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Text;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Generator
{
    /// <summary>
    /// Turns report YAML (AdditionalFiles: <c>*.yaml</c> reports and registries, <c>*.txt</c>
    /// normalized sources) into typed C#. Every step works on plain equatable values, so an
    /// edit to one report re-runs only that report's steps.
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
                .Where(text => IsYaml(text.Path) || IsSource(text.Path))
                .Select((text, ct) => new InputFile(SourcePaths.Normalize(text.Path), text.GetText(ct)?.ToString() ?? ""))
                .WithTrackingName(TrackingNames.ReadInput);

            var reports = inputs
                .Where(file => IsYaml(file.Path) && !RegistryParser.IsRegistryFile(file.Path))
                .Select((file, _) => Guard(file.Path, () => ReportParser.Parse(file.Path, file.Text), e => new ParsedReport(file.Path, null, e.ToEquatableArray())))
                .WithTrackingName(TrackingNames.ParseReport);

            var registry = inputs
                .Where(file => RegistryParser.IsRegistryFile(file.Path))
                .Select((file, _) => Guard(file.Path, () => RegistryParser.Parse(file.Path, file.Text), e => new ParsedRegistry(file.Path, RegistrySpec.Empty, e.ToEquatableArray())))
                .WithTrackingName(TrackingNames.ParseRegistry)
                .Collect()
                .Select((files, _) => MergeRegistry(files))
                .WithTrackingName(TrackingNames.MergeRegistry);

            var sources = inputs
                .Where(file => IsSource(file.Path))
                .Select((file, _) => new SourceDocument(file.Path, file.Text))
                .WithTrackingName(TrackingNames.ReadSource)
                .Collect();

            var validated = reports
                .Combine(sources)
                .Select((pair, _) => new ReportInput(pair.Left, FindSource(pair.Left, pair.Right)))
                .WithTrackingName(TrackingNames.PairSource)
                .Combine(registry)
                .Select((pair, ct) => Validate(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.ValidateReport);

            context.RegisterSourceOutput(validated.Combine(options), (spc, pair) => EmitReport(spc, pair.Left, pair.Right));

            // A project that references ReportSdk but has no report data of its own gets no generated code.
            var hasData = inputs.Where(file => IsYaml(file.Path)).Collect().Select((files, _) => files.Length > 0);

            context.RegisterSourceOutput(registry.Combine(options).Combine(hasData),
                (spc, pair) => { if (pair.Right) EmitRegistry(spc, pair.Left.Left, pair.Left.Right); });

            var entries = validated
                .Select((report, _) => report.CanEmit ? report.Report!.Identity : null)
                .WithTrackingName(TrackingNames.ReportEntries)
                .Collect();

            var contentHash = inputs
                .Select((file, _) => new HashedInput(file.Path, Sha256.OfText(file.Text)))
                .WithTrackingName(TrackingNames.HashInput)
                .Collect()
                .Select((hashes, _) => ContentHash.Compute(hashes.Select(h => (h.Path, h.Sha256))))
                .WithTrackingName(TrackingNames.ContentHash);

            context.RegisterSourceOutput(entries.Combine(contentHash).Combine(options).Combine(hasData),
                (spc, pair) => { if (pair.Right) EmitDataset(spc, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right); });
        }

        private static bool IsYaml(string path)
            => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        private static bool IsSource(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        private static SourceDocument? FindSource(ParsedReport parsed, ImmutableArray<SourceDocument> sources)
        {
            if (parsed.Report is null || parsed.Report.Source.Text.Value.Length == 0) return null;
            var path = SourcePaths.Resolve(parsed.Path, parsed.Report.Source.Text.Value);
            return sources.FirstOrDefault(s => s.Path == path);
        }

        private static RegistryInput MergeRegistry(ImmutableArray<ParsedRegistry> files)
        {
            var merged = RegistryMerger.Merge(files);
            var diagnostics = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Diagnostics)
                .Concat(Guard("", () => RegistryValidator.Validate(merged), e => e));
            return new RegistryInput(merged, diagnostics.ToEquatableArray());
        }

        private static ValidatedReport Validate(ReportInput input, RegistryInput registry, CancellationToken ct)
        {
            var parsed = input.Parsed;
            if (parsed.Report is null)
            {
                return new ValidatedReport(parsed.Path, null, parsed.Diagnostics);
            }
            ct.ThrowIfCancellationRequested();
            var findings = Guard(parsed.Path, () => ReportValidator.Validate(parsed.Report, registry.Registry, input.Source), e => e);
            return new ValidatedReport(parsed.Path, parsed.Report, parsed.Diagnostics.Concat(findings).ToEquatableArray());
        }

        private static void EmitReport(SourceProductionContext spc, ValidatedReport report, GeneratorOptions options)
        {
            foreach (var finding in report.Diagnostics) spc.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(finding));
            if (!report.CanEmit) return;
            var source = Guard(report.Path, () => ReportEmitter.Emit(report.Report!, options.Namespace), e => Report(spc, e));
            if (source is not null) spc.AddSource(report.Report!.Symbol.Value + ".g.cs", SourceText.From(source, Encoding.UTF8));
        }

        private static void EmitRegistry(SourceProductionContext spc, RegistryInput registry, GeneratorOptions options)
        {
            foreach (var finding in registry.Diagnostics) spc.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(finding));
            var source = Guard("", () => RegistryEmitter.Emit(registry.Registry, options.Namespace), e => Report(spc, e));
            if (source is not null) spc.AddSource("Registries.g.cs", SourceText.From(source, Encoding.UTF8));
        }

        private static void EmitDataset(SourceProductionContext spc, ImmutableArray<ReportIdentity?> entries, string contentHash, GeneratorOptions options)
        {
            var identities = entries.Where(e => e is not null).Select(e => e!).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
            var duplicates = DatasetValidator.CheckUnique(identities);
            foreach (var finding in duplicates) spc.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(finding));
            var unique = identities
                .GroupBy(e => e.Id.Value).Select(g => g.First())
                .GroupBy(e => e.Symbol.Value).Select(g => g.First())
                .ToList();
            var source = Guard("", () => DatasetEmitter.Emit(unique, options.Namespace, options.ReportsClass, options.DatasetVersion, contentHash), e => Report(spc, e));
            if (source is not null) spc.AddSource(options.ReportsClass + ".g.cs", SourceText.From(source, Encoding.UTF8));
        }

        private static string? Report(SourceProductionContext spc, IReadOnlyList<Finding> findings)
        {
            foreach (var finding in findings) spc.ReportDiagnostic(DiagnosticMapper.ToDiagnostic(finding));
            return null;
        }

        private static T Guard<T>(string path, Func<T> step, Func<IReadOnlyList<Finding>, T> onError) => FindingGuard.Run(path, step, onError);
    }
}
