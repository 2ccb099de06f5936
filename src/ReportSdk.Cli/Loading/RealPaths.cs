using System;
using System.Collections.Generic;
using System.IO;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// Real paths: absolute, with every symbolic link (and junction) resolved and <c>.</c> and
    /// <c>..</c> taken physically, as the operating system's <c>realpath</c> does. Two paths name
    /// the same file or folder when their real paths are equal under <see cref="Comparer"/>.
    /// </summary>
    internal static class RealPaths
    {
        /// <summary>As many links as Linux follows in one path before it gives up with ELOOP.</summary>
        private const int MaxLinks = 40;

        /// <summary>Case-insensitive where the usual file systems are (Windows, macOS), ordinal elsewhere.</summary>
        public static StringComparer Comparer { get; } =
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>
        /// The real path of <paramref name="path"/>. Parts that do not exist (a file about to be
        /// written) are kept as written after the real path of the part that does.
        /// </summary>
        /// <exception cref="IOException">The path runs through a cycle of symbolic links.</exception>
        public static string Of(string path)
        {
            var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
            var root = Path.GetPathRoot(absolute)!;
            var current = root;
            var pending = new Stack<string>();
            Push(pending, absolute.Substring(root.Length));
            var links = 0;
            while (pending.Count > 0)
            {
                var part = pending.Pop();
                if (part == ".") continue;
                if (part == "..")
                {
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }
                var next = Path.Combine(current, part);
                var target = LinkTarget(next);
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links in '{path}'");
                if (Path.IsPathRooted(target))
                {
                    current = Path.GetPathRoot(target)!;
                    target = target.Substring(current.Length);
                }
                Push(pending, target);
            }
            return current;
        }

        /// <summary>Whether <paramref name="path"/> is a symbolic link (or junction), whatever it points to.</summary>
        public static bool IsLink(string path) => LinkTarget(path) is not null;

        /// <summary>Whether <paramref name="folder"/> is <paramref name="path"/> or a folder above it (both real paths).</summary>
        public static bool IsSameOrAbove(string folder, string path)
        {
            var comparison = Comparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (string.Equals(folder, path, comparison)) return true;
            var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, comparison);
        }

        private static string? LinkTarget(string path)
        {
            try
            {
                return new FileInfo(path).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static void Push(Stack<string> pending, string relative)
        {
            var parts = relative.Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
            for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
        }
    }
}
