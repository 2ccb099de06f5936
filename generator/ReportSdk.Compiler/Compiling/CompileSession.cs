using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Compiler.Compiling
{
    /// <summary>
    /// The one order of the compiler's steps (<see cref="DatasetCompiler"/>) outside a build: parse
    /// each file, merge and check the registries, check each report against them and its source
    /// text, then across reports, resolve and hash. Each result is kept by file and reused while
    /// what it depends on is equal, as the generator's incremental pipeline reuses its steps: a
    /// file whose text is the same is not parsed again; a report whose parse, source text and
    /// registries are the same is not checked again. A session compiled once is
    /// <see cref="DatasetCompiler.Compile"/>; <c>validate --watch</c> keeps one for every save.
    /// The result is always that of a fresh compile of the same files.
    /// </summary>
    /// <remarks>Not thread-safe: one compile at a time.</remarks>
    internal sealed class CompileSession
    {
        private readonly string _entryClass;
        private readonly Dictionary<string, (string Text, ParsedReport Parsed)> _parsedReports = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Text, ParsedRegistry Parsed)> _parsedRegistries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CheckedEntry> _checked = new(StringComparer.Ordinal);
        private (List<ParsedRegistry> Parsed, CheckedRegistry Checked)? _registry;

        /// <param name="entryClass">The name of the generated entry class (reports may not take it as their symbol).</param>
        public CompileSession(string entryClass = DatasetCompiler.DefaultEntryClass) => _entryClass = entryClass;

        /// <summary>How many report files were parsed rather than reused since the last <see cref="Compile"/> began.</summary>
        public int ParsedLastRun { get; private set; }

        /// <summary>How many reports the last <see cref="Compile"/> checked rather than reused.</summary>
        public int CheckedLastRun { get; private set; }

        /// <summary>Compiles a set of files, reusing what is unchanged since the last call.</summary>
        /// <param name="files">The data files: reports, registries and source texts.</param>
        /// <param name="readSource">
        /// Reads a source text a report names that is not among <paramref name="files"/> (by its
        /// full path; null when it does not exist). A build has no such reader: there, every source
        /// must be an AdditionalFile.
        /// </param>
        public CompiledDataset Compile(IReadOnlyList<InputFile> files, Func<string, InputFile?>? readSource = null)
        {
            ParsedLastRun = CheckedLastRun = 0;
            var registry = CheckRegistry(files.Where(f => DatasetCompiler.IsRegistry(f.Path)));
            var sources = files.Where(f => DatasetCompiler.IsSource(f.Path)).Select(f => new SourceDocument(f.Path, f.Text)).ToList();
            var parsed = files.Where(f => DatasetCompiler.IsReport(f.Path)).Select(ParseReport).ToList();
            var checkedReports = parsed.Select(p => Check(p, DatasetCompiler.FindSource(p, sources) ?? ReadMissing(p, readSource, sources), registry)).ToList();
            Forget(files);

            var valid = checkedReports.Where(r => r.Checked.Resolved is { HasData: true }).ToList();
            var identities = valid.Select(r => r.Checked.Identity!).ToList();
            var unique = DatasetCompiler.UniquePaths(identities);
            var findings = registry.Findings
                .Concat(checkedReports.SelectMany(r => r.Checked.Findings))
                .Concat(DatasetCompiler.CheckDataset(identities))
                .ToList();
            var kept = valid.Where(r => unique.Contains(r.Checked.Path)).ToList();
            var sourcesByPath = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
            foreach (var source in sources) sourcesByPath[SourcePaths.Normalize(source.Path)] = source;
            var reports = kept.Select(r => r.Checked.Resolved!).ToList();
            var printed = DatasetCompiler.RegistryOf(registry, reports.Select(DatasetCompiler.UnitsOf).SelectMany(u => u));
            return new CompiledDataset(
                findings,
                registry,
                printed,
                reports,
                kept.Select(r => r.Parsed.Report!).ToList(),
                sourcesByPath,
                files.Count,
                DatasetCompiler.ContentHashOf(printed, kept.Select(r => r.Hash!)));
        }

        /// <summary>The registries alone: each file parsed (or reused), merged, checked and resolved.</summary>
        /// <param name="files">The registry files (units, indicators, regions).</param>
        public CheckedRegistry CheckRegistry(IEnumerable<InputFile> files)
        {
            var parsed = new List<ParsedRegistry>();
            foreach (var file in files)
            {
                if (!_parsedRegistries.TryGetValue(file.Path, out var known) || known.Text != file.Text)
                {
                    known = (file.Text, DatasetCompiler.ParseRegistry(file));
                    _parsedRegistries[file.Path] = known;
                }
                parsed.Add(known.Parsed);
            }
            if (_registry is { } last && last.Parsed.SequenceEqual(parsed)) return last.Checked;
            var checkedRegistry = DatasetCompiler.CheckRegistry(parsed);
            _registry = (parsed, checkedRegistry);
            return checkedRegistry;
        }

        /// <summary>One report file parsed, or its last parse when its text is unchanged.</summary>
        public ParsedReport ParseReport(InputFile file)
        {
            if (_parsedReports.TryGetValue(file.Path, out var known) && known.Text == file.Text) return known.Parsed;
            ParsedLastRun++;
            var parsed = DatasetCompiler.ParseReport(file);
            _parsedReports[file.Path] = (file.Text, parsed);
            return parsed;
        }

        private CheckedEntry Check(ParsedReport parsed, SourceDocument? source, CheckedRegistry registry)
        {
            if (_checked.TryGetValue(parsed.Path, out var known) && known.Parsed == parsed && known.Source == source && known.Registry == registry) return known;
            CheckedLastRun++;
            var report = DatasetCompiler.CheckReport(parsed, source, registry, _entryClass);
            var entry = new CheckedEntry(parsed, source, registry, report, report.Resolved is { HasData: true } resolved ? DatasetCompiler.HashOf(resolved) : null);
            _checked[parsed.Path] = entry;
            return entry;
        }

        /// <summary>A source text the report names from outside the files given, through <paramref name="readSource"/>.</summary>
        private static SourceDocument? ReadMissing(ParsedReport parsed, Func<string, InputFile?>? readSource, List<SourceDocument> sources)
        {
            if (readSource is null || parsed.Report is null || parsed.Report.Source.Text.Value.Length == 0) return null;
            var file = readSource(SourcePaths.Resolve(parsed.Path, parsed.Report.Source.Text.Value));
            if (file is null) return null;
            var source = new SourceDocument(file.Path, file.Text);
            sources.Add(source);
            return source;
        }

        /// <summary>Drops what is kept for files no longer given.</summary>
        private void Forget(IReadOnlyList<InputFile> files)
        {
            var present = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
            foreach (var gone in _parsedReports.Keys.Where(k => !present.Contains(k)).ToList()) _parsedReports.Remove(gone);
            foreach (var gone in _parsedRegistries.Keys.Where(k => !present.Contains(k)).ToList()) _parsedRegistries.Remove(gone);
            foreach (var gone in _checked.Keys.Where(k => !present.Contains(k)).ToList()) _checked.Remove(gone);
        }

        /// <summary>A report's check with what it was made from, and the hash of its data (when it has data).</summary>
        private sealed record CheckedEntry(ParsedReport Parsed, SourceDocument? Source, CheckedRegistry Registry, CheckedReport Checked, ReportHash? Hash);
    }
}
