using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Curation.Coverage;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk coverage [PATH…] [--format text|json] [--all]</c>: every number of each source
    /// text that no target, actual or dismissal accounts for, grouped by section. Exits 1 while
    /// one is left in an outlook, plan or key-work section.
    /// </summary>
    internal static class CoverageCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("coverage", "Show the numbers of the sources that no target, actual or dismissal accounts for") { paths, format };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(format) == "json"));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, bool json)
        {
            var dataset = context.LoadValid(paths, out var exitCode);
            if (dataset is null) return exitCode;
            var coverage = dataset.Specs
                .OrderBy(r => r.Id.Value, System.StringComparer.Ordinal)
                .Select(r => CoverageAnalyzer.Analyze(r, dataset.SourceOf(r)!))
                .ToList();
            if (json) WriteJson(context.Output, coverage);
            else WriteText(context.Output, coverage);
            return coverage.Any(c => c.UnaccountedInPlanning.Any()) ? ExitCodes.DataErrors : ExitCodes.Ok;
        }

        private static void WriteText(TextWriter output, IReadOnlyList<ReportCoverage> coverage)
        {
            foreach (var report in coverage)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{report.ReportId}: {report.Numbers.Count} numbers — {report.Count(NumberStatus.Quoted)} quoted, {report.Count(NumberStatus.Dismissed)} dismissed, {report.Count(NumberStatus.Unaccounted)} unaccounted ({report.UnaccountedInPlanning.Count()} in plan sections); section tree covers {report.SectionTreeShare:P1} of the text"));
                foreach (var section in report.Unaccounted.GroupBy(n => n.SectionPath))
                {
                    var role = section.First().Role;
                    output.WriteLine($"  {(section.Key.Length == 0 ? "(before the first section)" : section.Key)} [{(role.Length == 0 ? "none" : role)}]:");
                    foreach (var number in section)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    line {number.Line}: {number.Number}  …{number.Context}…"));
                    }
                }
            }
            var planning = coverage.Sum(c => c.UnaccountedInPlanning.Count());
            output.WriteLine(planning == 0
                ? "every number in the outlook, plan and key-work sections is a target, an actual or dismissed"
                : $"{planning} numbers in outlook, plan or key-work sections are unaccounted for");
        }

        private static void WriteJson(TextWriter output, IReadOnlyList<ReportCoverage> coverage)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (var report in coverage)
                {
                    json.WriteStartObject();
                    json.WriteString("report", report.ReportId);
                    json.WriteNumber("numbers", report.Numbers.Count);
                    json.WriteNumber("quoted", report.Count(NumberStatus.Quoted));
                    json.WriteNumber("dismissed", report.Count(NumberStatus.Dismissed));
                    json.WriteNumber("unaccounted", report.Count(NumberStatus.Unaccounted));
                    json.WriteNumber("unaccountedInPlanSections", report.UnaccountedInPlanning.Count());
                    json.WritePropertyName("sectionTreeShare");
                    json.WriteRawValue(decimal.Round(report.SectionTreeShare, 4).ToString(CultureInfo.InvariantCulture));
                    json.WriteStartArray("unaccountedNumbers");
                    foreach (var number in report.Unaccounted)
                    {
                        json.WriteStartObject();
                        json.WriteString("number", number.Number);
                        json.WriteNumber("line", number.Line);
                        json.WriteString("section", number.SectionPath);
                        json.WriteString("role", number.Role);
                        json.WriteString("context", number.Context);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }
    }
}
