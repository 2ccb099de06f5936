namespace ReportSdk.Payload
{
    /// <summary>A unit as <see cref="PayloadEncoder"/> writes it; <see cref="Scale"/> is the decimal's exact text.</summary>
    internal sealed class PayloadUnit
    {
        public required string Code { get; init; }

        public required string Name { get; init; }

        public required string English { get; init; }

        public required string Dimension { get; init; }

        public required string Scale { get; init; }
    }
}
