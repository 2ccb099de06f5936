using System;
using ReportSdk.Payload;

namespace ReportSdk.Reading
{
    /// <summary>Reads a registry payload into <see cref="Unit"/>, <see cref="Indicator"/> and <see cref="Region"/> objects.</summary>
    internal static class RegistryReader
    {
        public static Registry Read(ReadOnlySpan<byte> payload)
        {
            var reader = new PayloadReader(payload, PayloadFormat.RegistryHeader);
            var units = new Unit[reader.Integer()];
            for (var i = 0; i < units.Length; i++)
            {
                units[i] = new Unit(reader.String(), reader.String(), reader.String(), reader.String(), reader.NullableDecimal() ?? throw new FormatException("ReportSdk payload: a unit without scale"));
            }
            var byCode = new Registry(units, Array.Empty<Indicator>(), Array.Empty<Region>());
            var indicators = new Indicator[reader.Integer()];
            for (var i = 0; i < indicators.Length; i++)
            {
                indicators[i] = new Indicator(reader.String(), reader.String(), reader.String(), byCode.Unit(reader.String()), PayloadCodes.IndicatorKind(reader.String()));
            }
            var regions = new Region[reader.Integer()];
            var parents = new string?[regions.Length];
            for (var i = 0; i < regions.Length; i++)
            {
                regions[i] = new Region(reader.String(), reader.String(), reader.String(), reader.String(), PayloadCodes.RegionLevel(reader.String()));
                parents[i] = reader.NullableString();
            }
            if (!reader.AtEnd) throw new FormatException("ReportSdk payload: bytes after the registry");
            var registry = new Registry(units, indicators, regions);
            for (var i = 0; i < regions.Length; i++)
            {
                if (parents[i] is { } parent) regions[i].Parent = registry.Region(parent);
            }
            return registry;
        }
    }
}
