namespace ReportSdk
{
    /// <summary>A region whose government publishes reports, with its GB/T 2260 code.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public sealed class Region
    {
        // Only the payload reader (and ConvertTo) creates these: adding a field is not a breaking change.
        internal Region(string code, string name, string english, string gbCode, RegionLevel level)
        {
            Code = code;
            Name = name;
            English = english;
            GbCode = gbCode;
            Level = level;
        }

        /// <summary>The registry code, such as <c>luoyang</c>.</summary>
        public string Code { get; }

        /// <summary>The Chinese name, such as 洛阳市.</summary>
        public string Name { get; }

        /// <summary>The English name, such as Luoyang.</summary>
        public string English { get; }

        /// <summary>The GB/T 2260 administrative division code, such as 410300.</summary>
        public string GbCode { get; }

        /// <summary>Prefecture, district…</summary>
        public RegionLevel Level { get; }

        /// <summary>The region this one belongs to, if any (洛龙区 → 洛阳市).</summary>
        public Region? Parent { get; internal set; }

        /// <inheritdoc />
        public override string ToString() => Code;
    }
}
