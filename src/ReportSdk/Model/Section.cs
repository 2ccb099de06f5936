using System.ComponentModel;
using ReportSdk.Payload;

namespace ReportSdk
{
    /// <summary>
    /// A numbered section (一、), subsection (（一）) or item (一是) of a report. Generated datasets
    /// derive from it to give every child a named property.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public class Section
    {
        /// <summary>An empty section the payload reader fills in; generated typed sections call it.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected internal Section()
        {
        }

        // Fields, not settable properties: the reader fills them once, and no setter is compiled at start-up.
        // The texts stay in the payload until first asked for.
        private PayloadText _key, _path, _number, _title;
        private string? _keyText, _pathText, _numberText, _titleText;
        private SectionRole _role;
        private SectionList _children = SectionList.Empty;
        private Section? _parent;
        private Report _report = null!;

        /// <summary>Fills in a section the reader created (once, before anyone sees it).</summary>
        internal void Init(PayloadText key, PayloadText path, PayloadText number, PayloadText title, SectionRole role, Section? parent, Report report)
        {
            _key = key;
            _path = path;
            _number = number;
            _title = title;
            _role = role;
            _parent = parent;
            _report = report;
        }

        internal void InitChildren(SectionList children) => _children = children;

        /// <summary>The stable English key, such as <c>manufacturing</c>.</summary>
        public string Key => _keyText ??= _report.Text(_key)!;

        /// <summary>The keys from the top joined by '/', such as <c>key-work/manufacturing</c>.</summary>
        public string Path => _pathText ??= _report.Text(_path)!;

        /// <summary>The numbering mark as it stands in the report: 一、, （一）, 一是.</summary>
        public string Number => _numberText ??= _report.Text(_number)!;

        /// <summary>The exact title words.</summary>
        public string Title => _titleText ??= _report.Text(_title)!;

        /// <summary>The role of the top-level section this one belongs to.</summary>
        public SectionRole Role => _role;

        /// <summary>The numbered parts below this one, in order.</summary>
        public SectionList Children => _children;

        /// <summary>The section this one is part of; null at the top.</summary>
        public Section? Parent => _parent;

        /// <summary>The report the section belongs to.</summary>
        public Report Report => _report;

        /// <inheritdoc />
        public override string ToString() => Number + Title;
    }
}
