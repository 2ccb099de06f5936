using System;
using System.Collections.Generic;
using System.ComponentModel;
using ReportSdk.Payload;
using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>
    /// One curated report: its metadata, numbered section tree, targets and actuals. Reports are
    /// read from a dataset's compact payload: a generated dataset derives one class per report
    /// whose <c>Sections</c>, <c>Targets</c> and <c>Actuals</c> have a named member for every
    /// entry; <see cref="ReportDataset.Load(System.IO.Stream)"/> reads a <c>reportsdk export</c> file.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public class Report
    {
        private readonly Registry _registry;
        private readonly byte[]? _payload;
        private readonly ReportBlocks _blocks;

        // The sections, targets and actuals are read on first use, each once: a query across
        // reports reads only what it needs, and a report asked for by id costs only its header.
        private readonly object _gate = new();
        private Section[]? _allSections;
        private SectionList? _sections;
        private TargetList? _targets;
        private ActualList? _actuals;

        /// <summary>
        /// A report whose payload (docs/payload.md) <see cref="GetPayload"/> returns. Generated
        /// datasets call this; the <c>Create…</c> methods below let them put their typed trees in place.
        /// </summary>
        /// <exception cref="FormatException">The payload is not a report payload.</exception>
        /// <exception cref="System.IO.InvalidDataException">The payload is of another format version than this runtime reads.</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected Report(Registry registry)
            : this(null, registry)
        {
        }

        /// <summary>A report read from <paramref name="payload"/> at run time.</summary>
        internal Report(byte[]? payload, Registry registry)
        {
            ArgumentNullException.ThrowIfNull(registry);
            _registry = registry;
            _payload = payload;
            var data = ReportReader.ReadHeader(GetPayload(), registry);
            Id = data.Id;
            Kind = data.Kind;
            Region = data.Region;
            Delivered = data.Delivered;
            Session = data.Session;
            Speaker = data.Speaker;
            Title = data.Title;
            ReviewYear = data.ReviewYear;
            PlanYear = data.PlanYear;
            _blocks = data.Blocks;
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
        public SectionList Sections => _sections ?? ReadSections().Top;

        /// <summary>Every target, in document order.</summary>
        public TargetList Targets => _targets ?? ReadTargets();

        /// <summary>Every actual (reported figure), in document order.</summary>
        public ActualList Actuals => _actuals ?? ReadActuals();

        /// <summary>The section with this path (<c>key-work/manufacturing</c>); null if none.</summary>
        public Section? FindSection(string path) => Sections.Find(path);

        /// <summary>The report's payload in the format of docs/payload.md. Generated reports return the data compiled into them.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected virtual ReadOnlySpan<byte> GetPayload()
            => _payload ?? throw new InvalidOperationException("a report derived from Report must return its payload from GetPayload");

        /// <summary>A text of the payload, decoded (the objects of the report decode theirs on first use).</summary>
        internal string? Text(PayloadText text) => text.Decode(GetPayload());

        private (SectionList Top, Section[] All) ReadSections()
        {
            lock (_gate)
            {
                if (_sections is null)
                {
                    var (top, all) = ReportReader.ReadSections(this, GetPayload(), _blocks.Sections);
                    _allSections = all;
                    _sections = CreateSections(top);
                }
                return (_sections, _allSections!);
            }
        }

        private TargetList ReadTargets()
        {
            var sections = ReadSections().All;
            lock (_gate)
            {
                return _targets ??= CreateTargets(ReportReader.ReadTargets(this, GetPayload(), _blocks.Targets, _registry, sections));
            }
        }

        private ActualList ReadActuals()
        {
            var sections = ReadSections().All;
            lock (_gate)
            {
                return _actuals ??= CreateActuals(ReportReader.ReadActuals(this, GetPayload(), _blocks.Actuals, _registry, sections));
            }
        }

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
