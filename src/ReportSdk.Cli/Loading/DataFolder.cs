using System;
using System.IO;

namespace ReportSdk.Cli.Loading
{
    /// <summary>
    /// The data folder a command reads or writes when it is given none: <c>data</c> in the current
    /// folder, as the ReportSdk package's MSBuild reads <c>data/</c> of a project. Its name before
    /// was <c>schemas</c>: where there is no <c>data</c> but a <c>schemas</c> folder, that is used,
    /// with warning <see cref="OldNameCode"/> (the same the build gives), until the next major
    /// version stops reading it (docs/versioning.md).
    /// </summary>
    internal static class DataFolder
    {
        /// <summary>The default data folder's name.</summary>
        public const string Default = "data";

        /// <summary>The default's old name, read for one more major version with a warning.</summary>
        public const string OldName = "schemas";

        /// <summary>The code of the warning, in the build (src/ReportSdk/buildTransitive/ReportSdk.targets) and the tool.</summary>
        public const string OldNameCode = "REPORTSDK0002";

        /// <summary>The warning's text, without its code.</summary>
        public const string OldNameMessage =
            "no 'data' folder, so 'schemas' is read: 'schemas' is the old name of the data folder and the next major version stops reading it; rename it to 'data' (git mv schemas data)";

        /// <summary>
        /// <see cref="Default"/>, or <see cref="OldName"/> when <paramref name="directory"/> (the
        /// current folder when null) has no <c>data</c> but a <c>schemas</c> folder; then
        /// <paramref name="warn"/> receives the code and the message once.
        /// </summary>
        public static string Resolve(Action<string, string> warn, string? directory = null)
        {
            var root = directory ?? Environment.CurrentDirectory;
            if (Exists(Path.Combine(root, Default)) || !Directory.Exists(Path.Combine(root, OldName))) return Default;
            warn(OldNameCode, OldNameMessage);
            return OldName;
        }

        /// <summary>A folder or file of that name: a file named data is the user's mistake to hear about, not a reason to read schemas.</summary>
        private static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);
    }
}
