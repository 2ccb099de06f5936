using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Watching
{
    /// <summary>
    /// What changed between two runs' findings, as <c>validate --watch</c> prints it: a new finding
    /// as <c>+ file(l,c): error RS…: …</c>, a finding gone as <c>- fixed: file(l,c): error RS…: …</c>,
    /// in output order (file, line, column). A finding that only moved (a line inserted above it)
    /// is one gone and one new: the line printed is where it is now.
    /// </summary>
    internal static class FindingChanges
    {
        public static IReadOnlyList<string> Between(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
        {
            var old = new HashSet<string>(before.Select(FindingWriter.Text), StringComparer.Ordinal);
            var now = new HashSet<string>(after.Select(FindingWriter.Text), StringComparer.Ordinal);
            var fixedLines = FindingWriter.Ordered(before).Select(FindingWriter.Text).Where(l => !now.Contains(l)).Select(l => "- fixed: " + l);
            var newLines = FindingWriter.Ordered(after).Select(FindingWriter.Text).Where(l => !old.Contains(l)).Select(l => "+ " + l);
            return fixedLines.Concat(newLines).ToList();
        }
    }
}
