using System.Collections.Generic;

namespace ReportSdk.Cli.Site
{
    /// <summary>An indicator's page: every figure of it across reports, years and regions, and its charts.</summary>
    /// <remarks>
    /// The page is <c>indicators/CODE.html</c>. <c>Figures</c> holds every figure of the indicator, by
    /// period, then report id, targets before actuals; <c>Charts</c> one chart per dimension of the
    /// figures' units (亿元 and 亿美元 do not share an axis).
    /// </remarks>
    internal sealed record SeriesView(string Code, string Name, string English, string Kind, string UnitName, IReadOnlyList<FigureView> Figures, IReadOnlyList<SeriesChartModel> Charts)
    {
        public string FileName => Code + ".html";
    }

    /// <summary>The figures of one unit dimension, in one unit, ready to draw.</summary>
    /// <remarks>The axis is in the unit <c>UnitName</c> (such as 亿元); <c>Points</c> has one point per quantified figure.</remarks>
    internal sealed record SeriesChartModel(string UnitCode, string UnitName, IReadOnlyList<SeriesPoint> Points);

    /// <summary>
    /// A figure on a chart: its period (a range of years is drawn as a span), its value converted into
    /// the chart's unit (for the position only; the table keeps the value as written) and its bound.
    /// </summary>
    internal sealed record SeriesPoint(FigureView Figure, int StartYear, int EndYear, decimal Value, decimal? Max, string Bound);
}
