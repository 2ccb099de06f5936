using ReportSdk.Schema.Text;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk targets [--indicator C] [--region R] [--year Y] [--headline] [--format table|json|csv] [PATH…]</c>:
    /// targets across reports, ordered by period, region and report. The table fits 120 terminal
    /// columns (long indicators and labels are cut with "…"); json and csv give every value whole.
    /// </summary>
    internal static class TargetsCommand
    {
        /// <summary>The width of the table: a common terminal, and what a CI log shows without wrapping.</summary>
        public const int TableWidth = 120;

        private static readonly string[] Columns = { "report", "region", "period", "indicator", "label", "bound", "value", "unit", "kind", "headline" };

        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var indicator = new Option<string?>("--indicator") { Description = "Only this indicator code, such as gdp-growth" };
            var region = new Option<string?>("--region") { Description = "Only this region code, such as luoyang" };
            var year = new Option<int?>("--year") { Description = "Only targets whose period includes this year" };
            var headline = new Option<bool>("--headline") { Description = "Only headline targets (the 主要预期目标)" };
            var format = new Option<string>("--format") { Description = "table (fits 120 columns), json or csv (every value whole)", DefaultValueFactory = _ => "table" };
            format.AcceptOnlyFromAmong("table", "json", "csv");
            var command = new Command("targets", "List targets across reports") { paths, indicator, region, year, headline, format };
            command.SetAction(result => Run(context, CommandContext.PathsOrDefault(result.GetValue(paths)), result.GetValue(indicator), result.GetValue(region),
                result.GetValue(year), result.GetValue(headline), result.GetValue(format)!));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, string? indicator, string? region, int? year, bool headline, string format)
        {
            var dataset = context.LoadValid(paths, out var exitCode);
            if (dataset is null) return exitCode;
            if (indicator is not null && dataset.Registry.Spec.FindIndicator(indicator) is null)
            {
                var known = dataset.Registry.Spec.Indicators.Select(i => i.Code.Value).ToList();
                context.Error.WriteLine(Unknown("indicator", indicator, known));
                return ExitCodes.Usage;
            }
            if (region is not null && dataset.Registry.Spec.FindRegion(region) is null)
            {
                var known = dataset.Registry.Spec.Regions.Select(r => r.Code.Value).ToList();
                context.Error.WriteLine(Unknown("region", region, known));
                return ExitCodes.Usage;
            }
            var targets = CommandContext.Read(dataset).Reports
                .SelectMany(r => r.Targets)
                .Where(t => indicator is null || t.Indicator?.Code == indicator)
                .Where(t => region is null || t.Region.Code == region)
                .Where(t => year is null || t.Period.Contains(year.Value))
                .Where(t => !headline || t.Headline)
                .OrderBy(t => t.Period).ThenBy(t => t.Region.GbCode, System.StringComparer.Ordinal).ThenBy(t => t.Report.Id, System.StringComparer.Ordinal)
                .ToList();
            switch (format)
            {
                case "json":
                    WriteJson(context.Output, targets);
                    break;
                case "csv":
                    WriteCsv(context.Output, targets);
                    break;
                default:
                    WriteTable(context.Output, targets);
                    break;
            }
            return ExitCodes.Ok;
        }

        private static void WriteTable(TextWriter output, IReadOnlyList<Target> targets)
        {
            // Indicator codes and labels are the long columns; the unit shrinks last, the rest never.
            var table = new TextTable(Columns) { MaxWidth = TableWidth }.Shrink("label", 12).Shrink("indicator", 12).Shrink("unit", 8);
            foreach (var t in targets)
            {
                var q = t.Quantity;
                table.Add(t.Report.Id, t.Region.Name, t.Period.ToString(), t.Indicator?.Code ?? "", t.Label,
                    q?.Bound.ToCode() ?? "qualitative", Value(q), Unit(q), t.Kind.ToCode(), t.Headline ? "yes" : "");
            }
            table.Write(output);
            output.WriteLine($"{table.RowCount} targets");
        }

        /// <summary>One object per target, every value whole: the table's columns, max, measure, section and quote.</summary>
        private static void WriteJson(TextWriter output, IReadOnlyList<Target> targets)
        {
            using var stream = new MemoryStream();
            using (var json = FindingWriter.JsonWriter(stream))
            {
                json.WriteStartArray();
                foreach (var t in targets)
                {
                    var q = t.Quantity;
                    json.WriteStartObject();
                    json.WriteString("report", t.Report.Id);
                    json.WriteString("key", t.Key);
                    json.WriteString("region", t.Region.Code);
                    json.WriteString("regionName", t.Region.Name);
                    json.WriteString("period", t.Period.ToString());
                    if (t.Indicator is null) json.WriteNull("indicator"); else json.WriteString("indicator", t.Indicator.Code);
                    json.WriteString("label", t.Label);
                    if (q is null) json.WriteNull("bound"); else json.WriteString("bound", q.Bound.ToCode());
                    if (q is null) json.WriteNull("value"); else json.WriteNumber("value", q.Value);
                    if (q?.Max is { } max) json.WriteNumber("max", max); else json.WriteNull("max");
                    if (q is null) json.WriteNull("unit"); else json.WriteString("unit", q.Unit.Code);
                    if (q?.Measure is null) json.WriteNull("measure"); else json.WriteString("measure", q.Measure);
                    json.WriteString("kind", t.Kind.ToCode());
                    json.WriteBoolean("headline", t.Headline);
                    json.WriteString("section", t.Section.Path);
                    json.WriteString("quote", t.Quote);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary>RFC 4180, the table's columns and max, measure, section and quote; no byte-order mark on standard output.</summary>
        private static void WriteCsv(TextWriter output, IReadOnlyList<Target> targets)
        {
            output.Write(CsvText.Line(new[] { "report", "key", "region", "period", "indicator", "label", "bound", "value", "max", "unit", "measure", "kind", "headline", "section", "quote" }));
            foreach (var t in targets)
            {
                var q = t.Quantity;
                output.Write(CsvText.Line(new[]
                {
                    t.Report.Id, t.Key, t.Region.Code, t.Period.ToString(), t.Indicator?.Code, t.Label, q?.Bound.ToCode(),
                    q?.Value.ToString(CultureInfo.InvariantCulture), q?.Max?.ToString(CultureInfo.InvariantCulture), q?.Unit.Code, q?.Measure,
                    t.Kind.ToCode(), t.Headline ? "true" : "false", t.Section.Path, t.Quote,
                }));
            }
        }

        /// <summary><c>reportsdk: unknown region 'luoyng'; did you mean 'luoyang'? known: luoyang, jianxi…</c></summary>
        private static string Unknown(string what, string value, IReadOnlyList<string> known)
            => LineText.Escape($"reportsdk: unknown {what} '{value}'; {(ClosestName.Find(value, known) is { } closest ? $"did you mean '{closest}'? " : "")}known: {string.Join(", ", known)}");

        private static string Value(Quantity? q)
            => q is null ? "" : q.Max is { } max ? string.Create(CultureInfo.InvariantCulture, $"{q.Value}-{max}") : q.Value.ToString(CultureInfo.InvariantCulture);

        private static string Unit(Quantity? q) => q is null ? "" : q.Unit.Code + (q.Measure is null ? "" : " " + q.Measure);
    }
}
