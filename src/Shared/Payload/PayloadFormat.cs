using System.Globalization;

namespace ReportSdk.Payload
{
    /// <summary>
    /// The compact data format a compiled dataset carries (docs/payload.md): UTF-8 text, a header
    /// line naming the format, its version and what it holds, then a flat run of tokens. This
    /// file is compiled into both the runtime (which reads it) and the compiler (which writes it),
    /// so the two cannot disagree on the header.
    /// </summary>
    internal static class PayloadFormat
    {
        /// <summary>The format version. Raise it on any change of layout; the reader refuses other versions.</summary>
        public const int Version = 2;

        /// <summary>The first word of every header, before the version.</summary>
        public const string Name = "reportsdk-payload";

        /// <summary>Header of a report payload: <c>reportsdk-payload 2 report</c> and a line end.</summary>
        public static readonly string ReportHeader = Header("report");

        /// <summary>Header of a registry payload (units, indicators, regions).</summary>
        public static readonly string RegistryHeader = Header("registry");

        /// <summary>Ends an integer token: <c>2021;</c>.</summary>
        public const byte IntegerEnd = (byte)';';

        /// <summary>Separates a string's byte count from its bytes: <c>3:gdp</c>.</summary>
        public const byte LengthEnd = (byte)':';

        /// <summary>A null string: <c>~</c>.</summary>
        public const byte Null = (byte)'~';

        // Built from Version, so that raising it changes every header and the reader's message alike.
        private static string Header(string kind) => Name + " " + Version.ToString(CultureInfo.InvariantCulture) + " " + kind + "\n";
    }
}
