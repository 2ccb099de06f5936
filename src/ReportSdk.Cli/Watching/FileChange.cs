using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Cli.Watching
{
    /// <summary>
    /// A path a file event named, by its full path: written, created or removed, or renamed or
    /// moved from <paramref name="From"/>. A folder counts as well as a data file, so that moving
    /// <c>reports/</c> away is seen and said.
    /// </summary>
    internal sealed record FileChange(string Path, string? From = null)
    {
        /// <summary>Whether an event on <paramref name="path"/> can change the findings: a report, a registry, a source text, or a folder (of them).</summary>
        public static bool Matters(string path) => DatasetCompiler.IsYaml(path) || DatasetCompiler.IsSource(path) || IsFolder(path);

        /// <summary>
        /// What changed, in words: <c>reports/luoyang/a.yaml changed</c>, <c>… renamed to b.yaml</c>,
        /// <c>… moved to reports/jianxi/a.yaml</c>, <c>reports removed (moved away or deleted)</c>, or
        /// <c>3 files changed</c>. A rename to a name that does not matter (an editor's backup copy)
        /// whose old name is back is a save, and said as one.
        /// </summary>
        public static string Describe(IReadOnlyCollection<FileChange> changes)
        {
            var saves = changes.Where(c => c.From is not null && !Matters(c.Path) && Exists(c.From)).ToList();
            var shown = changes.Except(saves).ToList();
            if (shown.Count == 0) shown = saves.Select(s => new FileChange(s.From!)).Distinct().ToList();
            // A folder removed with its files (rm -r) is said as the folder.
            shown = shown.Where(c => !shown.Any(folder => folder != c && folder.From is null && !Exists(folder.Path) && IsBelow(c.Path, folder.Path))).ToList();
            if (shown.Count != 1) return $"{shown.Count} files changed";
            var change = shown[0];
            if (change.From is not null)
            {
                return System.IO.Path.GetDirectoryName(change.From) == System.IO.Path.GetDirectoryName(change.Path)
                    ? $"{DataFiles.Display(change.From)} renamed to {System.IO.Path.GetFileName(change.Path)}"
                    : $"{DataFiles.Display(change.From)} moved to {DataFiles.Display(change.Path)}";
            }
            return Exists(change.Path) ? $"{DataFiles.Display(change.Path)} changed" : $"{DataFiles.Display(change.Path)} removed (moved away or deleted)";
        }

        /// <summary>A folder, or a path gone that had no extension (most likely a folder: it cannot be asked any more).</summary>
        private static bool IsFolder(string path)
            => Directory.Exists(path) || (!File.Exists(path) && !System.IO.Path.HasExtension(path));

        private static bool IsBelow(string path, string folder)
            => path.StartsWith(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, System.StringComparison.Ordinal);

        private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
    }
}
