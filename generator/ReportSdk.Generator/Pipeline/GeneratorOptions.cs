using Microsoft.CodeAnalysis.Diagnostics;

namespace ReportSdk.Generator.Pipeline
{
    /// <summary>
    /// MSBuild properties that shape the generated code, so that any team can use the generator
    /// on its own YAML: <c>ReportSdkNamespace</c> (default: the root namespace),
    /// <c>ReportSdkReportsClass</c> (default <c>Reports</c>) and <c>ReportSdkDatasetVersion</c>.
    /// </summary>
    internal sealed record GeneratorOptions(string Namespace, string ReportsClass, string DatasetVersion)
    {
        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            string Get(string name, string fallback)
                => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;

            var rootNamespace = Get("RootNamespace", "ReportSdk.Data");
            return new GeneratorOptions(Get("ReportSdkNamespace", rootNamespace), Get("ReportSdkReportsClass", "Reports"), Get("ReportSdkDatasetVersion", "0.0.0-local"));
        }
    }
}
