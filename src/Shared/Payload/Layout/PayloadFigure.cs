namespace ReportSdk.Payload
{
    /// <summary>
    /// A target or actual as <see cref="PayloadEncoder"/> writes it: decimals as their exact text,
    /// codes as written, its section by depth-first index. A qualitative figure has no value, max,
    /// unit, measure or bound.
    /// </summary>
    internal sealed class PayloadFigure
    {
        public required string Key { get; init; }

        public required string Label { get; init; }

        public required string? Indicator { get; init; }

        public required string? Value { get; init; }

        public required string? Max { get; init; }

        public required string? Unit { get; init; }

        public required string? Measure { get; init; }

        public required string? Bound { get; init; }

        public required string Period { get; init; }

        public required string Kind { get; init; }

        public required bool Headline { get; init; }

        public required bool Aspirational { get; init; }

        public required int SectionIndex { get; init; }

        public required string Quote { get; init; }

        public required string? Note { get; init; }

        public required string? ConflictsWith { get; init; }
    }
}
