namespace ReportSdk
{
    /// <summary>A statistical indicator (地区生产总值增长…), the key that joins figures across reports.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Indicator
    {
        // Only the payload reader (and ConvertTo) creates these: adding a field is not a breaking change.
        internal Indicator(string code, string name, string english, Unit unit, IndicatorKind kind)
        {
            Code = code;
            Name = name;
            English = english;
            Unit = unit;
            Kind = kind;
        }

        /// <summary>The registry code, such as <c>gdp-growth</c>.</summary>
        public string Code { get; }

        /// <summary>The Chinese name, such as 地区生产总值增长.</summary>
        public string Name { get; }

        /// <summary>The English name after National Bureau of Statistics usage.</summary>
        public string English { get; }

        /// <summary>The unit the indicator is measured in.</summary>
        public Unit Unit { get; }

        /// <summary>Level, growth, rate, share or change.</summary>
        public IndicatorKind Kind { get; }

        /// <inheritdoc />
        public override string ToString() => Code;
    }
}
