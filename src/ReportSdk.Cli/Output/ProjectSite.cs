using System;
using System.Linq;
using System.Reflection;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Where the project lives on the web: the repository URL the build stamps into the assembly
    /// (the SDK writes <c>[AssemblyMetadata("RepositoryUrl", …)]</c> from the MSBuild property
    /// <c>RepositoryUrl</c>), and the links into its documentation that SARIF rules point at.
    /// </summary>
    internal static class ProjectSite
    {
        /// <summary>Used only when the build did not stamp a repository URL (the property was not set).</summary>
        private const string FallbackRepositoryUrl = "https://github.com/reportsdk/reportsdk";

        /// <summary>The repository's web address, without a trailing '/' or '.git'.</summary>
        public static string RepositoryUrl { get; } = Normalize(
            typeof(ProjectSite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "RepositoryUrl" && !string.IsNullOrWhiteSpace(a.Value))?.Value
            ?? FallbackRepositoryUrl);

        /// <summary>The rules' documentation page, on the main branch.</summary>
        public static string DiagnosticsPage => RepositoryUrl + "/blob/main/docs/diagnostics.md";

        /// <summary>The address of one heading of docs/diagnostics.md, e.g. <c>…/diagnostics.md#rs1001--yaml-syntax-error</c>.</summary>
        public static string DiagnosticsSection(string heading) => DiagnosticsPage + "#" + HeadingAnchor.Of(heading);

        private static string Normalize(string url)
        {
            var trimmed = url.Trim().TrimEnd('/');
            return trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(0, trimmed.Length - 4) : trimmed;
        }
    }
}
