namespace ReportSdk.Reading
{
    /// <summary>Where a report's sections, targets and actuals lie in its payload, to read each on first use.</summary>
    internal readonly struct ReportBlocks
    {
        public ReportBlocks(PayloadRange sections, PayloadRange targets, PayloadRange actuals)
        {
            Sections = sections;
            Targets = targets;
            Actuals = actuals;
        }

        public PayloadRange Sections { get; }

        public PayloadRange Targets { get; }

        public PayloadRange Actuals { get; }
    }

    /// <summary>A block of a payload: its offset and length.</summary>
    internal readonly struct PayloadRange
    {
        public PayloadRange(int offset, int length)
        {
            Offset = offset;
            Length = length;
        }

        public int Offset { get; }

        public int Length { get; }

    }
}
