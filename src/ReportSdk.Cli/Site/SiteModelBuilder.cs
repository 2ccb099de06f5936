using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// Builds the <see cref="SiteModel"/> from the one compiled dataset: the runtime objects for
    /// what each figure is, the compiler's specs for where it was curated (YAML line), and the
    /// compiler's coverage analysis for where quotes, headings and numbers stand in the source text.
    /// Nothing here searches a text itself.
    /// </summary>
    internal static class SiteModelBuilder
    {
        /// <param name="compiled">The compiled dataset, free of errors.</param>
        /// <param name="dataset">Its runtime objects (<see cref="Loading.DatasetLoader.Read"/>).</param>
        public static SiteModel Build(CompiledDataset compiled, ReportDataset dataset)
        {
            var specs = compiled.Specs.ToDictionary(s => s.Id.Value, StringComparer.Ordinal);
            var reports = dataset.Reports
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => BuildReport(r, specs[r.Id], compiled.SourceOf(specs[r.Id]) ?? throw new InvalidOperationException($"no source text for '{r.Id}'")))
                .ToList();
            var series = dataset.Registry.Indicators
                .Select(indicator => SeriesBuilder.Build(indicator, reports.SelectMany(r => r.Figures).Where(f => f.IndicatorCode == indicator.Code).ToList()))
                .Where(s => s.Figures.Count > 0)
                .ToList();
            return new SiteModel(dataset.Info.Version, dataset.Info.ContentHash, reports, series);
        }

        private static ReportView BuildReport(Report report, ReportSpec spec, SourceDocument source)
        {
            var coverage = CoverageAnalyzer.Analyze(spec, source);
            var quotes = coverage.Quotes.ToDictionary(q => (q.IsTarget, q.Figure.Key.Value));

            // Figures whose quotes are the same text share one highlight, named after the first of them.
            var groups = coverage.Quotes
                .GroupBy(q => (q.Start, q.End))
                .ToDictionary(g => g.Key, g => "q-" + Anchor(g.First().IsTarget, g.First().Figure.Key.Value));
            FigureView View(Figure figure, bool isTarget)
            {
                var placed = quotes[(isTarget, figure.Key)];
                return BuildFigure(report, figure, isTarget, placed.Figure, groups[(placed.Start, placed.End)]);
            }
            var targets = report.Targets.Select(t => View(t, true)).ToList();
            var actuals = report.Actuals.Select(a => View(a, false)).ToList();
            var figures = targets.Concat(actuals).ToList();

            var numbers = coverage.Numbers
                .Where(n => n.Status != NumberStatus.Quoted)
                .Select((n, i) => (Occurrence: n, View: BuildNumber(n, i)))
                .ToList();
            var marks = new List<SourceMark>();
            marks.AddRange(coverage.Headings.Select(h => new HeadingMark(SectionAnchor(h.Path), h.Start, h.End, h.Path)));
            marks.AddRange(coverage.Quotes
                .GroupBy(q => (q.Start, q.End))
                .Select(g => new QuoteMark(groups[g.Key], g.Key.Start, g.Key.End,
                    g.Select(q => figures.First(f => f.IsTarget == q.IsTarget && f.Key == q.Figure.Key.Value)).ToList())));
            marks.AddRange(numbers.Select(n => new NumberMark(n.View.Anchor, n.Occurrence.Start, n.Occurrence.End, n.View)));

            return new ReportView(
                report.Id,
                report.Title,
                report.Kind.ToCode(),
                report.Region.Code,
                report.Region.Name,
                report.Delivered.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                report.ReviewYear,
                report.PlanYear,
                report.Session,
                report.Speaker.Name + "，" + report.Speaker.Title,
                DisplayPath(spec.Path),
                DisplayPath(source.Path),
                CountSections(report.Sections),
                report.Sections.Select(s => BuildSection(s, figures)).ToList(),
                targets,
                actuals,
                new CoverageView(
                    coverage.Numbers.Count,
                    coverage.Count(NumberStatus.Quoted),
                    coverage.Count(NumberStatus.Dismissed),
                    coverage.Count(NumberStatus.Unaccounted),
                    numbers.Select(n => n.View).Where(n => !n.Dismissed).ToList()),
                SourceLayout.Layout(source.Text, marks));
        }

        private static FigureView BuildFigure(Report report, Figure figure, bool isTarget, FigureSpec spec, string quoteAnchor)
            => new(
                report.Id,
                Anchor(isTarget, figure.Key),
                quoteAnchor,
                isTarget,
                figure.Key,
                figure.Label,
                figure.Indicator?.Code,
                figure.Indicator?.Name,
                QuantityText.Of(figure.Quantity),
                figure.Quantity?.Bound.ToCode(),
                figure.Quantity is { } q ? QuantityText.UnitName(q.Unit, q.Measure) : null,
                figure.Period.ToString(),
                figure.Kind.ToCode(),
                figure.Headline,
                figure.Aspirational,
                figure.IsQualitative,
                figure.Section.Path,
                figure.Quote,
                figure.Note,
                figure.ConflictsWith,
                DisplayPath(spec.Location.Path),
                spec.Location.Line,
                report.Region.Name,
                figure.Quantity);

        private static NumberView BuildNumber(NumberOccurrence number, int index)
        {
            var dismissal = number.Dismissal;
            return new NumberView(
                "n-" + Html.Number(index + 1),
                number.Number,
                number.Line,
                number.SectionPath,
                dismissal is not null,
                dismissal?.Reason.Value,
                dismissal?.Text.Value,
                dismissal?.Note,
                dismissal is null ? null : DisplayPath(dismissal.Location.Path) + ":" + Html.Number(dismissal.Location.Line),
                number.Context);
        }

        private static SectionView BuildSection(Section section, IReadOnlyList<FigureView> figures)
            => new(
                section.Path,
                SectionAnchor(section.Path),
                section.Number,
                section.Title,
                section.Role.ToCode(),
                figures.Count(f => f.SectionPath == section.Path || f.SectionPath.StartsWith(section.Path + "/", StringComparison.Ordinal)),
                section.Children.Select(c => BuildSection(c, figures)).ToList());

        private static int CountSections(IEnumerable<Section> sections) => sections.Sum(s => 1 + CountSections(s.Children));

        /// <summary>A figure's id on its report page: keys are unique among the targets, and among the actuals.</summary>
        public static string Anchor(bool isTarget, string key) => (isTarget ? "t-" : "a-") + key;

        /// <summary>The id of a section's heading: its path, whose keys are kebab-case and joined by '/'.</summary>
        public static string SectionAnchor(string path) => "s-" + path;

        // Paths as the compiler was given them (relative to the current folder when below it), with '/'.
        private static string DisplayPath(string path) => path.Replace('\\', '/');
    }
}
