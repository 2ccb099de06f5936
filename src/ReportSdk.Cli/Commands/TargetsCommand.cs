using System.CommandLine;
using System.Globalization;
using System.Linq;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk targets [--indicator C] [--region R] [--year Y] [PATH…]</c>: targets across
    /// reports as a table, ordered by period, region and report.
    /// </summary>
    internal static class TargetsCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var indicator = new Option<string?>("--indicator") { Description = "Only this indicator code, such as gdp-growth" };
            var region = new Option<string?>("--region") { Description = "Only this region code, such as luoyang" };
            var year = new Option<int?>("--year") { Description = "Only targets whose period includes this year" };
            var command = new Command("targets", "List targets across reports") { paths, indicator, region, year };
            command.SetAction(result => Run(context, CommandContext.PathsOrDefault(result.GetValue(paths)), result.GetValue(indicator), result.GetValue(region), result.GetValue(year)));
            return command;
        }

        private static int Run(CommandContext context, System.Collections.Generic.IReadOnlyList<string> paths, string? indicator, string? region, int? year)
        {
            var dataset = context.LoadValid(paths, out var exitCode);
            if (dataset is null) return exitCode;
            if (indicator is not null && dataset.Registry.Spec.FindIndicator(indicator) is null)
            {
                context.Error.WriteLine($"reportsdk: unknown indicator '{indicator}'; known: {string.Join(", ", dataset.Registry.Spec.Indicators.Select(i => i.Code.Value))}");
                return ExitCodes.Usage;
            }
            if (region is not null && dataset.Registry.Spec.FindRegion(region) is null)
            {
                context.Error.WriteLine($"reportsdk: unknown region '{region}'; known: {string.Join(", ", dataset.Registry.Spec.Regions.Select(r => r.Code.Value))}");
                return ExitCodes.Usage;
            }
            var targets = CommandContext.Read(dataset).Reports
                .SelectMany(r => r.Targets)
                .Where(t => indicator is null || t.Indicator?.Code == indicator)
                .Where(t => region is null || t.Region.Code == region)
                .Where(t => year is null || t.Period.Contains(year.Value))
                .OrderBy(t => t.Period).ThenBy(t => t.Region.GbCode, System.StringComparer.Ordinal).ThenBy(t => t.Report.Id, System.StringComparer.Ordinal);
            var table = new TextTable("report", "region", "period", "indicator", "label", "bound", "value", "unit", "kind", "headline");
            foreach (var t in targets)
            {
                var q = t.Quantity;
                var value = q is null ? "" : q.Max is { } max ? string.Create(CultureInfo.InvariantCulture, $"{q.Value}-{max}") : q.Value.ToString(CultureInfo.InvariantCulture);
                table.Add(t.Report.Id, t.Region.Name, t.Period.ToString(), t.Indicator?.Code ?? "", t.Label,
                    q?.Bound.ToCode() ?? "qualitative", value, q is null ? "" : q.Unit.Code + (q.Measure is null ? "" : " " + q.Measure),
                    t.Kind.ToCode(), t.Headline ? "yes" : "");
            }
            table.Write(context.Output);
            context.Output.WriteLine($"{table.RowCount} targets");
            return ExitCodes.Ok;
        }
    }
}
