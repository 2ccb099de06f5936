using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Every finding as a Markdown table in the GitHub Actions job summary, the file the runner
    /// names in <c>GITHUB_STEP_SUMMARY</c>: the one place that shows them all when there are
    /// more than the annotations GitHub keeps (<see cref="GithubAnnotations"/>).
    /// </summary>
    internal static class StepSummary
    {
        /// <summary>The environment variable GitHub sets to the summary file of the running step.</summary>
        public const string Variable = "GITHUB_STEP_SUMMARY";

        /// <summary>
        /// Appends the summary of <paramref name="findings"/> to <paramref name="path"/>. A file that
        /// cannot be written is a warning through <paramref name="warn"/>, not a failure: the
        /// findings still go to the log. Returns whether the summary was written.
        /// </summary>
        public static bool TryAppend(string path, IReadOnlyList<Finding> findings, Action<string> warn)
        {
            try
            {
                var separator = File.Exists(path) && new FileInfo(path).Length > 0 ? "\n" : "";
                File.AppendAllText(path, separator + Markdown(findings), new UTF8Encoding(false));
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                warn($"could not write the step summary {path}: {e.Message}");
                return false;
            }
        }

        /// <summary>A heading with the counts, then one table row per finding: level, id (linked to its documentation), file:line:col, message.</summary>
        public static string Markdown(IReadOnlyList<Finding> findings)
        {
            var errors = findings.Count(f => f.Level == DiagnosticLevel.Error);
            var warnings = findings.Count - errors;
            var text = new StringBuilder();
            text.Append("### reportsdk validate: ").Append(Plural(errors, "error")).Append(", ").Append(Plural(warnings, "warning")).Append('\n');
            if (findings.Count == 0) return text.ToString();
            text.Append('\n');
            text.Append("| level | id | location | message |\n");
            text.Append("| --- | --- | --- | --- |\n");
            foreach (var f in findings)
            {
                var level = f.Level == DiagnosticLevel.Error ? "error" : "warning";
                var rule = Rules.All.FirstOrDefault(r => r.Id == f.Id);
                var id = rule is null ? Cell(f.Id) : $"[{Cell(f.Id)}]({ProjectSite.DiagnosticsSection(RuleDocs.For(rule).Heading)})";
                var location = Cell(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.Location.Path}:{f.Location.Line}:{f.Location.Column}"));
                text.Append($"| {level} | {id} | {location} | {Cell(f.Message)} |\n");
            }
            return text.ToString();
        }

        /// <summary>
        /// Text that stays in its table cell and shows as written: '|' escaped, line breaks as
        /// &lt;br&gt;, other control characters as in the text format, and the characters Markdown or
        /// HTML would read (&amp; &lt; &gt; \ * _ ` [ ] ~) escaped.
        /// </summary>
        public static string Cell(string text)
        {
            var cell = new StringBuilder(text.Length + 8);
            var escaped = LineText.Escape(text, keepCrLf: true);
            for (var i = 0; i < escaped.Length; i++)
            {
                var c = escaped[i];
                switch (c)
                {
                    case '\r' when i + 1 < escaped.Length && escaped[i + 1] == '\n':
                        break;   // CR LF is one break, written at the LF
                    case '\r':
                    case '\n':
                        cell.Append("<br>");
                        break;
                    case '|':
                        cell.Append("\\|");
                        break;
                    case '&':
                        cell.Append("&amp;");
                        break;
                    case '<':
                        cell.Append("&lt;");
                        break;
                    case '>':
                        cell.Append("&gt;");
                        break;
                    case '\\':
                        // An entity, not "\\": a backslash before the escaped '|' must not undo it.
                        cell.Append("&#92;");
                        break;
                    case '*' or '_' or '`' or '[' or ']' or '~':
                        cell.Append('\\').Append(c);
                        break;
                    default:
                        cell.Append(c);
                        break;
                }
            }
            return cell.ToString();
        }

        private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }
}
