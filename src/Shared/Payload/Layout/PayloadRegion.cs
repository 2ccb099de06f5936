namespace ReportSdk.Payload
{
    /// <summary>A region as <see cref="PayloadEncoder"/> writes it, with the code of its parent, if any (a parent may come after its child).</summary>
    internal sealed class PayloadRegion
    {
        public required string Code { get; init; }

        public required string Name { get; init; }

        public required string English { get; init; }

        public required string GbCode { get; init; }

        public required string Level { get; init; }

        public required string? Parent { get; init; }
    }
}
