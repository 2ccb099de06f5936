namespace ReportSdk
{
    /// <summary>A goal a report sets for its plan year or plan period (生产总值增长8%以上).</summary>
    public sealed class Target : Figure
    {
        /// <summary>Creates a target; datasets are generated with these, not written by hand.</summary>
        public Target(string key, string label, Indicator? indicator, Quantity? quantity, Period period, FigureKind kind,
            bool headline, bool aspirational, Section section, string quote, string? note = null, string? conflictsWith = null)
            : base(key, label, indicator, quantity, period, kind, headline, aspirational, section, quote, note, conflictsWith)
        {
        }
    }
}
