using ReportSdk.Payload;

namespace ReportSdk.Reading
{
    /// <summary>
    /// A figure's fields as the reader collects them. Plain fields, no accessors: every method the
    /// runtime must compile on first use costs start-up time.
    /// </summary>
    internal struct FigureData
    {
        public Report Report;
        public PayloadText Key;
        public PayloadText Label;
        public Indicator? Indicator;
        public Quantity? Quantity;
        public Period Period;
        public FigureKind Kind;
        public bool Headline;
        public bool Aspirational;
        public Section Section;
        public PayloadText Quote;
        public PayloadText Note;
        public PayloadText ConflictsWith;
    }
}
