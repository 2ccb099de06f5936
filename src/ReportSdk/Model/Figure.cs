using ReportSdk.Payload;
using ReportSdk.Reading;

namespace ReportSdk
{
    /// <summary>
    /// What targets and actuals share: a labelled, quoted quantity in a section of a report.
    /// Every figure can be traced to its <see cref="Quote"/> in the normalized source text.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Json.ExportJsonConverter))]
    public abstract class Figure
    {
        // Only the payload reader creates figures (from a FigureData): adding a field is not a breaking change.
        private protected Figure(in FigureData data)
        {
            Report = data.Report;
            _key = data.Key;
            _label = data.Label;
            Indicator = data.Indicator;
            Quantity = data.Quantity;
            Period = data.Period;
            Kind = data.Kind;
            Headline = data.Headline;
            Aspirational = data.Aspirational;
            Section = data.Section;
            _quote = data.Quote;
            _note = data.Note;
            _conflictsWith = data.ConflictsWith;
        }

        // The texts stay in the payload until first asked for: a query over numbers decodes none.
        private readonly PayloadText _key, _label, _quote, _note, _conflictsWith;
        private string? _keyText, _labelText, _quoteText, _noteText, _conflictsWithText;

        /// <summary>The stable English key, unique among the report's targets (or actuals).</summary>
        public string Key => _keyText ??= Report.Text(_key)!;

        /// <summary>The Chinese words naming the quantity, such as 生产总值增长.</summary>
        public string Label => _labelText ??= Report.Text(_label)!;

        /// <summary>The indicator, where one fits; the key for series across reports.</summary>
        public Indicator? Indicator { get; }

        /// <summary>The number with its unit, bound and period; null for a qualitative figure.</summary>
        public Quantity? Quantity { get; }

        /// <summary>The year or years the figure is for.</summary>
        public Period Period { get; }

        /// <summary>Annual, five-year, long-range or task.</summary>
        public FigureKind Kind { get; }

        /// <summary>Whether it is one of the headline figures (主要预期目标).</summary>
        public bool Headline { get; }

        /// <summary>Whether the wording marks a stretch goal (力争, 争取).</summary>
        public bool Aspirational { get; }

        /// <summary>Whether it states no number (污染防治完成省定目标).</summary>
        public bool IsQualitative => Quantity is null;

        /// <summary>The section whose text holds the quote.</summary>
        public Section Section { get; }

        /// <summary>The exact excerpt of the normalized source that states the figure.</summary>
        public string Quote => _quoteText ??= Report.Text(_quote)!;

        /// <summary>A curator's remark, such as a contradiction in the source.</summary>
        public string? Note => _note.IsNull ? null : _noteText ??= Report.Text(_note);

        /// <summary>The key of a figure in the same list that the source contradicts; null if none.</summary>
        public string? ConflictsWith => _conflictsWith.IsNull ? null : _conflictsWithText ??= Report.Text(_conflictsWith);

        /// <summary>The report the figure belongs to.</summary>
        public Report Report { get; }

        /// <summary>The region of the report.</summary>
        public Region Region => Report.Region;

        /// <inheritdoc />
        public override string ToString() => $"{Key}: {Label} {(Quantity is null ? "(qualitative)" : Quantity.ToString())}";
    }
}
