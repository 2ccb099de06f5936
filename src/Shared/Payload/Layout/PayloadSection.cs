using System.Collections.Generic;

namespace ReportSdk.Payload
{
    /// <summary>A section as <see cref="PayloadEncoder"/> writes it, with its children; <see cref="Role"/> is that of its top-level section.</summary>
    internal sealed class PayloadSection
    {
        public required string Key { get; init; }

        public required string Path { get; init; }

        public required string Number { get; init; }

        public required string Title { get; init; }

        public required string Role { get; init; }

        public required IReadOnlyList<PayloadSection> Children { get; init; }
    }
}
