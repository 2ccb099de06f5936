namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// A statistical indicator from <c>indicators.yaml</c>. <see cref="Unit"/> is its primary unit
    /// (what the runtime's <c>Indicator.Unit</c> gives); <see cref="Units"/> every unit it admits,
    /// the primary first: one concept reported in more than one unit (trade in 亿元 and 亿美元,
    /// market entities in 户 and 家). A figure of the indicator takes a unit of the dimension of
    /// any of them (RS2005).
    /// </summary>
    public sealed record IndicatorSpec(Located<string> Code, string Name, string English, Located<string> Unit, Located<string> Kind)
    {
        private readonly EquatableArray<Located<string>> _units;

        /// <summary>An indicator with several units (<c>units: [100m-yuan, 100m-usd]</c>); the first is the primary <see cref="Unit"/>.</summary>
        public IndicatorSpec(Located<string> code, string name, string english, EquatableArray<Located<string>> units, Located<string> kind)
            : this(code, name, english, units.Count > 0 ? units[0] : new Located<string>("", code.Location), kind)
        {
            _units = units;
        }

        /// <summary>
        /// Other names of the indicator in report texts (生产总值, GDP for 地区生产总值), from the optional
        /// <c>aliases</c> list; only <c>reportsdk draft</c> reads them, the generated code does not.
        /// </summary>
        public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Every unit the indicator admits, <see cref="Unit"/> first; just <see cref="Unit"/> when only <c>unit</c> is given.</summary>
        public EquatableArray<Located<string>> Units => _units.Count > 0 ? _units : new EquatableArray<Located<string>>(new[] { Unit });
    }
}
