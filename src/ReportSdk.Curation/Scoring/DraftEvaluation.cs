using System.Collections.Generic;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// The fair evaluation of the drafter on curated reports: each report is drafted from its source
    /// alone (its own figures and dismissals removed) with a vocabulary learned from the other reports
    /// only (leave one out), then compared with its curation.
    /// </summary>
    public static class DraftEvaluation
    {
        /// <summary>One score per report of <paramref name="reports"/>, in the order given.</summary>
        public static IReadOnlyList<DraftScore> LeaveOneOut(IReadOnlyList<(ReportSpec Report, SourceDocument Source)> reports, RegistrySpec registry)
        {
            var registryWords = DraftVocabulary.From(registry);
            return reports.Select(r =>
            {
                var vocabulary = registryWords.Learn(reports.Where(o => !ReferenceEquals(o.Report, r.Report)).Select(o => o.Report));
                return Score(r.Report, r.Source, vocabulary);
            }).ToList();
        }

        /// <summary>Drafts <paramref name="report"/> from its source alone with <paramref name="vocabulary"/> and scores the draft against it.</summary>
        public static DraftScore Score(ReportSpec report, SourceDocument source, DraftVocabulary vocabulary)
        {
            var blank = report with
            {
                Targets = EquatableArray<FigureSpec>.Empty,
                Actuals = EquatableArray<FigureSpec>.Empty,
                Dismissed = EquatableArray<DismissalSpec>.Empty,
            };
            return DraftComparison.Compare(report, source, Drafter.Propose(blank, source, vocabulary));
        }
    }
}
