// A copy of src/ReportSdk.Cli/Loading/ReportBuilder.cs (internal to the CLI), so that this app
// builds the runtime model from the YAML exactly as the CLI does. Keep it in step with that file.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Schema.Model;

namespace ReportSdk.Bench.RuntimeYaml
{
    /// <summary>
    /// Builds the runtime objects (<see cref="Report"/>, <see cref="Target"/>…) from validated
    /// specs: what the generated code does at compile time, done at run time, so the CLI's
    /// exports and queries read the YAML exactly as a compiled dataset does.
    /// </summary>
    internal sealed class ReportBuilder
    {
        private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);

        public ReportBuilder(RegistrySpec registry)
        {
            foreach (var unit in registry.Units)
            {
                _units[unit.Code.Value] = new Unit(unit.Code.Value, unit.Name, unit.English, unit.Dimension, ParseDecimal(unit.Scale));
            }
            foreach (var indicator in registry.Indicators)
            {
                _indicators[indicator.Code.Value] = new Indicator(indicator.Code.Value, indicator.Name, indicator.English,
                    _units[indicator.Unit.Value], Codes.Parse<IndicatorKind>(indicator.Kind.Value));
            }
            foreach (var region in registry.Regions) RegionOf(region.Code.Value, registry);
        }

        public IReadOnlyCollection<Indicator> Indicators => _indicators.Values;

        /// <summary>All reports, in a collection ordered by id.</summary>
        public ReportCollection Build(IEnumerable<ReportSpec> reports) => new(reports.Select(Build));

        public Report Build(ReportSpec spec)
        {
            var sections = BuildSections(spec.Sections, "", null);
            return new Report(spec.Id.Value, Codes.Parse<ReportKind>(spec.Kind.Value), _regions[spec.Region.Value],
                DateOnly.ParseExact(spec.Delivered.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture), spec.Session,
                new Speaker(spec.Speaker.Name, spec.Speaker.Title), spec.Title, spec.ReviewYear.Value, spec.PlanYear.Value,
                sections,
                new TargetList(spec.Targets.Select(f => Parts(f, sections).ToTarget()).ToArray()),
                new ActualList(spec.Actuals.Select(f => Parts(f, sections).ToActual()).ToArray()));
        }

        /// <summary>What a target and an actual are made of, resolved against the registries and sections.</summary>
        private sealed record FigureParts(FigureSpec Spec, Indicator? Indicator, Quantity? Quantity, Period Period, FigureKind Kind, Section Section)
        {
            public Target ToTarget() => new(Spec.Key.Value, Spec.Label, Indicator, Quantity, Period, Kind, Spec.Headline, Spec.Aspirational,
                Section, Spec.Quote.Value, Spec.Note, Spec.ConflictsWith.Value);

            public Actual ToActual() => new(Spec.Key.Value, Spec.Label, Indicator, Quantity, Period, Kind, Spec.Headline, Spec.Aspirational,
                Section, Spec.Quote.Value, Spec.Note, Spec.ConflictsWith.Value);
        }

        private FigureParts Parts(FigureSpec f, SectionList sections)
        {
            var period = Period.Parse(f.Period.Value);
            var quantity = f.Qualitative
                ? null
                : new Quantity(ParseDecimal(f.Value.Value!), f.Max.Value is null ? null : ParseDecimal(f.Max.Value), _units[f.Unit.Value!],
                    f.Measure, Codes.Parse<Bound>(f.Bound.Value!), period);
            var indicator = f.Indicator.Value is null ? null : _indicators[f.Indicator.Value];
            return new FigureParts(f, indicator, quantity, period, Codes.Parse<FigureKind>(f.Kind.Value!), sections.Find(f.Section.Value)!);
        }

        private static SectionList BuildSections(EquatableArray<SectionSpec> specs, string parentPath, SectionRole? parentRole)
        {
            if (specs.Count == 0) return SectionList.Empty;
            return new SectionList(specs.Select(spec =>
            {
                var path = parentPath.Length == 0 ? spec.Key.Value : parentPath + "/" + spec.Key.Value;
                var role = parentRole ?? Codes.Parse<SectionRole>(spec.Role.Value ?? "other");
                return new Section(spec.Key.Value, path, spec.Number, spec.Title.Value, role, BuildSections(spec.Children, path, role));
            }).ToArray());
        }

        private Region RegionOf(string code, RegistrySpec registry)
        {
            if (_regions.TryGetValue(code, out var known)) return known;
            var spec = registry.FindRegion(code)!;
            var parent = spec.Parent.Value is { } parentCode ? RegionOf(parentCode, registry) : null;
            var region = new Region(code, spec.Name, spec.English, spec.GbCode, Codes.Parse<RegionLevel>(spec.Level.Value), parent);
            _regions[code] = region;
            return region;
        }

        private static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
