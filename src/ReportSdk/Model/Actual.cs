namespace ReportSdk
{
    /// <summary>A figure a report gives for its reviewed year or period (地区生产总值达到5128.4亿元).</summary>
    public sealed class Actual : Figure
    {
        /// <summary>Creates an actual; datasets are generated with these, not written by hand.</summary>
        public Actual(string key, string label, Indicator? indicator, Quantity? quantity, Period period, FigureKind kind,
            bool headline, bool aspirational, Section section, string quote, string? note = null, string? conflictsWith = null)
            : base(key, label, indicator, quantity, period, kind, headline, aspirational, section, quote, note, conflictsWith)
        {
        }
    }
}
