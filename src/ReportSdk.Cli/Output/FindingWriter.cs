using ReportSdk.Compiler.Text;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Writes findings in the format CI asks for. Output is ordered by file, line and column. The
    /// text and GitHub formats are one finding a line: line breaks and control characters in a
    /// path or message (user values echoed in it) are escaped (<see cref="LineText"/>); JSON and
    /// SARIF escape them as JSON strings.
    /// </summary>
    internal static class FindingWriter
    {
        /// <param name="output">Receives the findings.</param>
        /// <param name="findings">The findings, in any order.</param>
        /// <param name="format">The format.</param>
        /// <param name="toolVersion">The tool's version, named by the JSON and SARIF formats.</param>
        /// <param name="sourceRoot">For SARIF: the folder paths are made relative to; by default the repository around the current folder.</param>
        /// <param name="inStepSummary">For GitHub: whether every finding was also written to the step summary (<see cref="StepSummary"/>).</param>
        public static void Write(TextWriter output, IReadOnlyList<Finding> findings, FindingFormat format, string toolVersion,
            SourceRoot? sourceRoot = null, bool inStepSummary = false)
        {
            var ordered = Ordered(findings);
            switch (format)
            {
                case FindingFormat.Text:
                    foreach (var finding in ordered) output.WriteLine(Text(finding));
                    break;
                case FindingFormat.Github:
                    GithubAnnotations.Write(output, ordered, inStepSummary);
                    break;
                case FindingFormat.Json:
                    WriteJson(output, ordered, toolVersion);
                    break;
                case FindingFormat.Sarif:
                    SarifWriter.Write(output, ordered, toolVersion, sourceRoot ?? SourceRoot.OfCurrentFolder());
                    break;
            }
        }

        /// <summary>The findings in output order: by file (ordinal), line, column, then rule id.</summary>
        public static IReadOnlyList<Finding> Ordered(IReadOnlyList<Finding> findings)
            => findings
                .OrderBy(f => f.Location.Path, System.StringComparer.Ordinal)
                .ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Id, System.StringComparer.Ordinal)
                .ToList();

        /// <summary>
        /// <see cref="Finding.ToString"/>'s compiler-style line, <c>path(line,col): error RS3001: message</c>,
        /// with the path and message kept on one line.
        /// </summary>
        public static string Text(Finding f)
            => $"{LineText.Escape(f.Location.Path)}({f.Location.Line},{f.Location.Column}): {Level(f)} {f.Id}: {LineText.Escape(f.Message)}";

        /// <summary>Indented JSON with Chinese text as it is (only what JSON requires is escaped).</summary>
        public static Utf8JsonWriter JsonWriter(Stream stream)
            => new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        private static string Level(Finding f) => f.Level == DiagnosticLevel.Error ? "error" : "warning";

        /// <summary><c>{"tool": "reportsdk", "version": …, "findings": [{id, level, message, file, line, column, endLine, endColumn}…]}</c>.</summary>
        private static void WriteJson(TextWriter output, IReadOnlyList<Finding> findings, string toolVersion)
        {
            using var stream = new MemoryStream();
            using (var json = JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("tool", "reportsdk");
                json.WriteString("version", toolVersion);
                json.WriteStartArray("findings");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("id", f.Id);
                    json.WriteString("level", Level(f));
                    json.WriteString("message", f.Message);
                    json.WriteString("file", f.Location.Path);
                    json.WriteNumber("line", f.Location.Line);
                    json.WriteNumber("column", f.Location.Column);
                    json.WriteNumber("endLine", f.Location.EndLine);
                    json.WriteNumber("endColumn", f.Location.EndColumn);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
