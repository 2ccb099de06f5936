using System.Collections.Generic;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The JSON Schemas of the report and registry files, built into the tool from data/ (the
    /// same bytes the ReportSdk package ships), so that <c>reportsdk schema</c> can put them beside
    /// a team's own codes.schema.json, which they refer to by a relative path.
    /// </summary>
    internal static class EditorSchemas
    {
        /// <summary>The file names, as in data/ and in the package.</summary>
        public static IReadOnlyList<string> Names { get; } = new[] { "report.schema.json", "registry.schema.json" };

        /// <summary>The bytes of one of <see cref="Names"/>.</summary>
        public static byte[] Read(string name) => EmbeddedFile.Read("ReportSdk.Cli.Schemas." + name);
    }
}
