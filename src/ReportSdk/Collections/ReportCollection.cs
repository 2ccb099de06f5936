using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ReportSdk
{
    /// <summary>
    /// All reports of a dataset, ordered by id, with lookup by id and queries across reports
    /// (every target of one indicator, ordered by period and region).
    /// </summary>
    public sealed class ReportCollection : IReadOnlyList<Report>
    {
        private readonly Report[] _reports;
        private readonly KeyIndex _byId;

        // Series are computed once per indicator: the dataset never changes, so asking again costs a lookup.
        private readonly ConcurrentDictionary<string, IReadOnlyList<Target>> _targetSeries = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, IReadOnlyList<Actual>> _actualSeries = new(StringComparer.Ordinal);

        /// <summary>Creates the collection from reports in any order.</summary>
        public ReportCollection(IEnumerable<Report> reports)
        {
            _reports = reports.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
            var ids = new string[_reports.Length];
            for (var i = 0; i < ids.Length; i++) ids[i] = _reports[i].Id;
            _byId = new KeyIndex(ids);
        }

        /// <inheritdoc />
        public int Count => _reports.Length;

        /// <inheritdoc />
        public Report this[int index] => _reports[index];

        /// <summary>The report with this id; throws <see cref="KeyNotFoundException"/> if there is none.</summary>
        public Report Get(string id) => TryGet(id, out var report) ? report : throw NotFound.Error("report with id", id, _reports.Select(r => r.Id));

        /// <summary>The report with this id, if there is one.</summary>
        public bool TryGet(string id, [MaybeNullWhen(false)] out Report report)
        {
            ArgumentNullException.ThrowIfNull(id);
            var at = _byId.IndexOf(id);
            report = at < 0 ? null : _reports[at];
            return at >= 0;
        }

        /// <summary>Every target of one indicator across reports, ordered by period, region code and report id.</summary>
        public IReadOnlyList<Target> TargetsOf(Indicator indicator) => TargetsOf(indicator.Code);

        /// <summary>Every target with this indicator code across reports, ordered by period, region code and report id.</summary>
        public IReadOnlyList<Target> TargetsOf(string indicatorCode)
            => _targetSeries.GetOrAdd(indicatorCode, static (code, reports) => Series(reports, code, r => r.Targets), _reports);

        /// <summary>Every actual of one indicator across reports, ordered by period, region code and report id.</summary>
        public IReadOnlyList<Actual> ActualsOf(Indicator indicator) => ActualsOf(indicator.Code);

        /// <summary>Every actual with this indicator code across reports, ordered by period, region code and report id.</summary>
        public IReadOnlyList<Actual> ActualsOf(string indicatorCode)
            => _actualSeries.GetOrAdd(indicatorCode, static (code, reports) => Series(reports, code, r => r.Actuals), _reports);

        /// <inheritdoc />
        public IEnumerator<Report> GetEnumerator() => ((IEnumerable<Report>)_reports).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // A plain array sort over one comparison: LINQ's OrderBy on a struct key would compile its
        // whole sorting machinery for that key at the first query.
        private static IReadOnlyList<TFigure> Series<TFigure>(Report[] reports, string code, Func<Report, FigureList<TFigure>> figures) where TFigure : Figure
        {
            var series = new List<TFigure>();
            foreach (var report in reports)
            {
                foreach (var figure in figures(report))
                {
                    if (figure.Indicator?.Code == code) series.Add(figure);
                }
            }
            var sorted = series.ToArray();
            // Stable: figures of one report keep their document order.
            var order = new int[sorted.Length];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => Compare(sorted[a], sorted[b]) is var c && c != 0 ? c : a.CompareTo(b));
            var result = new TFigure[sorted.Length];
            for (var i = 0; i < order.Length; i++) result[i] = sorted[order[i]];
            return Array.AsReadOnly(result);
        }

        private static int Compare(Figure a, Figure b)
        {
            var byPeriod = a.Period.CompareTo(b.Period);
            if (byPeriod != 0) return byPeriod;
            var byRegion = string.CompareOrdinal(a.Report.Region.GbCode, b.Report.Region.GbCode);
            return byRegion != 0 ? byRegion : string.CompareOrdinal(a.Report.Id, b.Report.Id);
        }
    }
}
