using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// An indicator's series: its figures across reports in a stable order, and one chart per unit
    /// dimension. Within a dimension values are converted into one unit (exactly, in decimal) for
    /// their place on the axis; tables and tooltips keep each value as written.
    /// </summary>
    internal static class SeriesBuilder
    {
        public static SeriesView Build(Indicator indicator, IReadOnlyList<FigureView> figures)
        {
            var ordered = figures
                .OrderBy(f => f.Period.Length == 4 ? f.Period + "-" + f.Period : f.Period, StringComparer.Ordinal)
                .ThenBy(f => f.ReportId, StringComparer.Ordinal)
                .ThenBy(f => f.IsTarget ? 0 : 1)
                .ToList();
            var charts = ordered
                .Where(f => f.Quantity is not null)
                .GroupBy(f => f.Quantity!.Unit.Dimension, StringComparer.Ordinal)
                // The indicator's own unit first; others in the order they first appear.
                .OrderBy(g => g.Key == indicator.Unit.Dimension ? 0 : 1)
                .Select(g => Chart(g.Key == indicator.Unit.Dimension ? indicator.Unit : g.First().Quantity!.Unit, g.ToList()))
                .ToList();
            return new SeriesView(indicator.Code, indicator.Name, indicator.English, indicator.Kind.ToCode(), indicator.Unit.Name, ordered, charts);
        }

        private static SeriesChartModel Chart(Unit unit, IReadOnlyList<FigureView> figures)
        {
            var points = figures.Select(f =>
            {
                var quantity = f.Quantity!.Unit.Code == unit.Code ? f.Quantity : f.Quantity.ConvertTo(unit);
                var period = Period.Parse(f.Period);
                return new SeriesPoint(f, period.Start, period.End, quantity.Value, quantity.Max, quantity.Bound.ToCode());
            }).ToList();
            return new SeriesChartModel(unit.Code, unit.Name, points);
        }
    }
}
