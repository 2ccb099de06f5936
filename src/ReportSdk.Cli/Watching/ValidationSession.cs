using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Schema.Compiling;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;

namespace ReportSdk.Cli.Watching
{
    /// <summary>
    /// Validation that runs again and again over the same paths, as <c>validate --watch</c> does
    /// on every save: the compiler's steps (<see cref="DatasetCompiler.ParseReport"/>,
    /// <see cref="DatasetCompiler.CheckRegistry"/>, <see cref="DatasetCompiler.CheckReport"/>,
    /// <see cref="DatasetCompiler.CheckDataset"/>) in the order <see cref="DatasetCompiler.Compile"/>
    /// runs them, each result kept and reused while its inputs are unchanged — the way the
    /// generator's incremental pipeline reuses them. A file whose text is the same is not parsed
    /// again; a report whose parse, source text and registries are the same is not checked again.
    /// The findings are always those a fresh <c>reportsdk validate</c> gives.
    /// </summary>
    internal sealed class ValidationSession
    {
        private readonly IReadOnlyList<string> _paths;
        private readonly Action<string>? _warn;
        private readonly Dictionary<string, (string Text, ParsedReport Parsed)> _reports = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Text, ParsedRegistry Parsed)> _registries = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (ParsedReport Parsed, string? Source, CheckedRegistry Registry, CheckedReport Checked)> _checked = new(StringComparer.Ordinal);
        private (IReadOnlyList<ParsedRegistry> Parsed, CheckedRegistry Checked)? _registry;

        public ValidationSession(IReadOnlyList<string> paths, Action<string>? warn = null)
        {
            _paths = paths;
            _warn = warn;
        }

        /// <summary>How many reports the last run parsed (not reused), for tests and the benchmark.</summary>
        public int ParsedLastRun { get; private set; }

        /// <summary>How many reports the last run checked (not reused).</summary>
        public int CheckedLastRun { get; private set; }

        /// <summary>Reads the files under the paths again and returns every finding, reusing what did not change.</summary>
        /// <exception cref="FileNotFoundException">A path given no longer exists.</exception>
        public ValidationRun Run()
        {
            ParsedLastRun = CheckedLastRun = 0;
            var given = DataFiles.Read(_paths, _warn);
            var files = given.Concat(DataFiles.MissingRegistries(given)).ToList();

            var registry = CheckRegistry(files.Where(f => DatasetCompiler.IsRegistry(f.Path)));
            var sources = files.Where(f => DatasetCompiler.IsSource(f.Path)).Select(f => new SourceDocument(f.Path, f.Text)).ToList();
            var checkedReports = new List<CheckedReport>();
            foreach (var file in files.Where(f => DatasetCompiler.IsReport(f.Path)))
            {
                var parsed = Parse(file);
                var source = DatasetCompiler.FindSource(parsed, sources) ?? ReadMissing(parsed, sources);
                if (!_checked.TryGetValue(file.Path, out var known) || known.Parsed != parsed || known.Registry != registry || known.Source != source?.Text)
                {
                    known = (parsed, source?.Text, registry, DatasetCompiler.CheckReport(parsed, source, registry));
                    _checked[file.Path] = known;
                    CheckedLastRun++;
                }
                checkedReports.Add(known.Checked);
            }
            Forget(_reports, files);
            Forget(_registries, files);
            foreach (var gone in _checked.Keys.Where(k => !_reports.ContainsKey(k)).ToList()) _checked.Remove(gone);

            var identities = checkedReports.Where(c => c.Resolved is { HasData: true }).Select(c => c.Identity!).ToList();
            var findings = registry.Findings.Concat(checkedReports.SelectMany(c => c.Findings)).Concat(DatasetCompiler.CheckDataset(identities)).ToList();
            return new ValidationRun(findings, given.Count, DatasetCompiler.UniquePaths(identities).Count);
        }

        private ParsedReport Parse(InputFile file)
        {
            if (_reports.TryGetValue(file.Path, out var known) && known.Text == file.Text) return known.Parsed;
            ParsedLastRun++;
            var parsed = DatasetCompiler.ParseReport(file);
            _reports[file.Path] = (file.Text, parsed);
            return parsed;
        }

        private CheckedRegistry CheckRegistry(IEnumerable<InputFile> files)
        {
            var parsed = new List<ParsedRegistry>();
            foreach (var file in files)
            {
                if (!_registries.TryGetValue(file.Path, out var known) || known.Text != file.Text)
                {
                    known = (file.Text, DatasetCompiler.ParseRegistry(file));
                    _registries[file.Path] = known;
                }
                parsed.Add(known.Parsed);
            }
            if (_registry is { } last && last.Parsed.SequenceEqual(parsed)) return last.Checked;
            var checkedRegistry = DatasetCompiler.CheckRegistry(parsed);
            _registry = (parsed, checkedRegistry);
            return checkedRegistry;
        }

        /// <summary>A source text the report names from outside the paths given, read as the CLI always reads it.</summary>
        private static SourceDocument? ReadMissing(ParsedReport parsed, List<SourceDocument> sources)
        {
            if (parsed.Report is null || parsed.Report.Source.Text.Value.Length == 0) return null;
            var file = DataFiles.ReadSource(SourcePaths.Resolve(parsed.Path, parsed.Report.Source.Text.Value));
            if (file is null) return null;
            var source = new SourceDocument(file.Path, file.Text);
            sources.Add(source);
            return source;
        }

        private static void Forget<T>(Dictionary<string, T> cache, IReadOnlyList<InputFile> files)
        {
            var present = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
            foreach (var gone in cache.Keys.Where(k => !present.Contains(k)).ToList()) cache.Remove(gone);
        }
    }

    /// <summary>The findings of one run, with the counts <c>reportsdk validate</c> prints.</summary>
    internal sealed record ValidationRun(IReadOnlyList<Finding> Findings, int FileCount, int ValidReports)
    {
        public int Errors => Findings.Count(f => f.Level == DiagnosticLevel.Error);
    }
}
