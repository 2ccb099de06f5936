using System;
using ReportSdk.Payload;

namespace ReportSdk.Reading
{
    /// <summary>
    /// The one builder of report objects: reads a report payload into a <see cref="Report"/>,
    /// its sections, targets and actuals, and sets every back-reference (section → parent and
    /// report, figure → section and report). Compiled datasets, <see cref="ReportDataset"/> and
    /// the CLI all come through here. The header is read when the report is created; the
    /// sections, targets and actuals blocks when they are first used.
    /// </summary>
    internal static class ReportReader
    {
        /// <summary>A report read from a payload held in memory.</summary>
        public static Report Read(byte[] payload, Registry registry) => new(payload, registry);

        public static ReportData ReadHeader(ReadOnlySpan<byte> payload, Registry registry)
        {
            var reader = new PayloadReader(payload, PayloadFormat.ReportHeader);
            var data = new ReportData
            {
                Id = reader.String(),
                Kind = PayloadCodes.ReportKind(reader.String()),
                Region = registry.Region(reader.String()),
                Delivered = PayloadCodes.Date(reader.String()),
                Session = reader.String(),
                Speaker = new Speaker(reader.String(), reader.String()),
                Title = reader.String(),
                ReviewYear = reader.Integer(),
                PlanYear = reader.Integer(),
            };
            data.Blocks = new ReportBlocks(reader.Block(), reader.Block(), reader.Block());
            if (!reader.AtEnd) throw new FormatException("ReportSdk payload: bytes after the report");
            return data;
        }

        /// <summary>The top-level sections, and every section by its depth-first index.</summary>
        public static (Section[] Top, Section[] All) ReadSections(Report report, ReadOnlySpan<byte> payload, PayloadRange block)
        {
            var reader = new PayloadReader(payload, block);
            var all = new Section[reader.Integer()];
            var next = 0;
            var top = ReadSections(ref reader, report, null, all, ref next, reader.Integer());
            if (next != all.Length || !reader.AtEnd) throw new FormatException("ReportSdk payload: section count does not match the tree");
            return (top, all);
        }

        public static Target[] ReadTargets(Report report, ReadOnlySpan<byte> payload, PayloadRange block, Registry registry, Section[] sections)
            => (Target[])ReadFigures(new PayloadReader(payload, block), report, registry, sections, isTarget: true);

        public static Actual[] ReadActuals(Report report, ReadOnlySpan<byte> payload, PayloadRange block, Registry registry, Section[] sections)
            => (Actual[])ReadFigures(new PayloadReader(payload, block), report, registry, sections, isTarget: false);

        private static Section[] ReadSections(ref PayloadReader reader, Report report, Section? parent, Section[] all, ref int next, int count)
        {
            var sections = new Section[count];
            for (var i = 0; i < count; i++)
            {
                if (next >= all.Length) throw new FormatException("ReportSdk payload: more sections than counted");
                var index = next++;
                var section = report.CreateSection(index);
                all[index] = section;
                section.Init(reader.Text(), reader.Text(), reader.Text(), reader.Text(), PayloadCodes.SectionRole(reader.Code()), parent, report);
                var children = reader.Integer();
                if (children > 0) section.InitChildren(new SectionList(ReadSections(ref reader, report, section, all, ref next, children)));
                sections[i] = section;
            }
            return sections;
        }

        // Targets and actuals share one reader (and one compiled method): they differ only in their
        // class. Codes are matched as bytes and texts left in the payload: reading a figure
        // allocates the figure and its quantity, nothing else.
        private static Figure[] ReadFigures(PayloadReader reader, Report report, Registry registry, Section[] sections, bool isTarget)
        {
            var figures = isTarget ? (Figure[])new Target[reader.Integer()] : new Actual[reader.Integer()];
            for (var i = 0; i < figures.Length; i++)
            {
                var data = new FigureData { Report = report, Key = reader.Text(), Label = reader.Text() };
                var indicator = reader.NullableCode(out var noIndicator);
                data.Indicator = noIndicator ? null : registry.Indicator(indicator);
                var value = reader.NullableDecimal();
                var max = reader.NullableDecimal();
                var unit = reader.NullableCode(out var noUnit);
                var unitEntry = noUnit ? null : registry.Unit(unit);
                var measure = reader.NullableString();
                var bound = reader.NullableCode(out var noBound);
                var boundCode = noBound ? (Bound?)null : PayloadCodes.Bound(bound);
                data.Period = PayloadCodes.Period(reader.Code());
                data.Kind = PayloadCodes.FigureKind(reader.Code());
                data.Headline = reader.Boolean();
                data.Aspirational = reader.Boolean();
                var section = reader.Integer();
                if ((uint)section >= (uint)sections.Length) throw new FormatException($"ReportSdk payload: a figure names section {section} of {sections.Length}");
                data.Section = sections[section];
                data.Quote = reader.Text();
                data.Note = reader.Text();
                data.ConflictsWith = reader.Text();
                if (value is { } v)
                {
                    if (unitEntry is null || boundCode is null) throw new FormatException("ReportSdk payload: a figure has a value without unit or bound");
                    data.Quantity = new Quantity(v, max, unitEntry, measure, boundCode.Value, data.Period);
                }
                figures[i] = isTarget ? new Target(data) : new Actual(data);
            }
            if (!reader.AtEnd) throw new FormatException("ReportSdk payload: bytes after the figures");
            return figures;
        }
    }
}
