using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>What the drafter proposes for one report: figures in text order, then dismissals in text order.</summary>
    public sealed record Draft(string ReportId, IReadOnlyList<FigureProposal> Figures, IReadOnlyList<DismissalProposal> Dismissals)
    {
        /// <summary>The proposed targets, in text order.</summary>
        public IEnumerable<FigureProposal> Targets => Figures.Where(f => f.IsTarget);

        /// <summary>The proposed actuals, in text order.</summary>
        public IEnumerable<FigureProposal> Actuals => Figures.Where(f => !f.IsTarget);
    }
}
