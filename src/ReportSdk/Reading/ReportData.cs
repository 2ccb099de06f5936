using System;

namespace ReportSdk.Reading
{
    /// <summary>A report's fields as the reader collects them; plain fields, like <see cref="FigureData"/>.</summary>
    internal struct ReportData
    {
        public string Id;
        public ReportKind Kind;
        public Region Region;
        public DateOnly Delivered;
        public string Session;
        public Speaker Speaker;
        public string Title;
        public int ReviewYear;
        public int PlanYear;
        public SectionList Sections;
        public TargetList Targets;
        public ActualList Actuals;
    }
}
