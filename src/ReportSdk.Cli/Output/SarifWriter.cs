using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Writes findings as SARIF 2.1.0 for code scanning (GitHub and other viewers). Checked with
    /// Microsoft's SARIF multitool, default rules and GitHub's (<c>--rule-kind "Gh;Ghas"</c>):
    /// every rule carries its documentation (<see cref="RuleDocs"/>) and a link to it; results
    /// point at their rule by index, name their file relative to the repository root
    /// (<see cref="SourceRoot"/>) and carry a fingerprint that survives edits above them.
    /// Nothing depends on the clock or the culture: the same findings in the same folder give the
    /// same bytes.
    /// </summary>
    internal static class SarifWriter
    {
        private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

        /// <summary>
        /// Columns are counted as the YAML reader counts them, in UTF-16 code units (a character
        /// outside the Basic Multilingual Plane counts two), which SARIF calls <c>utf16CodeUnits</c>.
        /// </summary>
        public const string ColumnKind = "utf16CodeUnits";

        /// <param name="output">Receives the SARIF log.</param>
        /// <param name="findings">The findings, already in output order.</param>
        /// <param name="toolVersion">The tool's version, for <c>tool.driver.version</c>.</param>
        /// <param name="root">The folder that file locations are made relative to.</param>
        public static void Write(TextWriter output, IReadOnlyList<Finding> findings, string toolVersion, SourceRoot root)
        {
            using var stream = new MemoryStream();
            using (var json = FindingWriter.JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("$schema", Schema);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, toolVersion);
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SourceRoot.UriBaseId);
                json.WriteString("uri", root.Uri);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteString("columnKind", ColumnKind);
                json.WriteStartArray("results");
                var fingerprints = new FindingFingerprint();
                foreach (var finding in findings) WriteResult(json, finding, root, fingerprints);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static void WriteTool(Utf8JsonWriter json, string toolVersion)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "reportsdk");
            json.WriteString("version", toolVersion);
            json.WriteString("informationUri", ProjectSite.RepositoryUrl);
            json.WriteStartArray("rules");
            foreach (var rule in Rules.All) WriteRule(json, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteRule(Utf8JsonWriter json, Rule rule)
        {
            var doc = RuleDocs.For(rule);
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", doc.FullDescription);
            json.WriteStartObject("help");
            json.WriteString("text", doc.HelpText);
            json.WriteString("markdown", doc.HelpMarkdown);
            json.WriteEndObject();
            json.WriteString("helpUri", ProjectSite.DiagnosticsSection(doc.Heading));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Level));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, Finding finding, SourceRoot root, FindingFingerprint fingerprints)
        {
            var relative = root.RelativePath(finding.Location.Path);
            var ruleIndex = IndexOfRule(finding.Id);
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
            json.WriteString("level", Level(finding.Level));
            WriteText(json, "message", finding.Message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (relative is null)
            {
                // Outside the repository: only an absolute URI can say where it is.
                json.WriteString("uri", SourceRoot.FileUri(finding.Location.Path));
            }
            else
            {
                json.WriteString("uri", SourceRoot.RelativeUri(relative));
                json.WriteString("uriBaseId", SourceRoot.UriBaseId);
            }
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Location.Line);
            json.WriteNumber("startColumn", finding.Location.Column);
            json.WriteNumber("endLine", finding.Location.EndLine);
            json.WriteNumber("endColumn", finding.Location.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FindingFingerprint.Key, fingerprints.Next(finding, relative ?? SourceRoot.FileUri(finding.Location.Path)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteText(Utf8JsonWriter json, string property, string text)
        {
            json.WriteStartObject(property);
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        private static string Level(DiagnosticLevel level) => level == DiagnosticLevel.Error ? "error" : "warning";

        private static int IndexOfRule(string id)
        {
            for (var i = 0; i < Rules.All.Count; i++)
            {
                if (Rules.All[i].Id == id) return i;
            }
            return -1;
        }

        /// <summary>A rule's title as a PascalCase identifier, SARIF's convention for <c>name</c>: "Unknown unit" → UnknownUnit.</summary>
        public static string RuleName(string title)
            => string.Concat(System.Text.RegularExpressions.Regex.Split(title, @"[^\p{L}\p{Nd}]+").Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
    }
}
