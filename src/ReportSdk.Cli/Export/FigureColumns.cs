using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// The columns of a figure row, in their one order: where the figure is (report, region, list),
    /// then its fields in the order of the export's figure object (ExportShape). The CSV export,
    /// <c>reportsdk targets</c> in every format, and any other listing of figures read them from here;
    /// docs/format.md lists them.
    /// </summary>
    internal static class FigureColumns
    {
        public static readonly IReadOnlyList<FigureColumn> All = new[]
        {
            FigureColumn.Text("report", f => f.Report.Id),
            FigureColumn.Text("region", f => f.Region.Code),
            FigureColumn.Text("regionName", f => f.Region.Name),
            FigureColumn.Text("list", f => f is Target ? "target" : "actual"),
            FigureColumn.Text("key", f => f.Key),
            FigureColumn.Text("indicator", f => f.Indicator?.Code),
            FigureColumn.Text("label", f => f.Label),
            FigureColumn.Number("value", f => f.Quantity?.Value),
            FigureColumn.Number("max", f => f.Quantity?.Max),
            FigureColumn.Text("unit", f => f.Quantity?.Unit.Code),
            FigureColumn.Text("measure", f => f.Quantity?.Measure),
            FigureColumn.Text("bound", f => f.Quantity?.Bound.ToCode()),
            FigureColumn.Text("period", f => f.Period.ToString()),
            FigureColumn.Text("kind", f => f.Kind.ToCode()),
            FigureColumn.Flag("headline", f => f.Headline),
            FigureColumn.Flag("aspirational", f => f.Aspirational),
            FigureColumn.Flag("qualitative", f => f.IsQualitative),
            FigureColumn.Text("section", f => f.Section.Path),
            FigureColumn.Text("quote", f => f.Quote),
            FigureColumn.Text("note", f => f.Note),
            FigureColumn.Text("conflictsWith", f => f.ConflictsWith),
        };

        /// <summary>The columns with these names, in the columns' order (a view that shows fewer, such as a table).</summary>
        /// <exception cref="ArgumentException">A name is not a column's.</exception>
        public static IReadOnlyList<FigureColumn> Named(params string[] names)
        {
            var unknown = names.Where(n => All.All(c => c.Name != n)).ToList();
            if (unknown.Count > 0) throw new ArgumentException("not a figure column: " + string.Join(", ", unknown), nameof(names));
            return All.Where(c => names.Contains(c.Name)).ToList();
        }

        /// <summary>A report's figures in the rows' order: its targets, then its actuals, each in document order.</summary>
        public static IEnumerable<Figure> Of(Report report) => report.Targets.Cast<Figure>().Concat(report.Actuals);
    }
}
