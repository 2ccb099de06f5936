using System.IO;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>Resolves a report's <c>source.text</c>, written relative to the YAML file.</summary>
    internal static class SourcePaths
    {
        public static string Resolve(string reportPath, string relativeText)
        {
            var directory = Path.GetDirectoryName(reportPath) ?? "";
            return Normalize(Path.Combine(directory, relativeText));
        }

        /// <summary>A full path with one kind of separator, so paths from MSBuild and from the YAML compare equal.</summary>
        public static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');
    }
}
