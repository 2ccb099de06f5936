using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Writes the site's folder whole or not at all: every file into a fresh temporary folder beside
    /// it, then one rename into place (the old site, if any, renamed away first and deleted after).
    /// Only an empty folder or one a previous run wrote (it holds <see cref="SitePages.MarkerFile"/>)
    /// is replaced, so a wrong <c>--out</c> cannot wipe a folder of other files; a read-only one is
    /// refused, and the new folder keeps the old one's mode. Each run first removes the temporary and
    /// old folders an interrupted run left beside it (<see cref="Leftovers"/>).
    /// </summary>
    internal static class SiteFolder
    {
        /// <summary>Why <paramref name="folder"/> cannot take the site, or null.</summary>
        public static string? Problem(string folder)
        {
            if (string.IsNullOrWhiteSpace(folder)) return "--out is empty: give a folder to write the site to";
            var full = Path.GetFullPath(folder);
            if (File.Exists(full)) return $"cannot write the site to '{folder}': it is a file; give a folder";
            if (Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) is null) return $"cannot write the site to '{folder}': give a folder below the root";
            if (Directory.Exists(full)
                && !File.Exists(Path.Combine(full, SitePages.MarkerFile))
                && Directory.EnumerateFileSystemEntries(full).GetEnumerator().MoveNext())
            {
                return $"refusing to replace '{folder}': it is not empty and was not written by reportsdk site; choose another --out folder";
            }
            return null;
        }

        /// <summary>Writes <paramref name="files"/> (paths with '/', UTF-8 without BOM) as the folder <paramref name="folder"/>.</summary>
        /// <exception cref="IOException">Writing or renaming failed; the old folder is as it was.</exception>
        public static void Write(string folder, IReadOnlyList<(string Path, string Text)> files)
        {
            var target = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{folder}' has no parent folder");
            Directory.CreateDirectory(parent);
            var name = Path.GetFileName(target);
            if (Directory.Exists(target) && AtomicFile.IsReadOnly(target)) throw new ReadOnlyFileException(folder);
            RemoveLeftovers(parent, name);
            var id = Guid.NewGuid().ToString("N");
            var temp = Path.Combine(parent, $".{name}.{id}.tmp");
            var old = Path.Combine(parent, $".{name}.{id}.old");
            var utf8 = new UTF8Encoding(false);
            try
            {
                foreach (var (path, text) in files)
                {
                    var file = Path.Combine(temp, path.Replace('/', Path.DirectorySeparatorChar));
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, text, utf8);
                }
                Directory.CreateDirectory(temp);
                var replacing = Directory.Exists(target);
                if (replacing && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                if (replacing) Directory.Move(target, old);
                try
                {
                    Directory.Move(temp, target);
                }
                catch
                {
                    if (replacing) Directory.Move(old, target);
                    throw;
                }
                if (replacing) Directory.Delete(old, recursive: true);
            }
            finally
            {
                if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            }
        }

        /// <summary>
        /// The temporary and old folders an interrupted run (Ctrl+C, a kill, a power cut) left beside
        /// the site: <c>.NAME.GUID.tmp</c> and <c>.NAME.GUID.old</c>, exactly as <see cref="Write"/> names them.
        /// </summary>
        public static IEnumerable<string> Leftovers(string parent, string name)
        {
            if (!Directory.Exists(parent)) return Array.Empty<string>();
            var pattern = new Regex("^" + Regex.Escape("." + name + ".") + "[0-9a-f]{32}\\.(tmp|old)$", RegexOptions.CultureInvariant);
            return Directory.EnumerateDirectories(parent, "." + name + ".*").Where(d => pattern.IsMatch(Path.GetFileName(d))).ToList();
        }

        /// <summary>Deletes <see cref="Leftovers"/>: a run cleans what an earlier, interrupted one left.</summary>
        private static void RemoveLeftovers(string parent, string name)
        {
            foreach (var folder in Leftovers(parent, name))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (DirectoryNotFoundException)
                {
                    // removed meanwhile: nothing left to clean
                }
            }
        }
    }
}
