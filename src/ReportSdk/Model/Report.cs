using System;
using System.Collections.Generic;
using System.ComponentModel;
using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>
    /// One curated report: its metadata, numbered section tree, targets and actuals. Reports are
    /// read from a dataset's compact payload: a generated dataset derives one class per report
    /// whose <c>Sections</c>, <c>Targets</c> and <c>Actuals</c> have a named member for every
    /// entry; <see cref="ReportDataset.Load(System.IO.Stream)"/> reads a <c>reportsdk export</c> file.
    /// </summary>
    public class Report
    {
        /// <summary>
        /// Reads a report from its payload (docs/payload.md). Generated datasets call this; the
        /// <c>Create…</c> methods below let them put their typed trees in place.
        /// </summary>
        /// <exception cref="FormatException">The payload is not a report payload of this version.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal Report(ReadOnlySpan<byte> payload, Registry registry)
        {
            ArgumentNullException.ThrowIfNull(registry);
            var data = ReportReader.Read(this, payload, registry);
            Id = data.Id;
            Kind = data.Kind;
            Region = data.Region;
            Delivered = data.Delivered;
            Session = data.Session;
            Speaker = data.Speaker;
            Title = data.Title;
            ReviewYear = data.ReviewYear;
            PlanYear = data.PlanYear;
            Sections = data.Sections;
            Targets = data.Targets;
            Actuals = data.Actuals;
        }

        /// <summary>The stable id, such as <c>luoyang-2021-gwr</c>.</summary>
        public string Id { get; }

        /// <summary>Work report, summary or plan report.</summary>
        public ReportKind Kind { get; }

        /// <summary>The region whose government issued it.</summary>
        public Region Region { get; }

        /// <summary>The day it was delivered.</summary>
        public DateOnly Delivered { get; }

        /// <summary>The session it was delivered at (会议), such as 洛阳市第十五届人民代表大会第四次会议.</summary>
        public string Session { get; }

        /// <summary>Who delivered it.</summary>
        public Speaker Speaker { get; }

        /// <summary>The document's title.</summary>
        public string Title { get; }

        /// <summary>The year the review part reports on.</summary>
        public int ReviewYear { get; }

        /// <summary>The year the targets are set for.</summary>
        public int PlanYear { get; }

        /// <summary>The top-level sections; <see cref="SectionList.Find"/> finds any section by path.</summary>
        public SectionList Sections { get; }

        /// <summary>Every target, in document order.</summary>
        public TargetList Targets { get; }

        /// <summary>Every actual (reported figure), in document order.</summary>
        public ActualList Actuals { get; }

        /// <summary>The section with this path (<c>key-work/manufacturing</c>); null if none.</summary>
        public Section? FindSection(string path) => Sections.Find(path);

        /// <summary>
        /// The section object for the section at <paramref name="index"/> (depth first, in document
        /// order). Generated reports return their typed section classes here.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal virtual Section CreateSection(int index) => new();

        /// <summary>The list of top-level sections. Generated reports return their typed tree.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal virtual SectionList CreateSections(IReadOnlyList<Section> sections) => new(sections);

        /// <summary>The list of targets. Generated reports return their typed tree.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal virtual TargetList CreateTargets(IReadOnlyList<Target> targets) => new(targets);

        /// <summary>The list of actuals. Generated reports return their typed tree.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal virtual ActualList CreateActuals(IReadOnlyList<Actual> actuals) => new(actuals);

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
