using System.Linq;
using ReportSdk.Payload;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Compiler.Writing
{
    /// <summary>
    /// Prints the resolved model in the payload format (docs/payload.md) that the runtime's
    /// <c>ReportReader</c> and <c>RegistryReader</c> read: the one data format of a compiled
    /// dataset. The layout is the runtime's <c>PayloadEncoder</c>'s, which the export transcoder
    /// shares; this only hands it the resolved model's fields.
    /// </summary>
    internal static class PayloadWriter
    {
        public static byte[] Write(ResolvedReport report) => PayloadEncoder.Report(new PayloadReport
        {
            Id = report.Id,
            Kind = report.Kind,
            Region = report.Region,
            Delivered = report.Delivered,
            Session = report.Session,
            SpeakerName = report.SpeakerName,
            SpeakerTitle = report.SpeakerTitle,
            Title = report.Title,
            ReviewYear = report.ReviewYear,
            PlanYear = report.PlanYear,
            Sections = report.Sections.Select(Section).ToArray(),
            Targets = report.Targets.Select(Figure).ToArray(),
            Actuals = report.Actuals.Select(Figure).ToArray(),
        });

        public static byte[] Write(ResolvedRegistry registry) => PayloadEncoder.Registry(
            registry.Units.Select(u => new PayloadUnit { Code = u.Code, Name = u.Name, English = u.English, Dimension = u.Dimension, Scale = u.Scale }).ToArray(),
            registry.Indicators.Select(i => new PayloadIndicator { Code = i.Code, Name = i.Name, English = i.English, Unit = i.Unit, Kind = i.Kind }).ToArray(),
            registry.Regions.Select(r => new PayloadRegion { Code = r.Code, Name = r.Name, English = r.English, GbCode = r.GbCode, Level = r.Level, Parent = r.Parent }).ToArray());

        private static PayloadSection Section(ResolvedSection section) => new()
        {
            Key = section.Key,
            Path = section.Path,
            Number = section.Number,
            Title = section.Title,
            Role = section.Role,
            Children = section.Children.Select(Section).ToArray(),
        };

        private static PayloadFigure Figure(ResolvedFigure f) => new()
        {
            Key = f.Key,
            Label = f.Label,
            Indicator = f.Indicator,
            Value = f.Value,
            Max = f.Max,
            Unit = f.Unit,
            Measure = f.Measure,
            Bound = f.Bound,
            Period = f.Period,
            Kind = f.Kind,
            Headline = f.Headline,
            Aspirational = f.Aspirational,
            SectionIndex = f.SectionIndex,
            Quote = f.Quote,
            Note = f.Note,
            ConflictsWith = f.ConflictsWith,
        };
    }
}
