using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// A report's own figures and dismissals seen as a draft, so that what a file holds — curated, or
    /// written by <c>reportsdk draft --write</c> — is scored exactly like proposals: each figure at the
    /// number of its quote, each dismissed text at the numbers it dismisses.
    /// </summary>
    public static class ReportAsDraft
    {
        /// <summary>The figures and dismissals of <paramref name="report"/>, placed in <paramref name="source"/>.</summary>
        public static Draft From(ReportSpec report, SourceDocument source)
        {
            var folded = FoldedText.Fold(source.Text);
            var figures = report.Targets.Select(f => Proposal(f, true, folded)).Concat(report.Actuals.Select(f => Proposal(f, false, folded)))
                .Where(f => f is not null).Select(f => f!).OrderBy(f => f.NumberStart).ToList();

            // A dismissed text dismisses every number in every place it occurs (inside its section, when it names one).
            var numbers = QuantityFinder.Find(folded).Select(n => n.Start).ToList();
            var spans = SectionLocator.Locate(report.Sections, folded, new List<Finding>());
            var dismissed = new List<DismissalProposal>();
            foreach (var d in report.Dismissed)
            {
                var span = d.Section.Value is { } path ? spans.FirstOrDefault(s => s.Path == path) : null;
                var (from, to) = span is null ? (0, folded.Value.Length) : (span.Start, span.End);
                var text = FoldedText.FoldString(d.Text.Value);
                var starts = folded.FindAll(text, from, to).SelectMany(at => numbers.Where(n => n >= at && n < at + text.Length)).Distinct().ToList();
                if (starts.Count > 0) dismissed.Add(new DismissalProposal(d.Text.Value, d.Reason.Value, d.Note, starts, d.Location.Line));
            }
            return new Draft(report.Id.Value, figures, dismissed);
        }

        private static FigureProposal? Proposal(FigureSpec f, bool isTarget, FoldedText folded)
        {
            if (f.Qualitative || f.Value.Value is null) return null;
            var at = DraftComparison.NumberAt(folded, f);
            return new FigureProposal(isTarget, f.Key.Value, f.Indicator.Value, f.Label, f.Value.Value, f.Max.Value, f.Unit.Value ?? "", f.Measure, f.Bound.Value ?? "",
                f.Period.Value, f.Kind.Value ?? "", f.Headline, f.Aspirational, f.Section.Value, f.Quote.Value, f.Written, at, f.Key.Location.Line);
        }
    }
}
