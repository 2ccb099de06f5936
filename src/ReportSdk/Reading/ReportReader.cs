using System;
using ReportSdk.Payload;

namespace ReportSdk.Reading
{
    /// <summary>
    /// The one builder of report objects: reads a report payload into a <see cref="Report"/>,
    /// its sections, targets and actuals, and sets every back-reference (section → parent and
    /// report, figure → section and report). Compiled datasets, <see cref="ReportDataset"/> and
    /// the CLI all come through here.
    /// </summary>
    internal static class ReportReader
    {
        public static Report Read(ReadOnlySpan<byte> payload, Registry registry) => new(payload, registry);

        /// <summary>Reads the fields of <paramref name="report"/> (called from its constructor, which assigns them).</summary>
        public static ReportData Read(Report report, ReadOnlySpan<byte> payload, Registry registry)
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

            var all = new Section[reader.Integer()];
            var next = 0;
            var top = ReadSections(ref reader, report, null, all, ref next, reader.Integer());
            if (next != all.Length) throw new FormatException("ReportSdk payload: section count does not match the tree");
            data.Sections = report.CreateSections(top);
            data.Targets = report.CreateTargets((Target[])ReadFigures(ref reader, report, registry, all, isTarget: true));
            data.Actuals = report.CreateActuals((Actual[])ReadFigures(ref reader, report, registry, all, isTarget: false));
            if (!reader.AtEnd) throw new FormatException("ReportSdk payload: bytes after the report");
            return data;
        }

        private static Section[] ReadSections(ref PayloadReader reader, Report report, Section? parent, Section[] all, ref int next, int count)
        {
            var sections = new Section[count];
            for (var i = 0; i < count; i++)
            {
                if (next >= all.Length) throw new FormatException("ReportSdk payload: more sections than counted");
                var index = next++;
                var section = report.CreateSection(index);
                all[index] = section;
                section.Init(reader.String(), reader.String(), reader.String(), reader.String(), PayloadCodes.SectionRole(reader.String()), parent, report);
                var children = reader.Integer();
                if (children > 0) section.InitChildren(new SectionList(ReadSections(ref reader, report, section, all, ref next, children)));
                sections[i] = section;
            }
            return sections;
        }

        // Targets and actuals share one reader (and one compiled method): they differ only in their class.
        private static Figure[] ReadFigures(ref PayloadReader reader, Report report, Registry registry, Section[] sections, bool isTarget)
        {
            var figures = isTarget ? (Figure[])new Target[reader.Integer()] : new Actual[reader.Integer()];
            for (var i = 0; i < figures.Length; i++)
            {
                var data = new FigureData { Report = report, Key = reader.String(), Label = reader.String() };
                var indicator = reader.NullableString();
                data.Indicator = indicator is null ? null : registry.Indicator(indicator);
                var value = reader.NullableDecimal();
                var max = reader.NullableDecimal();
                var unit = reader.NullableString();
                var measure = reader.NullableString();
                var bound = reader.NullableString();
                data.Period = Period.Parse(reader.String());
                data.Kind = PayloadCodes.FigureKind(reader.String());
                data.Headline = reader.Boolean();
                data.Aspirational = reader.Boolean();
                var section = reader.Integer();
                if ((uint)section >= (uint)sections.Length) throw new FormatException($"ReportSdk payload: figure '{data.Key}' names section {section} of {sections.Length}");
                data.Section = sections[section];
                data.Quote = reader.String();
                data.Note = reader.NullableString();
                data.ConflictsWith = reader.NullableString();
                if (value is { } v)
                {
                    if (unit is null || bound is null) throw new FormatException($"ReportSdk payload: figure '{data.Key}' has a value without unit or bound");
                    data.Quantity = new Quantity(v, max, registry.Unit(unit), measure, PayloadCodes.Bound(bound), data.Period);
                }
                figures[i] = isTarget ? new Target(data) : new Actual(data);
            }
            return figures;
        }
    }
}
