using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Schema.Diagnostics;

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
        public static void Write(TextWriter output, IReadOnlyList<Finding> findings, FindingFormat format, string toolVersion)
        {
            var ordered = findings
                .OrderBy(f => f.Location.Path, System.StringComparer.Ordinal)
                .ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Id, System.StringComparer.Ordinal)
                .ToList();
            switch (format)
            {
                case FindingFormat.Text:
                    foreach (var finding in ordered) output.WriteLine(Text(finding));
                    break;
                case FindingFormat.Github:
                    foreach (var finding in ordered) output.WriteLine(Github(finding));
                    break;
                case FindingFormat.Json:
                    WriteJson(output, ordered);
                    break;
                case FindingFormat.Sarif:
                    WriteSarif(output, ordered, toolVersion);
                    break;
            }
        }

        /// <summary>
        /// <see cref="Finding.ToString"/>'s compiler-style line, <c>path(line,col): error RS3001: message</c>,
        /// with the path and message kept on one line.
        /// </summary>
        public static string Text(Finding f)
            => $"{LineText.Escape(f.Location.Path)}({f.Location.Line},{f.Location.Column}): {Level(f)} {f.Id}: {LineText.Escape(f.Message)}";

        private static string Level(Finding f) => f.Level == DiagnosticLevel.Error ? "error" : "warning";

        private static string Github(Finding f)
        {
            return $"::{Level(f)} file={Escape(f.Location.Path, true)},line={f.Location.Line},col={f.Location.Column},endLine={f.Location.EndLine},endColumn={f.Location.EndColumn},title={f.Id}::{Escape(f.Message, false)}";
        }

        // GitHub workflow command escaping: %, CR, LF always; ':' and ',' in properties. The runner
        // decodes only those; other line breaks and control characters are escaped as in the text
        // format, so that no log viewer splits the command.
        private static string Escape(string text, bool property)
        {
            var escaped = LineText.Escape(text, keepCrLf: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
            return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
        }

        // SARIF wants a URI: file:// for absolute paths, a percent-encoded relative reference otherwise.
        private static string SarifUri(string path)
            => Path.IsPathRooted(path) ? new System.Uri(path).AbsoluteUri : string.Join("/", path.Split('/').Select(System.Uri.EscapeDataString));

        private static Utf8JsonWriter JsonWriter(Stream stream)
            => new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        private static void WriteJson(TextWriter output, IReadOnlyList<Finding> findings)
        {
            using var stream = new MemoryStream();
            using (var json = JsonWriter(stream))
            {
                json.WriteStartArray();
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
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteSarif(TextWriter output, IReadOnlyList<Finding> findings, string toolVersion)
        {
            using var stream = new MemoryStream();
            using (var json = JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "reportsdk");
                json.WriteString("version", toolVersion);
                json.WriteStartArray("rules");
                foreach (var rule in Rules.All)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Title);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartArray("results");
                foreach (var f in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", f.Id);
                    json.WriteString("level", Level(f));
                    json.WriteStartObject("message");
                    json.WriteString("text", f.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", SarifUri(f.Location.Path));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", f.Location.Line);
                    json.WriteNumber("startColumn", f.Location.Column);
                    json.WriteNumber("endLine", f.Location.EndLine);
                    json.WriteNumber("endColumn", f.Location.EndColumn);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
