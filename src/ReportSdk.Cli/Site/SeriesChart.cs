using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Prints one chart of a series as inline SVG, computed here, no library: years across, values
    /// up, one mark per figure. A mark shows its bound — at least (≥) is a tick with an arrow up,
    /// at most an arrow down, a range a bar from low to high, about a ring — because ≥ 8 % is not
    /// 8 %; a figure for several years has a line across them. Geometry is decimal, printed
    /// invariant, so the same data gives the same bytes.
    /// </summary>
    internal static class SeriesChart
    {
        private const int Width = 760;
        private const int Height = 340;
        private const int Left = 72;
        private const int Right = 20;
        private const int Top = 30;
        private const int Bottom = 44;

        public static string Write(SeriesChartModel chart, string labelledBy)
        {
            var points = chart.Points;
            var firstYear = points.Min(p => p.StartYear);
            var lastYear = points.Max(p => p.EndYear);
            var band = (decimal)(Width - Left - Right) / (lastYear - firstYear + 1);
            var values = points.SelectMany(p => p.Max is { } max ? new[] { p.Value, max } : new[] { p.Value }).ToList();
            var (low, high, step) = Axis(Math.Min(0m, values.Min()), values.Max());
            decimal Y(decimal value) => Top + (high - value) * (Height - Top - Bottom) / (high - low);

            var svg = new StringBuilder();
            svg.Line($"<svg class=\"series-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"group\" aria-labelledby=\"{Html.Escape(labelledBy)}\" xmlns=\"http://www.w3.org/2000/svg\">");
            svg.Line($"<text class=\"unit\" x=\"{Left}\" y=\"16\">{Html.Escape(chart.UnitName)}</text>");

            // Value axis: gridlines at round steps, the zero line stronger.
            for (var tick = low; tick <= high; tick += step)
            {
                var y = Coord(Y(tick));
                svg.Line($"<line class=\"{(tick == 0 ? "grid zero" : "grid")}\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\"/>"
                    + $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Trim(tick)}</text>");
            }

            // Year axis: one band per year, labelled (every n-th year when there are many).
            var every = Math.Max(1, (lastYear - firstYear + 12) / 12);
            for (var year = firstYear; year <= lastYear; year++)
            {
                if ((year - firstYear) % every != 0) continue;
                svg.Line($"<text class=\"year\" x=\"{Coord(Left + (year - firstYear) * band + band / 2)}\" y=\"{Height - Bottom + 20}\" text-anchor=\"middle\">{Html.Number(year)}</text>");
            }
            svg.Line($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\"/>");

            // Marks: the figures ending in one year share its band side by side, in series order.
            foreach (var year in points.GroupBy(p => p.EndYear))
            {
                var inYear = year.ToList();
                for (var i = 0; i < inYear.Count; i++)
                {
                    var point = inYear[i];
                    var x = Left + (point.EndYear - firstYear) * band + band * (i + 1) / (inYear.Count + 1);
                    var spanStart = point.StartYear == point.EndYear ? (decimal?)null : Left + (point.StartYear - firstYear) * band + band / 2;
                    Mark(svg, point, x, Y(point.Value), point.Max is { } max ? Y(max) : null, spanStart);
                }
            }
            svg.Line("</svg>");
            return svg.ToString();
        }

        private static void Mark(StringBuilder svg, SeriesPoint point, decimal x, decimal y, decimal? yMax, decimal? spanStart)
        {
            var figure = point.Figure;
            var href = $"../reports/{Html.Escape(figure.ReportId)}.html#{Html.Escape(figure.QuoteAnchor)}";
            svg.Append($"<a class=\"mark {figure.List} bound-{Html.Escape(point.Bound)}\" href=\"{href}\" data-figure=\"{Html.Escape(figure.ReportId + "#" + figure.Anchor)}\">");
            svg.Append($"<title>{Html.Escape($"{figure.RegionName} {figure.Period} {figure.List} {figure.Label}: {figure.ValueText} ({QuantityText.Words(point.Bound)}) — {figure.ReportId}, {figure.Key}")}</title>");
            string X(decimal dx) => Coord(x + dx);
            string At(decimal dy) => Coord(y + dy);
            if (spanStart is { } from) svg.Append($"<line class=\"span\" x1=\"{Coord(from)}\" y1=\"{At(0)}\" x2=\"{X(0)}\" y2=\"{At(0)}\"/>");
            // A transparent disc under the glyph: a target for a finger as well as a pointer.
            svg.Append($"<circle class=\"hit\" cx=\"{X(0)}\" cy=\"{At(0)}\" r=\"11\"/>");
            switch (point.Bound)
            {
                case "at-least":
                case "more-than":
                    svg.Append(Tick(x, y));
                    svg.Append($"<line class=\"stem\" x1=\"{X(0)}\" y1=\"{At(0)}\" x2=\"{X(0)}\" y2=\"{At(-16)}\"/>");
                    svg.Append($"<polygon class=\"{(point.Bound == "more-than" ? "head open" : "head")}\" points=\"{X(0)},{At(-24)} {X(-5)},{At(-15)} {X(5)},{At(-15)}\"/>");
                    break;
                case "at-most":
                    svg.Append(Tick(x, y));
                    svg.Append($"<line class=\"stem\" x1=\"{X(0)}\" y1=\"{At(0)}\" x2=\"{X(0)}\" y2=\"{At(16)}\"/>");
                    svg.Append($"<polygon class=\"head\" points=\"{X(0)},{At(24)} {X(-5)},{At(15)} {X(5)},{At(15)}\"/>");
                    break;
                case "range":
                    var top = Coord(yMax ?? y);
                    svg.Append($"<line class=\"bar\" x1=\"{X(0)}\" y1=\"{At(0)}\" x2=\"{X(0)}\" y2=\"{top}\"/>");
                    svg.Append(Tick(x, y));
                    svg.Append(Tick(x, yMax ?? y));
                    break;
                case "about":
                    svg.Append($"<circle class=\"dot\" cx=\"{X(0)}\" cy=\"{At(0)}\" r=\"3.5\"/><circle class=\"ring\" cx=\"{X(0)}\" cy=\"{At(0)}\" r=\"8\"/>");
                    break;
                case "estimate":
                    svg.Append($"<circle class=\"ring dashed\" cx=\"{X(0)}\" cy=\"{At(0)}\" r=\"6\"/>");
                    break;
                case "nearly":
                    svg.Append(Tick(x, y));
                    svg.Append($"<polygon class=\"head\" points=\"{X(0)},{At(1)} {X(-5)},{At(10)} {X(5)},{At(10)}\"/>");
                    break;
                default:
                    // exact: a square for a target, a circle for an actual (told apart without colour too).
                    svg.Append(figure.IsTarget
                        ? $"<rect class=\"dot\" x=\"{X(-5)}\" y=\"{At(-5)}\" width=\"10\" height=\"10\"/>"
                        : $"<circle class=\"dot\" cx=\"{X(0)}\" cy=\"{At(0)}\" r=\"5.5\"/>");
                    break;
            }
            svg.Line("</a>");
        }

        private static string Tick(decimal x, decimal y) => $"<line class=\"tickmark\" x1=\"{Coord(x - 7)}\" y1=\"{Coord(y)}\" x2=\"{Coord(x + 7)}\" y2=\"{Coord(y)}\"/>";

        /// <summary>Round bounds and a step of 1, 2 or 5 times a power of ten, about five steps from low to high.</summary>
        private static (decimal Low, decimal High, decimal Step) Axis(decimal low, decimal high)
        {
            var raw = (high - low) / 5;
            if (raw <= 0) raw = Math.Max(Math.Abs(high), 1m) / 5;
            var power = 1m;
            while (power * 10 <= raw) power *= 10;
            while (power > raw) power /= 10;
            var step = new[] { 1m, 2m, 5m, 10m }.Select(m => m * power).First(s => s >= raw);
            var axisLow = Math.Floor(low / step) * step;
            var axisHigh = Math.Ceiling(high / step) * step;
            if (axisHigh <= axisLow) axisHigh = axisLow + step;
            return (axisLow, axisHigh, step);
        }

        // Coordinates to two places, without trailing zeros: short and the same on every machine.
        private static string Coord(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

        private static string Trim(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
    }
}
