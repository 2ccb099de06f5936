using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Text;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// Reads report YAML, registries and source texts from disk and runs every check, the same
    /// checks the generator runs in a build.
    /// </summary>
    internal static class DatasetLoader
    {
        /// <summary>
        /// Loads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.txt</c> under the given files and folders.
        /// Registries missing from them are looked up in the folders above the first report.
        /// </summary>
        /// <exception cref="FileNotFoundException">A path does not exist (a usage error).</exception>
        public static LoadedDataset Load(IReadOnlyList<string> paths)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (Directory.Exists(path))
                {
                    foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsDataFile)) files.Add(Display(file));
                }
                else if (File.Exists(path))
                {
                    files.Add(Display(path));
                }
                else
                {
                    throw new FileNotFoundException($"no such file or folder: {path}", path);
                }
            }

            var findings = new List<Finding>();
            var reports = new List<ParsedReport>();
            var registries = new List<ParsedRegistry>();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                texts[file] = text;
                if (!IsYaml(file)) continue;
                if (RegistryParser.IsRegistryFile(file)) registries.Add(RegistryParser.Parse(file, text));
                else reports.Add(ReportParser.Parse(file, text));
            }
            if (registries.Count == 0 && reports.Count > 0)
            {
                registries.AddRange(FindRegistries(reports[0].Path));
            }

            var registry = RegistryMerger.Merge(registries);
            findings.AddRange(registries.SelectMany(r => r.Diagnostics));
            findings.AddRange(FindingGuard.Run("", () => RegistryValidator.Validate(registry), errors => errors));

            var sources = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
            var valid = new List<ReportSpec>();
            foreach (var parsed in reports)
            {
                findings.AddRange(parsed.Diagnostics);
                if (parsed.Report is null) continue;
                var source = ReadSource(parsed.Report, sources);
                var reportFindings = FindingGuard.Run(parsed.Path, () => ReportValidator.Validate(parsed.Report, registry, source), errors => errors);
                findings.AddRange(reportFindings);
                if (parsed.Diagnostics.Concat(reportFindings).All(f => f.Level != DiagnosticLevel.Error)) valid.Add(parsed.Report);
            }
            var duplicates = DatasetValidator.CheckUnique(valid.Select(r => r.Identity));
            findings.AddRange(duplicates);
            var duplicated = new HashSet<string>(duplicates.Select(d => d.Location.Path), StringComparer.Ordinal);

            var hash = ContentHash.Compute(texts.Select(t => (SourcePaths.Normalize(t.Key), Sha256.OfText(t.Value))));
            return new LoadedDataset(valid.Where(r => !duplicated.Contains(r.Path)).ToList(), registry, sources, findings, files.Count, hash);
        }

        private static SourceDocument? ReadSource(ReportSpec report, Dictionary<string, SourceDocument> sources)
        {
            if (report.Source.Text.Value.Length == 0) return null;
            var full = SourcePaths.Resolve(report.Path, report.Source.Text.Value);
            if (sources.TryGetValue(full, out var known)) return known;
            if (!File.Exists(full)) return null;
            var source = new SourceDocument(full, File.ReadAllText(full));
            sources[full] = source;
            return source;
        }

        private static IEnumerable<ParsedRegistry> FindRegistries(string reportPath)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath)); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var found = RegistryParser.FileNames.Select(name => Path.Combine(folder, name)).Where(File.Exists).ToList();
                if (found.Count > 0)
                {
                    return found.Select(file => RegistryParser.Parse(Display(file), File.ReadAllText(file))).ToList();
                }
            }
            return Array.Empty<ParsedRegistry>();
        }

        private static bool IsDataFile(string path) => IsYaml(path) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        private static bool IsYaml(string path)
            => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>Paths as the user sees them: relative to the current folder when inside it, with '/'.</summary>
        private static string Display(string path)
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
    }
}
