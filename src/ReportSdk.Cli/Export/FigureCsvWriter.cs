using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// Writes every target and actual as one CSV row (RFC 4180), for spreadsheets. UTF-8 with a
    /// byte-order mark so that spreadsheet programs read the Chinese text correctly; LF line ends.
    /// </summary>
    public static class DatasetCsvWriter
    {
        private static readonly string[] Header =
        {
            "report", "region", "list", "key", "indicator", "label", "value", "max", "unit", "measure", "bound", "period",
            "kind", "headline", "aspirational", "qualitative", "section", "quote", "note", "conflictsWith",
        };

        public static void Write(TextWriter output, IEnumerable<Report> reports)
        {
            output.Write(string.Join(",", Header) + "\n");
            foreach (var report in reports)
            {
                foreach (var target in report.Targets) WriteRow(output, report, "target", target);
                foreach (var actual in report.Actuals) WriteRow(output, report, "actual", actual);
            }
        }

        private static void WriteRow(TextWriter output, Report report, string list, Figure f)
        {
            var q = f.Quantity;
            var cells = new[]
            {
                report.Id, report.Region.Code, list, f.Key, f.Indicator?.Code, f.Label,
                q?.Value.ToString(CultureInfo.InvariantCulture), q?.Max?.ToString(CultureInfo.InvariantCulture),
                q?.Unit.Code, q?.Measure, q?.Bound.ToCode(), f.Period.ToString(), f.Kind.ToCode(),
                Bool(f.Headline), Bool(f.Aspirational), Bool(f.IsQualitative), f.Section.Path, f.Quote, f.Note, f.ConflictsWith,
            };
            output.Write(Output.CsvText.Line(cells));
        }

        private static string Bool(bool value) => value ? "true" : "false";
    }
}
