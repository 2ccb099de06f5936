using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Schema.Compiling;
using ReportSdk.Schema.Parsing;

namespace ReportSdk.Cli.Loading
{
    /// <summary>The data files under the paths a command was given, read from disk for the compiler.</summary>
    internal static class DataFiles
    {
        /// <summary>
        /// Every <c>*.yaml</c>, <c>*.yml</c> and <c>*.txt</c> under the given files and folders, in
        /// path order.
        /// </summary>
        /// <exception cref="FileNotFoundException">A path does not exist (a usage error).</exception>
        public static IReadOnlyList<InputFile> Read(IReadOnlyList<string> paths)
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
            return files.Select(file => new InputFile(file, File.ReadAllText(file))).ToList();
        }

        /// <summary>
        /// The registries the given files need but do not hold: looked up in the folders above the
        /// first report, so that one report file or the reports folder alone can be checked.
        /// </summary>
        public static IReadOnlyList<InputFile> MissingRegistries(IReadOnlyList<InputFile> given)
        {
            var firstReport = given.FirstOrDefault(f => DatasetCompiler.IsReport(f.Path));
            return firstReport is null || given.Any(f => DatasetCompiler.IsRegistry(f.Path))
                ? Array.Empty<InputFile>()
                : FindRegistries(firstReport.Path);
        }

        /// <summary>A source text a report names, read from disk; null when there is no such file.</summary>
        public static InputFile? ReadSource(string fullPath)
            => File.Exists(fullPath) ? new InputFile(Display(fullPath), File.ReadAllText(fullPath)) : null;

        private static IReadOnlyList<InputFile> FindRegistries(string reportPath)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath)); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var found = RegistryParser.FileNames.Select(name => Path.Combine(folder, name)).Where(File.Exists).ToList();
                if (found.Count > 0)
                {
                    return found.Select(file => new InputFile(Display(file), File.ReadAllText(file))).ToList();
                }
            }
            return Array.Empty<InputFile>();
        }

        private static bool IsDataFile(string path) => DatasetCompiler.IsYaml(path) || DatasetCompiler.IsSource(path);

        /// <summary>Paths as the user sees them: relative to the current folder when inside it, with '/'.</summary>
        private static string Display(string path)
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
    }
}
