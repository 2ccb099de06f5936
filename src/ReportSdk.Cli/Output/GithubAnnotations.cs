using ReportSdk.Compiler.Text;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// Findings as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=RS3001::message</c>),
    /// which the runner turns into annotations on the changed files. GitHub shows at most 10
    /// error and 10 warning annotations of a step and drops the rest without a word, so only that
    /// many of each are printed, followed by one notice that says how many were left out and
    /// where to read them all.
    /// </summary>
    internal static class GithubAnnotations
    {
        /// <summary>GitHub's limit of annotations per level and step.</summary>
        public const int MaxPerLevel = 10;

        /// <param name="output">Receives the workflow commands.</param>
        /// <param name="findings">The findings in output order; the first ones of each level are shown.</param>
        /// <param name="inStepSummary">Whether every finding was written to the step summary, which the notice then points to.</param>
        public static void Write(TextWriter output, IReadOnlyList<Finding> findings, bool inStepSummary)
        {
            var shown = new Dictionary<DiagnosticLevel, int>();
            foreach (var finding in findings)
            {
                shown.TryGetValue(finding.Level, out var count);
                if (count >= MaxPerLevel) continue;
                shown[finding.Level] = count + 1;
                output.WriteLine(Command(finding));
            }
            var hiddenErrors = findings.Count(f => f.Level == DiagnosticLevel.Error) - shown.GetValueOrDefault(DiagnosticLevel.Error);
            var hiddenWarnings = findings.Count(f => f.Level != DiagnosticLevel.Error) - shown.GetValueOrDefault(DiagnosticLevel.Warning);
            if (hiddenErrors + hiddenWarnings > 0)
            {
                output.WriteLine("::notice title=reportsdk::" + Escape(Notice(hiddenErrors, hiddenWarnings, findings.Count, inStepSummary), property: false));
            }
        }

        /// <summary>One finding as a workflow command.</summary>
        public static string Command(Finding f)
        {
            var level = f.Level == DiagnosticLevel.Error ? "error" : "warning";
            return $"::{level} file={Escape(f.Location.Path, true)},line={f.Location.Line},col={f.Location.Column},endLine={f.Location.EndLine},endColumn={f.Location.EndColumn},title={f.Id}::{Escape(f.Message, false)}";
        }

        private static string Notice(int hiddenErrors, int hiddenWarnings, int total, bool inStepSummary)
        {
            var hidden = string.Join(" and ", new[] { Count(hiddenErrors, "error"), Count(hiddenWarnings, "warning") }.Where(part => part.Length > 0));
            var where = inStepSummary ? "see the step summary for all " + total : "run 'reportsdk validate --format text' to see all " + total;
            return $"{hidden} not shown as annotations (GitHub shows at most {MaxPerLevel} of each level); {where} findings";
        }

        private static string Count(int count, string noun) => count switch
        {
            0 => "",
            1 => $"1 more {noun}",
            _ => $"{count} more {noun}s",
        };

        // GitHub workflow command escaping: %, CR, LF always; ':' and ',' in properties. The runner
        // decodes only those; other line breaks and control characters are escaped as in the text
        // format, so that no log viewer splits the command.
        private static string Escape(string text, bool property)
        {
            var escaped = LineText.Escape(text, keepCrLf: true).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
            return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
        }
    }
}
