using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Coverage
{
    /// <summary>How completely a report is curated: every number of its source and what accounts for it.</summary>
    public sealed record ReportCoverage(string ReportId, string Path, int TextLength, int SectionTreeLength, IReadOnlyList<NumberOccurrence> Numbers)
    {
        /// <summary>Share of the source text (whitespace excluded) that lies inside the section tree.</summary>
        public decimal SectionTreeShare => TextLength == 0 ? 0m : (decimal)SectionTreeLength / TextLength;

        /// <summary>Where each target's and actual's quote stands in the source text, targets first, each list in document order.</summary>
        public IReadOnlyList<QuotePlacement> Quotes { get; init; } = System.Array.Empty<QuotePlacement>();

        /// <summary>Where each section's heading stands in the source text, in document order.</summary>
        public IReadOnlyList<HeadingPlacement> Headings { get; init; } = System.Array.Empty<HeadingPlacement>();

        public IEnumerable<NumberOccurrence> Unaccounted => Numbers.Where(n => n.Status == NumberStatus.Unaccounted);

        /// <summary>Unaccounted numbers in outlook, plan and key-work sections: these fail <c>reportsdk coverage</c>.</summary>
        public IEnumerable<NumberOccurrence> UnaccountedInPlanning => Unaccounted.Where(n => Codes.PlanningRoles.Contains(n.Role));

        public int Count(NumberStatus status) => Numbers.Count(n => n.Status == status);
    }
}
