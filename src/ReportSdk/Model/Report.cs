using System;

namespace ReportSdk
{
    /// <summary>
    /// One curated report: its metadata, numbered section tree, targets and actuals. A generated
    /// dataset derives one class per report whose <c>Sections</c>, <c>Targets</c> and
    /// <c>Actuals</c> have a named member for every entry.
    /// </summary>
    public class Report
    {
        /// <summary>Creates a report; datasets are generated with these, not written by hand.</summary>
        public Report(string id, ReportKind kind, Region region, DateOnly delivered, string session, Speaker speaker, string title,
            int reviewYear, int planYear, SectionList sections, TargetList targets, ActualList actuals)
        {
            Id = id;
            Kind = kind;
            Region = region;
            Delivered = delivered;
            Session = session;
            Speaker = speaker;
            Title = title;
            ReviewYear = reviewYear;
            PlanYear = planYear;
            Sections = sections;
            Targets = targets;
            Actuals = actuals;
            foreach (var section in sections.Descendants()) section.Report = this;
            foreach (var target in targets) target.Report = this;
            foreach (var actual in actuals) actual.Report = this;
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

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
