using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Cli.Loading
{
    /// <summary>The data files under the paths a command was given, read from disk for the compiler.</summary>
    internal static class DataFiles
    {
        /// <summary>
        /// Every <c>*.yaml</c>, <c>*.yml</c> and <c>*.txt</c> under the given files and folders, in
        /// path order, each file once.
        /// </summary>
        /// <remarks>
        /// Folders are tracked by their real paths: a symbolic link to a folder is followed only
        /// when it leads to a folder not read yet, so a link to the folder itself or to one above it
        /// (a loop), or to a folder read by another path, is reported once through
        /// <paramref name="warn"/> and skipped. Links are followed after every folder given has
        /// been read, so a file reachable both ways is shown by its path without links. A file
        /// reached by two paths is read once; a link to a file that does not exist, or a cycle of
        /// links, is reported and skipped.
        /// </remarks>
        /// <param name="paths">The files and folders given.</param>
        /// <param name="warn">Receives one line for each link not followed.</param>
        /// <exception cref="FileNotFoundException">A path does not exist (a usage error).</exception>
        public static IReadOnlyList<InputFile> Read(IReadOnlyList<string> paths, Action<string>? warn = null)
        {
            var walk = new Walk(warn ?? (_ => { }));
            foreach (var path in paths)
            {
                if (Directory.Exists(path))
                {
                    walk.Folder(path);
                }
                else if (File.Exists(path))
                {
                    var real = RealPaths.Of(path);
                    walk.File(path, real, viaLink: !IsReal(path, real));
                }
                else
                {
                    throw new FileNotFoundException($"no such file or folder: {path}", path);
                }
            }
            walk.FollowLinks();
            return walk.Files.OrderBy(file => file, StringComparer.Ordinal).Select(file => new InputFile(file, InputFiles.ReadAllText(file))).ToList();
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
            => File.Exists(fullPath) ? new InputFile(Display(fullPath), InputFiles.ReadAllText(fullPath)) : null;

        private static IReadOnlyList<InputFile> FindRegistries(string reportPath)
        {
            for (var folder = Path.GetDirectoryName(Path.GetFullPath(reportPath)); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var found = RegistryParser.FileNames.Select(name => Path.Combine(folder, name)).Where(File.Exists).ToList();
                if (found.Count > 0)
                {
                    return found.Select(file => new InputFile(Display(file), InputFiles.ReadAllText(file))).ToList();
                }
            }
            return Array.Empty<InputFile>();
        }

        private static bool IsDataFile(string path) => DatasetCompiler.IsYaml(path) || DatasetCompiler.IsSource(path);

        /// <summary>Whether <paramref name="path"/> is written as its real path, without a link on the way.</summary>
        private static bool IsReal(string path, string real)
            => RealPaths.Comparer.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), Path.TrimEndingDirectorySeparator(real));

        /// <summary>Paths as the user sees them: relative to the current folder when inside it, with '/'.</summary>
        public static string Display(string path)
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
            return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }

        /// <summary>One reading of the given paths: the folders read and the files found, by real path.</summary>
        private sealed class Walk
        {
            private readonly Action<string> _warn;
            private readonly HashSet<string> _folders = new(RealPaths.Comparer);
            private readonly Dictionary<string, (string Display, bool ViaLink)> _files = new(RealPaths.Comparer);

            // Links to folders met while reading: the link as found, its path under real folders, the real folder it is in.
            private readonly Queue<(string Path, string Unresolved, string Parent)> _links = new();

            public Walk(Action<string> warn) => _warn = warn;

            /// <summary>The display paths of the files found, each file once.</summary>
            public IEnumerable<string> Files => _files.Values.Select(f => f.Display);

            /// <summary>
            /// A file given or found. A file reached by several paths is kept by the first path
            /// without a symbolic link, else by the first path.
            /// </summary>
            public void File(string path, string realPath, bool viaLink)
            {
                if (_files.TryGetValue(realPath, out var known) && !(known.ViaLink && !viaLink)) return;
                _files[realPath] = (Display(path), viaLink);
            }

            /// <summary>
            /// Every data file under a folder given and its real sub-folders; its links to folders
            /// wait for <see cref="FollowLinks"/>, so that every folder given is read by its own
            /// path before any is read through a link.
            /// </summary>
            public void Folder(string path)
            {
                var real = RealPaths.Of(path);
                if (!_folders.Add(real)) return; // given twice, or inside a folder given before
                Read(path, real, viaLink: !IsReal(path, real));
            }

            /// <summary>Follows the links to folders not read yet; reports each other link once.</summary>
            public void FollowLinks()
            {
                while (_links.Count > 0)
                {
                    var (link, unresolved, parent) = _links.Dequeue();
                    string target;
                    try
                    {
                        target = RealPaths.Of(unresolved);
                    }
                    catch (IOException e)
                    {
                        _warn($"not following '{Display(link)}': {e.Message}");
                        continue;
                    }
                    if (RealPaths.IsSameOrAbove(target, parent))
                    {
                        _warn($"not following '{Display(link)}': it links back to '{Display(target)}', a folder it is in (a symlink loop)");
                    }
                    else if (_folders.Any(folder => RealPaths.IsSameOrAbove(folder, target)))
                    {
                        _warn($"not following '{Display(link)}': it links to '{Display(target)}', which is read already");
                    }
                    else
                    {
                        _folders.Add(target);
                        Read(link, target, viaLink: true);
                    }
                }
            }

            /// <summary>Reads a folder and its real sub-folders; queues its links to folders.</summary>
            private void Read(string path, string real, bool viaLink)
            {
                var folders = new Stack<(string Path, string Real)>();
                folders.Push((path, real));
                while (folders.Count > 0)
                {
                    var (folder, folderReal) = folders.Pop();
                    foreach (var file in Directory.EnumerateFiles(folder).Where(IsDataFile).OrderBy(f => f, StringComparer.Ordinal))
                    {
                        var name = Path.GetFileName(file);
                        if (!RealPaths.IsLink(file))
                        {
                            File(file, Path.Combine(folderReal, name), viaLink);
                            continue;
                        }
                        string target;
                        try
                        {
                            target = RealPaths.Of(Path.Combine(folderReal, name));
                        }
                        catch (IOException e)
                        {
                            _warn($"not reading '{Display(file)}': {e.Message}");
                            continue;
                        }
                        if (System.IO.File.Exists(target))
                        {
                            File(file, target, viaLink: true);
                        }
                        else
                        {
                            _warn($"not reading '{Display(file)}': it links to '{Display(target)}', which does not exist");
                        }
                    }
                    var subfolders = Directory.EnumerateDirectories(folder).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    for (var i = subfolders.Count - 1; i >= 0; i--)
                    {
                        var subfolder = subfolders[i];
                        var subfolderReal = Path.Combine(folderReal, Path.GetFileName(subfolder));
                        if (RealPaths.IsLink(subfolder))
                        {
                            _links.Enqueue((subfolder, subfolderReal, folderReal));
                        }
                        else if (_folders.Add(subfolderReal))
                        {
                            folders.Push((subfolder, subfolderReal));
                        }
                    }
                }
            }
        }
    }
}
