using System;

namespace ReportSdk.Reading
{
    /// <summary>A report's header as the reader collects it; plain fields, like <see cref="FigureData"/>.</summary>
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
        public ReportBlocks Blocks;
    }
}
