using ReportSdk.Compiler.Text;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk targets [--indicator C] [--region R] [--year Y] [--headline] [--format table|json|csv] [PATH…]</c>:
    /// targets across reports, ordered by period, region and report, as figure rows
    /// (<see cref="FigureColumns"/>): json and csv give every column with every value whole; the
    /// table shows some of them and fits 120 terminal columns (long indicators and labels are cut with "…").
    /// </summary>
    internal static class TargetsCommand
    {
        /// <summary>The width of the table: a common terminal, and what a CI log shows without wrapping.</summary>
        public const int TableWidth = 120;

        /// <summary>The figure columns the table shows (the others are in json and csv), in the columns' order.</summary>
        private static readonly IReadOnlyList<FigureColumn> TableColumns = FigureColumns.Named("report", "region", "indicator", "label", "value", "max", "unit", "bound", "period", "kind", "headline");

        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var indicator = new Option<string?>("--indicator") { Description = "Only this indicator code, such as gdp-growth" };
            var region = new Option<string?>("--region") { Description = "Only this region code, such as luoyang" };
            var year = new Option<int?>("--year") { Description = "Only targets whose period includes this year" };
            year.Validators.Add(result =>
            {
                // A plan's year has four digits; 0 or -1 is a slip that would list nothing.
                // A token that is no number at all is the parser's to report (GetValueOrDefault would throw on it).
                if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                    && value is < 1000 or > 9999)
                {
                    result.AddError($"--year takes a year, e.g. 2021, not '{result.Tokens[0].Value}'");
                }
            });
            var headline = new Option<bool>("--headline") { Description = "Only headline targets (the 主要预期目标)" };
            var format = new Option<string>("--format") { Description = "table (fits 120 columns), json or csv (every value whole)", DefaultValueFactory = _ => "table" };
            format.AcceptOnlyFromAmong("table", "json", "csv");
            var command = new Command("targets", "List targets across reports") { paths, indicator, region, year, headline, format };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(indicator), result.GetValue(region),
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
                    FigureCsvWriter.Write(context.Output, targets);
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
            var table = new TextTable(TableColumns.Select(c => c.Name).ToArray()) { MaxWidth = TableWidth }.Shrink("label", 12).Shrink("indicator", 12).Shrink("unit", 8)
                .AlignRight("value", "max");
            foreach (var t in targets) table.Add(TableColumns.Select(c => c.TextOf(t) ?? "").ToArray());
            table.Write(output);
            output.WriteLine($"{table.RowCount} targets");
        }

        /// <summary>Every column of every target, values whole (<see cref="FigureColumns"/>).</summary>
        private static void WriteJson(TextWriter output, IReadOnlyList<Target> targets)
        {
            using var stream = new MemoryStream();
            using (var json = FindingWriter.JsonWriter(stream))
            {
                FigureJsonWriter.Write(json, targets);
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        /// <summary><c>reportsdk: unknown region 'luoyng'; did you mean 'luoyang'? known: luoyang, jianxi…</c></summary>
        private static string Unknown(string what, string value, IReadOnlyList<string> known)
            => LineText.Escape($"reportsdk: unknown {what} '{value}'; {(ClosestName.Find(value, known) is { } closest ? $"did you mean '{closest}'? " : "")}known: {string.Join(", ", known)}");
    }
}
