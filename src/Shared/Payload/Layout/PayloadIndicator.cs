namespace ReportSdk.Payload
{
    /// <summary>An indicator as <see cref="PayloadEncoder"/> writes it, with the code of its unit.</summary>
    internal sealed class PayloadIndicator
    {
        public required string Code { get; init; }

        public required string Name { get; init; }

        public required string English { get; init; }

        public required string Unit { get; init; }

        public required string Kind { get; init; }
    }
}
