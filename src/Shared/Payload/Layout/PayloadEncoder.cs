using System.Collections.Generic;

namespace ReportSdk.Payload
{
    /// <summary>
    /// The one writer of the payload layout (docs/payload.md): the order of the fields of a
    /// report's header, a section, a figure, a unit, an indicator and a region is written here and
    /// nowhere else. The compiler (from its resolved model) and the runtime's export transcoder
    /// (from a JSON export) both hand it the same plain shapes, so the two cannot write different
    /// payloads for the same data. Compiled into the runtime and the compiler alike, as
    /// <see cref="PayloadFormat"/> is; the readers (<c>ReportReader</c>, <c>RegistryReader</c>)
    /// read the tokens in the order written here.
    /// </summary>
    internal static class PayloadEncoder
    {
        /// <summary>A report payload: the header's fields, then the sections, targets and actuals blocks.</summary>
        public static byte[] Report(PayloadReport report)
        {
            var payload = new PayloadBuffer(PayloadFormat.ReportHeader)
                .String(report.Id).String(report.Kind).String(report.Region).String(report.Delivered).String(report.Session)
                .String(report.SpeakerName).String(report.SpeakerTitle).String(report.Title)
                .Integer(report.ReviewYear).Integer(report.PlanYear);
            // Sections, targets and actuals are blocks: the reader reads each on first use only.
            var sections = new PayloadBuffer().Integer(Count(report.Sections)).Integer(report.Sections.Count);
            foreach (var section in report.Sections) Section(sections, section);
            return payload.Block(sections).Block(Figures(report.Targets)).Block(Figures(report.Actuals)).ToArray();
        }

        /// <summary>The registry payload: the units, the indicators and the regions, each list after its count.</summary>
        public static byte[] Registry(IReadOnlyList<PayloadUnit> units, IReadOnlyList<PayloadIndicator> indicators, IReadOnlyList<PayloadRegion> regions)
        {
            var payload = new PayloadBuffer(PayloadFormat.RegistryHeader).Integer(units.Count);
            foreach (var unit in units)
            {
                payload.String(unit.Code).String(unit.Name).String(unit.English).String(unit.Dimension).String(unit.Scale);
            }
            payload.Integer(indicators.Count);
            foreach (var indicator in indicators)
            {
                payload.String(indicator.Code).String(indicator.Name).String(indicator.English).String(indicator.Unit).String(indicator.Kind);
            }
            payload.Integer(regions.Count);
            foreach (var region in regions)
            {
                payload.String(region.Code).String(region.Name).String(region.English).String(region.GbCode).String(region.Level).String(region.Parent);
            }
            return payload.ToArray();
        }

        // Depth first, in document order: a section's position here is the index its figures name.
        private static void Section(PayloadBuffer payload, PayloadSection section)
        {
            payload.String(section.Key).String(section.Path).String(section.Number).String(section.Title).String(section.Role)
                .Integer(section.Children.Count);
            foreach (var child in section.Children) Section(payload, child);
        }

        private static int Count(IReadOnlyList<PayloadSection> sections)
        {
            var count = sections.Count;
            foreach (var section in sections) count += Count(section.Children);
            return count;
        }

        private static PayloadBuffer Figures(IReadOnlyList<PayloadFigure> figures)
        {
            var payload = new PayloadBuffer().Integer(figures.Count);
            foreach (var f in figures)
            {
                payload.String(f.Key).String(f.Label).String(f.Indicator).String(f.Value).String(f.Max).String(f.Unit).String(f.Measure)
                    .String(f.Bound).String(f.Period).String(f.Kind).Boolean(f.Headline).Boolean(f.Aspirational)
                    .Integer(f.SectionIndex).String(f.Quote).String(f.Note).String(f.ConflictsWith);
            }
            return payload;
        }
    }
}
