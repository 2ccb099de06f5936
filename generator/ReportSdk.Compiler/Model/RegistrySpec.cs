using System.Linq;

namespace ReportSdk.Compiler.Model
{
    /// <summary>The three registries a dataset's reports refer to.</summary>
    public sealed record RegistrySpec(
        EquatableArray<UnitSpec> Units,
        EquatableArray<IndicatorSpec> Indicators,
        EquatableArray<RegionSpec> Regions)
    {
        public static RegistrySpec Empty { get; } = new(EquatableArray<UnitSpec>.Empty, EquatableArray<IndicatorSpec>.Empty, EquatableArray<RegionSpec>.Empty);

        /// <summary>The unit with this code: listed, or composed of a scale word and a listed unit (<see cref="UnitComposition"/>); null when neither.</summary>
        public UnitSpec? FindUnit(string code) => Units.FirstOrDefault(u => u.Code.Value == code) ?? UnitComposition.Compose(Units, code);

        public IndicatorSpec? FindIndicator(string code) => Indicators.FirstOrDefault(i => i.Code.Value == code);

        public RegionSpec? FindRegion(string code) => Regions.FirstOrDefault(r => r.Code.Value == code);
    }
}
