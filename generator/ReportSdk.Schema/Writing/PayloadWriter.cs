using ReportSdk.Payload;
using ReportSdk.Schema.Resolving;

namespace ReportSdk.Schema.Writing
{
    /// <summary>
    /// Prints the resolved model in the payload format (docs/payload.md) that the runtime's
    /// <c>ReportReader</c> and <c>RegistryReader</c> read: the one data format of a compiled
    /// dataset. The order of the tokens here is the order the readers expect.
    /// </summary>
    public static class PayloadWriter
    {
        public static byte[] Write(ResolvedReport report)
        {
            var payload = new PayloadBuffer(PayloadFormat.ReportHeader)
                .String(report.Id).String(report.Kind).String(report.Region).String(report.Delivered).String(report.Session)
                .String(report.SpeakerName).String(report.SpeakerTitle).String(report.Title)
                .Integer(report.ReviewYear).Integer(report.PlanYear);
            // Sections, targets and actuals are blocks: the reader reads each on first use only.
            var sections = new PayloadBuffer().Integer(report.SectionCount).Integer(report.Sections.Count);
            foreach (var section in report.Sections) WriteSection(sections, section);
            return payload.Block(sections).Block(Figures(report.Targets)).Block(Figures(report.Actuals)).ToArray();
        }

        public static byte[] Write(ResolvedRegistry registry)
        {
            var payload = new PayloadBuffer(PayloadFormat.RegistryHeader).Integer(registry.Units.Count);
            foreach (var unit in registry.Units)
            {
                payload.String(unit.Code).String(unit.Name).String(unit.English).String(unit.Dimension).String(unit.Scale);
            }
            payload.Integer(registry.Indicators.Count);
            foreach (var indicator in registry.Indicators)
            {
                payload.String(indicator.Code).String(indicator.Name).String(indicator.English).String(indicator.Unit).String(indicator.Kind);
            }
            payload.Integer(registry.Regions.Count);
            foreach (var region in registry.Regions)
            {
                payload.String(region.Code).String(region.Name).String(region.English).String(region.GbCode).String(region.Level).String(region.Parent);
            }
            return payload.ToArray();
        }

        private static void WriteSection(PayloadBuffer payload, ResolvedSection section)
        {
            payload.String(section.Key).String(section.Path).String(section.Number).String(section.Title).String(section.Role)
                .Integer(section.Children.Count);
            foreach (var child in section.Children) WriteSection(payload, child);
        }

        private static PayloadBuffer Figures(Model.EquatableArray<ResolvedFigure> figures)
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
