using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Compiler.Compiling
{
    /// <summary>
    /// The compiler's steps from data files to a dataset: parse → validate → resolve, each a pure
    /// function over equatable values. Two callers run them, and no other: the generator, one step
    /// of its incremental pipeline each (so one edited file re-runs only its own steps), and
    /// <see cref="CompileSession"/>, which holds their order for the CLI and every other tool
    /// (<see cref="Compile"/>). Every step turns an unexpected exception into a located RS9001, never a crash.
    /// </summary>
    internal static class DatasetCompiler
    {
        /// <summary>The entry class's name when no other is configured.</summary>
        public const string DefaultEntryClass = "Reports";

        public static bool IsYaml(string path)
            => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        public static bool IsSource(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        public static bool IsRegistry(string path) => IsYaml(path) && RegistryParser.IsRegistryFile(path);

        public static bool IsReport(string path) => IsYaml(path) && !RegistryParser.IsRegistryFile(path);

        /// <summary>Step 1 for a report file: YAML → located spec and shape findings.</summary>
        public static ParsedReport ParseReport(InputFile file)
            => FindingGuard.Run(file.Path, () => ReportParser.Parse(file.Path, file.Text), e => new ParsedReport(file.Path, null, e.ToEquatableArray()));

        /// <summary>Step 1 for a registry file.</summary>
        public static ParsedRegistry ParseRegistry(InputFile file)
            => FindingGuard.Run(file.Path, () => RegistryParser.Parse(file.Path, file.Text), e => new ParsedRegistry(file.Path, RegistrySpec.Empty, e.ToEquatableArray()));

        /// <summary>Step 2 for the registries: merge the files, check them, resolve them.</summary>
        public static CheckedRegistry CheckRegistry(IEnumerable<ParsedRegistry> files)
        {
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var merged = RegistryMerger.Merge(ordered);
            var findings = ordered.SelectMany(f => f.Diagnostics)
                .Concat(FindingGuard.Run("", () => RegistryValidator.Validate(merged), e => e))
                .ToEquatableArray();
            var resolved = findings.Any(f => f.Level == DiagnosticLevel.Error)
                ? FindingGuard.Run("", () => FacadeResolver.Resolve(merged, findings), _ => FacadeResolver.Resolve(RegistrySpec.Empty, findings))
                : DatasetResolver.Resolve(merged);
            return new CheckedRegistry(merged, findings, resolved);
        }

        /// <summary>The normalized source text a report names, among <paramref name="sources"/>.</summary>
        public static SourceDocument? FindSource(ParsedReport parsed, IEnumerable<SourceDocument> sources)
        {
            if (parsed.Report is null || parsed.Report.Source.Text.Value.Length == 0) return null;
            var path = SourcePaths.Resolve(parsed.Path, parsed.Report.Source.Text.Value);
            return sources.FirstOrDefault(s => SourcePaths.Normalize(s.Path) == path);
        }

        /// <summary>Step 2 and 3 for a report: every check against the registries and its source, then, without errors, resolve.</summary>
        public static CheckedReport CheckReport(ParsedReport parsed, SourceDocument? source, CheckedRegistry registry, string entryClass = DefaultEntryClass)
        {
            if (parsed.Report is null) return new CheckedReport(parsed.Path, null, parsed.Diagnostics, null);
            var report = parsed.Report;
            var findings = parsed.Diagnostics
                .Concat(FindingGuard.Run(parsed.Path, () => ReportValidator.Validate(report, registry.Spec, source), e => e))
                .Concat(entryClass == DefaultEntryClass ? Array.Empty<Finding>() : EntryClassFindings(report, entryClass))
                .ToEquatableArray();
            // A report's data is printed only when it and the registries it refers to are free of
            // errors; otherwise its façade, so that code using it compiles and the RS errors stand alone.
            var resolved = registry.HasErrors || findings.Any(f => f.Level == DiagnosticLevel.Error)
                ? FindingGuard.Run<ResolvedReport?>(parsed.Path, () => FacadeResolver.Resolve(report, findings, entryClass), _ => null)
                : FindingGuard.Run<ResolvedReport?>(parsed.Path, () => DatasetResolver.Resolve(report, registry.Spec), _ => null);
            return new CheckedReport(parsed.Path, report.Identity, findings, resolved);
        }

        /// <summary>Step 4, across reports: ids and symbols used twice (the first by path keeps them).</summary>
        public static IReadOnlyList<Finding> CheckDataset(IEnumerable<ReportIdentity> reports)
            => DatasetValidator.CheckUnique(reports.OrderBy(r => r.Path, StringComparer.Ordinal));

        /// <summary>The reports that keep their id and symbol: each first holder, by path order.</summary>
        public static IReadOnlyCollection<string> UniquePaths(IEnumerable<ReportIdentity> reports)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var symbols = new HashSet<string>(StringComparer.Ordinal);
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var report in reports.OrderBy(r => r.Path, StringComparer.Ordinal))
            {
                var newId = ids.Add(report.Id.Value);
                var newSymbol = symbols.Add(report.Symbol.Value);
                if (newId && newSymbol) paths.Add(report.Path);
            }
            return paths;
        }

        /// <summary>The hash of one report's data, for <see cref="ContentHashOf"/>: its id and the SHA-256 of its payload.</summary>
        public static ReportHash HashOf(ResolvedReport report) => new(report.Id, Sha256.OfBytes(PayloadWriter.Write(report)));

        /// <summary>
        /// The dataset's content hash: SHA-256 over the registry payload's hash and each report's
        /// id and payload hash, in id order — a hash of the data the dataset holds, so comments,
        /// formatting, line endings and where the files lie do not change it.
        /// </summary>
        public static string ContentHashOf(ResolvedRegistry registry, IEnumerable<ReportHash> reports)
        {
            var text = new System.Text.StringBuilder("registry\n").Append(Sha256.OfBytes(PayloadWriter.Write(registry))).Append('\n');
            foreach (var report in reports.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                text.Append(report.Id).Append('\n').Append(report.PayloadSha256).Append('\n');
            }
            return Sha256.OfText(text.ToString());
        }

        /// <summary>The whole road over a set of files, in one call: a new <see cref="CompileSession"/> compiled once.</summary>
        /// <param name="files">The data files: reports, registries and source texts.</param>
        /// <param name="readSource">
        /// Reads a source text a report names that is not among <paramref name="files"/> (by its
        /// full path; null when it does not exist). A build has no such reader: there, every source
        /// must be an AdditionalFile.
        /// </param>
        /// <param name="entryClass">The name of the generated entry class.</param>
        public static CompiledDataset Compile(IReadOnlyList<InputFile> files, Func<string, InputFile?>? readSource = null, string entryClass = DefaultEntryClass)
            => new CompileSession(entryClass).Compile(files, readSource);

        /// <summary>Step 5 for a report: the codes of the units its figures use, each once, in code order.</summary>
        public static EquatableArray<string> UnitsOf(ResolvedReport report)
            => report.HasData ? DatasetResolver.UnitsOf(report) : EquatableArray<string>.Empty;

        /// <summary>
        /// Step 5, across reports: the registries the dataset prints — the checked registries with every
        /// composed unit (10k-kw) among <paramref name="units"/> (<see cref="UnitsOf"/> of the reports
        /// printed), so that each is a unit at run time.
        /// </summary>
        public static ResolvedRegistry RegistryOf(CheckedRegistry registry, IEnumerable<string> units)
            => registry.Resolved.HasData ? DatasetResolver.WithUnits(registry.Resolved, registry.Spec, units) : registry.Resolved;

        private static IEnumerable<Finding> EntryClassFindings(ReportSpec report, string entryClass)
            => ReportNames.Check(report, entryClass).Where(f => f.Location == report.Symbol.Location);
    }
}
