using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Curation.EditorSchemas;

namespace ReportSdk.Cli.Curating
{
    /// <summary>
    /// The files of a new data folder (<c>reportsdk init</c>), built into the tool: this
    /// repository's three registries as a start, the JSON Schemas for editors (the code lists
    /// printed from those registries, as <c>reportsdk schema</c> prints them) and one small sample
    /// report with its source text (samples/OwnReports), which validates against those registries.
    /// </summary>
    internal static class StarterData
    {
        /// <summary>The sample report's path in the data folder.</summary>
        public const string SampleReport = "reports/luoyang/headline-2021.yaml";

        /// <summary>Every file, by its path relative to the data folder ('/'), in the order written.</summary>
        public static IReadOnlyList<(string Path, byte[] Bytes)> Files()
        {
            var files = new List<(string Path, byte[] Bytes)>();
            foreach (var name in Compiler.Parsing.RegistryParser.FileNames) files.Add((name, Resource(name)));
            var registry = new CompileSession().CheckRegistry(files.Select(f => new InputFile(f.Path, Text(f.Bytes))));
            files.Add((CodeListSchemaWriter.FileName, CodeListSchemaWriter.Write(registry.Resolved)));
            files.AddRange(EditorSchemas.Names.Select(name => (name, EditorSchemas.Read(name))));
            // The sample names its schema in its first line, as every data file should (format.md).
            var sample = "# yaml-language-server: $schema=../../report.schema.json\n" + Text(Resource("headline-2021.yaml"));
            files.Add((SampleReport, new UTF8Encoding(false).GetBytes(sample)));
            files.Add(("sources/headline-2021.txt", Resource("headline-2021.txt")));
            return files;
        }

        private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

        private static byte[] Resource(string name) => Output.EmbeddedFile.Read("ReportSdk.Cli.Starter." + name);
    }
}
