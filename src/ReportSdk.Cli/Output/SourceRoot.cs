using System;
using System.IO;
using System.Linq;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The folder SARIF locations are relative to (<c>%SRCROOT%</c>): the repository being checked.
    /// Code scanning resolves relative paths against the checkout, so paths relative to the
    /// repository's root are what it can show; an absolute path is useless on another machine.
    /// </summary>
    internal sealed class SourceRoot
    {
        /// <summary>The uriBaseId that names the root in SARIF.</summary>
        public const string UriBaseId = "%SRCROOT%";

        public SourceRoot(string folder)
        {
            Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        }

        /// <summary>The root's absolute path, without a trailing separator.</summary>
        public string Folder { get; }

        /// <summary>The root as an absolute file URI ending in '/', as SARIF's originalUriBaseIds requires.</summary>
        public string Uri
        {
            get
            {
                var uri = FileUri(Folder);
                return uri.EndsWith("/", StringComparison.Ordinal) ? uri : uri + "/";
            }
        }

        /// <summary>
        /// The nearest folder at or above <paramref name="start"/> holding <c>.git</c> (a folder, or a
        /// file in a worktree or submodule); <paramref name="start"/> itself when there is none.
        /// </summary>
        public static SourceRoot Find(string start)
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var git = Path.Combine(folder.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git)) return new SourceRoot(folder.FullName);
            }
            return new SourceRoot(start);
        }

        /// <summary>The root found from the current folder.</summary>
        public static SourceRoot OfCurrentFolder() => Find(Environment.CurrentDirectory);

        /// <summary>
        /// <paramref name="path"/> (absolute, or relative to the current folder as the CLI prints it)
        /// relative to the root, with '/'; null when the file is not under the root.
        /// </summary>
        public string? RelativePath(string path)
        {
            var relative = Path.GetRelativePath(Folder, Path.GetFullPath(path));
            relative = relative.Replace('\\', '/');
            var outside = relative == "." || relative == ".." || Path.IsPathRooted(relative) || relative.StartsWith("../", StringComparison.Ordinal);
            return outside ? null : relative;
        }

        /// <summary>A relative path (with '/') as a URI reference: each segment percent-encoded.</summary>
        public static string RelativeUri(string relativePath) => string.Join("/", relativePath.Split('/').Select(System.Uri.EscapeDataString));

        /// <summary>
        /// A path as an absolute file URI (<c>file:///home/a/b.yaml</c>, <c>file:///C:/a/b.yaml</c>),
        /// every segment percent-encoded so that '#', '%' or '?' in a name stay part of the path.
        /// </summary>
        public static string FileUri(string path)
        {
            var full = Path.GetFullPath(path).Replace('\\', '/');
            var escaped = string.Join("/", full.Split('/').Select((segment, i) => i == 0 && segment.Length == 2 && segment[1] == ':' ? segment : System.Uri.EscapeDataString(segment)));
            if (full.StartsWith("//", StringComparison.Ordinal)) return "file:" + escaped;   // a UNC path: //server/share/…
            return full.StartsWith("/", StringComparison.Ordinal) ? "file://" + escaped : "file:///" + escaped;
        }
    }
}
