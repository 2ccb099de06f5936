using System.Collections.Generic;

namespace ReportSdk.Payload
{
    /// <summary>
    /// A report as <see cref="PayloadEncoder"/> writes it: codes and texts as the payload holds
    /// them (the region's code, <c>delivered</c> as <c>yyyy-MM-dd</c>). Every member is required,
    /// so a front end that forgets one does not compile.
    /// </summary>
    internal sealed class PayloadReport
    {
        public required string Id { get; init; }

        public required string Kind { get; init; }

        public required string Region { get; init; }

        public required string Delivered { get; init; }

        public required string Session { get; init; }

        public required string SpeakerName { get; init; }

        public required string SpeakerTitle { get; init; }

        public required string Title { get; init; }

        public required int ReviewYear { get; init; }

        public required int PlanYear { get; init; }

        /// <summary>The top-level sections, each with its children.</summary>
        public required IReadOnlyList<PayloadSection> Sections { get; init; }

        public required IReadOnlyList<PayloadFigure> Targets { get; init; }

        public required IReadOnlyList<PayloadFigure> Actuals { get; init; }
    }
}
