using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The words the drafter knows: each indicator's name and the <c>aliases</c> indicators.yaml keeps
    /// for it, and, learned from curated reports, the labels of their figures of each indicator and the
    /// texts they dismiss. Learned words come only from the reports given to <see cref="Learn"/>, so an
    /// evaluation can leave the report it drafts out (docs/drafting.md).
    /// </summary>
    public sealed class DraftVocabulary
    {
        private DraftVocabulary(RegistrySpec registry, IReadOnlyDictionary<string, IReadOnlyList<string>> names, IReadOnlyList<LearnedDismissal> dismissals)
        {
            Registry = registry;
            Names = names;
            Dismissals = dismissals;
        }

        /// <summary>The registries.</summary>
        public RegistrySpec Registry { get; }

        /// <summary>Every name of each indicator (folded), by code: its name, its aliases, learned labels.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; }

        /// <summary>Texts curated reports dismiss, with their reason (learned).</summary>
        public IReadOnlyList<LearnedDismissal> Dismissals { get; }

        /// <summary>The vocabulary of the registries alone: names and aliases, nothing learned.</summary>
        public static DraftVocabulary From(RegistrySpec registry)
            => new(registry, registry.Indicators.ToDictionary(i => i.Code.Value, i => (IReadOnlyList<string>)Distinct(new[] { i.Name }.Concat(i.Aliases)), StringComparer.Ordinal),
                Array.Empty<LearnedDismissal>());

        /// <summary>
        /// This vocabulary and what <paramref name="curated"/> teach: the label of every reviewed figure with an
        /// indicator becomes a name of it; every reviewed dismissed text (without a section) a dismissal.
        /// Figures and dismissals still marked <c>unreviewed</c> teach nothing.
        /// </summary>
        public DraftVocabulary Learn(IEnumerable<ReportSpec> curated)
        {
            var names = Names.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
            var dismissals = Dismissals.ToList();
            foreach (var report in curated)
            {
                // Only what a curator has checked: a proposal still unreviewed would teach its own mistakes.
                foreach (var figure in report.Targets.Concat(report.Actuals).Where(f => !f.Unreviewed))
                {
                    if (figure.Indicator.Value is { } code && names.TryGetValue(code, out var list) && figure.Label.Length > 0) list.Add(figure.Label);
                }
                foreach (var dismissal in report.Dismissed.Where(d => !d.Unreviewed))
                {
                    if (dismissal.Section.Value is null) dismissals.Add(new LearnedDismissal(FoldedText.FoldString(dismissal.Text.Value), dismissal.Text.Value, dismissal.Reason.Value, dismissal.Note));
                }
            }
            var learned = dismissals.GroupBy(d => d.Folded, StringComparer.Ordinal).Select(g => g.First()).ToList();
            return new DraftVocabulary(Registry, names.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)Distinct(p.Value), StringComparer.Ordinal), learned);
        }

        private static List<string> Distinct(IEnumerable<string> names)
            => names.Select(FoldedText.FoldString).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A text a curated report dismisses: folded for matching, as written, its reason and note.</summary>
    public sealed record LearnedDismissal(string Folded, string Text, string Reason, string? Note);
}
