using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// The dataset's content hash: SHA-256 over every input's path (relative to the inputs'
    /// common folder) and text hash, in path order. Independent of where the files lie on disk
    /// and of line endings, so two builds of the same data agree.
    /// </summary>
    internal static class ContentHash
    {
        /// <param name="inputs">Full paths (with '/' separators) and the <see cref="Sha256.OfText"/> of each file.</param>
        public static string Compute(IEnumerable<(string Path, string Sha256)> inputs)
        {
            var list = inputs.ToList();
            var root = CommonFolder(list.Select(i => i.Path).ToList());
            var builder = new StringBuilder();
            foreach (var (path, sha) in list.Select(i => (Path: i.Path.Substring(root.Length), i.Sha256)).OrderBy(i => i.Path, StringComparer.Ordinal))
            {
                builder.Append(path).Append('\n').Append(sha).Append('\n');
            }
            return Sha256.OfText(builder.ToString());
        }

        /// <summary>The longest folder prefix (ending in '/') shared by all paths.</summary>
        public static string CommonFolder(IReadOnlyList<string> paths)
        {
            if (paths.Count == 0) return "";
            var prefix = paths[0].Substring(0, paths[0].LastIndexOf('/') + 1);
            foreach (var path in paths)
            {
                while (prefix.Length > 0 && !path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    prefix = prefix.Length < 2 ? "" : prefix.Substring(0, prefix.LastIndexOf('/', prefix.Length - 2) + 1);
                }
            }
            return prefix;
        }
    }
}
