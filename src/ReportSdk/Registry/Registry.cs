using System;
using System.Linq;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using ReportSdk.Payload;
using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>
    /// The units, indicators and regions a dataset's reports refer to, read from the dataset's
    /// registry payload. Generated datasets expose them as the static classes <c>Units</c>,
    /// <c>Indicators</c> and <c>Regions</c>.
    /// </summary>
    public sealed class Registry
    {
        // Plain dictionaries: cheaper to build at start-up than frozen ones, and as fast for a few hundred codes.
        private readonly Dictionary<string, Unit> _units;
        private readonly Dictionary<string, Indicator> _indicators;
        private readonly Dictionary<string, Region> _regions;
        private readonly CodeTable<Unit> _unitsByBytes;
        private readonly CodeTable<Indicator> _indicatorsByBytes;

        internal Registry(Unit[] units, Indicator[] indicators, Region[] regions)
        {
            Units = Array.AsReadOnly(units);
            Indicators = Array.AsReadOnly(indicators);
            Regions = Array.AsReadOnly(regions);
            _units = new(units.Length, StringComparer.Ordinal);
            foreach (var unit in units) _units[unit.Code] = unit;
            _indicators = new(indicators.Length, StringComparer.Ordinal);
            foreach (var indicator in indicators) _indicators[indicator.Code] = indicator;
            _unitsByBytes = new CodeTable<Unit>(units, u => u.Code);
            _indicatorsByBytes = new CodeTable<Indicator>(indicators, i => i.Code);
            _regions = new(regions.Length, StringComparer.Ordinal);
            foreach (var region in regions) _regions[region.Code] = region;
        }

        /// <summary>Reads a registry payload (docs/payload.md); generated datasets call this once, on first use.</summary>
        /// <exception cref="FormatException">The payload is not a registry payload.</exception>
        /// <exception cref="System.IO.InvalidDataException">The payload is of another format version than this runtime reads.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static Registry Read(ReadOnlySpan<byte> payload) => RegistryReader.Read(payload);

        /// <summary>Every unit, in registry order.</summary>
        public IReadOnlyList<Unit> Units { get; }

        /// <summary>Every indicator, in registry order.</summary>
        public IReadOnlyList<Indicator> Indicators { get; }

        /// <summary>Every region, in registry order.</summary>
        public IReadOnlyList<Region> Regions { get; }

        /// <summary>The unit with this code, if there is one.</summary>
        public bool TryGetUnit(string code, [MaybeNullWhen(false)] out Unit unit) => _units.TryGetValue(code, out unit);

        /// <summary>The indicator with this code, if there is one.</summary>
        public bool TryGetIndicator(string code, [MaybeNullWhen(false)] out Indicator indicator) => _indicators.TryGetValue(code, out indicator);

        /// <summary>The region with this code, if there is one.</summary>
        public bool TryGetRegion(string code, [MaybeNullWhen(false)] out Region region) => _regions.TryGetValue(code, out region);

        /// <summary>The unit with this code; throws <see cref="KeyNotFoundException"/>, naming the closest code, if there is none.</summary>
        public Unit GetUnit(string code) => TryGetUnit(code, out var unit) ? unit : throw NotFound.Error("unit with code", code, Units.Select(u => u.Code));

        /// <summary>The indicator with this code; throws <see cref="KeyNotFoundException"/>, naming the closest code, if there is none.</summary>
        public Indicator GetIndicator(string code) => TryGetIndicator(code, out var indicator) ? indicator : throw NotFound.Error("indicator with code", code, Indicators.Select(i => i.Code));

        /// <summary>The region with this code; throws <see cref="KeyNotFoundException"/>, naming the closest code, if there is none.</summary>
        public Region GetRegion(string code) => TryGetRegion(code, out var region) ? region : throw NotFound.Error("region with code", code, Regions.Select(r => r.Code));

        internal Unit Unit(string code) => _units.TryGetValue(code, out var unit) ? unit : throw Unknown("unit", code);

        internal Region Region(string code) => _regions.TryGetValue(code, out var region) ? region : throw Unknown("region", code);

        // Codes from a payload are looked up by their bytes: no string per figure.
        internal Unit Unit(ReadOnlySpan<byte> code) => _unitsByBytes.Find(code) ?? throw Unknown("unit", System.Text.Encoding.UTF8.GetString(code));

        internal Indicator Indicator(ReadOnlySpan<byte> code) => _indicatorsByBytes.Find(code) ?? throw Unknown("indicator", System.Text.Encoding.UTF8.GetString(code));

        private static FormatException Unknown(string what, string code) => new($"ReportSdk payload: unknown {what} '{code}' (not in the registry)");
    }
}
