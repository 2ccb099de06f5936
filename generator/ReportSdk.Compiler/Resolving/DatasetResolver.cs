using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Naming;

namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// Turns checked specs into the location-free model the writers print: member and class
    /// names from <see cref="GeneratedNames"/>, section paths and indices, the role every
    /// section takes from its top-level section. Call it only on specs without errors.
    /// </summary>
    internal static class DatasetResolver
    {
        public static ResolvedReport Resolve(ReportSpec report, RegistrySpec registry)
        {
            var unitNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var code in report.Targets.Concat(report.Actuals).Select(f => f.Unit.Value))
            {
                if (code is not null && !unitNames.ContainsKey(code) && registry.FindUnit(code) is { } unit) unitNames.Add(code, unit.Name);
            }
            var className = GeneratedNames.ReportClass(report.Symbol.Value);
            var next = 0;
            var sections = ResolveSections(report.Sections, "", null, className, ref next);
            var indexByPath = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var section in Descendants(sections))
            {
                if (!indexByPath.ContainsKey(section.Path)) indexByPath.Add(section.Path, section.Index);
            }
            return new ResolvedReport(
                report.Id.Value,
                report.Symbol.Value,
                className,
                System.IO.Path.GetFileName(report.Path),
                report.Kind.Value,
                report.Region.Value,
                report.Delivered.Value,
                report.Session,
                report.Speaker.Name,
                report.Speaker.Title,
                report.Title,
                report.ReviewYear.Value,
                report.PlanYear.Value,
                sections,
                report.Targets.Select(f => ResolveFigure(f, indexByPath, unitNames)).ToEquatableArray(),
                report.Actuals.Select(f => ResolveFigure(f, indexByPath, unitNames)).ToEquatableArray());
        }

        /// <summary>
        /// The registries: every unit listed, then the composed units (<see cref="UnitComposition"/>) the
        /// indicators name, in the order they are first named; the indicators; the regions.
        /// </summary>
        public static ResolvedRegistry Resolve(RegistrySpec registry)
            => new(
                WithComposed(registry, registry.Units.Select(u => ResolveUnit(u)).ToList(), registry.Indicators.SelectMany(i => i.Units).Select(u => u.Value)).ToEquatableArray(),
                registry.Indicators.Select(i => new ResolvedIndicator(i.Code.Value, GeneratedNames.Member(i.Code.Value), i.Name, i.English, i.Unit.Value, i.Kind.Value)).ToEquatableArray(),
                registry.Regions.Select(r => new ResolvedRegion(r.Code.Value, GeneratedNames.Member(r.Code.Value), r.Name, r.English, r.GbCode, r.Level.Value, r.Parent.Value)).ToEquatableArray());

        /// <summary>
        /// <paramref name="registry"/> with the composed units among <paramref name="codes"/> it does not hold yet,
        /// in code order: the registry a dataset of reports using those units prints, so that every unit a
        /// figure names is a unit of the dataset at run time.
        /// </summary>
        public static ResolvedRegistry WithUnits(ResolvedRegistry registry, RegistrySpec spec, IEnumerable<string> codes)
        {
            var used = codes.Distinct(System.StringComparer.Ordinal).OrderBy(u => u, System.StringComparer.Ordinal);
            var units = WithComposed(spec, registry.Units.ToList(), used);
            return units.Count == registry.Units.Count ? registry : registry with { Units = units.ToEquatableArray() };
        }

        /// <summary>The codes of the units a report's figures use, each once, in code order.</summary>
        public static EquatableArray<string> UnitsOf(ResolvedReport report)
            => report.Targets.Concat(report.Actuals).Select(f => f.Unit).Where(u => u is not null).Select(u => u!)
                .Distinct(System.StringComparer.Ordinal).OrderBy(u => u, System.StringComparer.Ordinal).ToEquatableArray();

        private static List<ResolvedUnit> WithComposed(RegistrySpec spec, List<ResolvedUnit> units, IEnumerable<string> codes)
        {
            var known = new HashSet<string>(units.Select(u => u.Code), System.StringComparer.Ordinal);
            foreach (var code in codes)
            {
                if (known.Contains(code) || UnitComposition.Compose(spec.Units, code) is not { } composed) continue;
                known.Add(code);
                units.Add(ResolveUnit(composed));
            }
            return units;
        }

        private static ResolvedUnit ResolveUnit(UnitSpec u) => new(u.Code.Value, GeneratedNames.Member(u.Code.Value), u.Name, u.English, u.Dimension, u.Scale);

        /// <summary>Every section depth first, in document order: the order of <see cref="ResolvedSection.Index"/>.</summary>
        public static IEnumerable<ResolvedSection> Descendants(EquatableArray<ResolvedSection> sections)
        {
            foreach (var section in sections)
            {
                yield return section;
                foreach (var child in Descendants(section.Children)) yield return child;
            }
        }

        private static EquatableArray<ResolvedSection> ResolveSections(EquatableArray<SectionSpec> sections, string parentPath, string? role, string enclosingType, ref int next)
        {
            var resolved = new List<ResolvedSection>(sections.Count);
            foreach (var section in sections)
            {
                var path = parentPath.Length == 0 ? section.Key.Value : parentPath + "/" + section.Key.Value;
                var sectionRole = role ?? section.Role.Value ?? "other";
                var index = next++;
                var typeName = section.Children.Count == 0 ? null : GeneratedNames.SectionType(section.Key.Value, enclosingType);
                var children = ResolveSections(section.Children, path, sectionRole, typeName ?? enclosingType, ref next);
                resolved.Add(new ResolvedSection(section.Key.Value, path, section.Number, section.Title.Value, sectionRole, index,
                    GeneratedNames.Member(section.Key.Value), typeName, children));
            }
            return resolved.ToEquatableArray();
        }

        private static ResolvedFigure ResolveFigure(FigureSpec figure, IReadOnlyDictionary<string, int> sectionIndex, IReadOnlyDictionary<string, string> unitNames)
            => new(
                figure.Key.Value,
                GeneratedNames.Member(figure.Key.Value),
                figure.Label,
                figure.Indicator.Value,
                figure.Qualitative ? null : figure.Value.Value,
                figure.Qualitative ? null : figure.Max.Value,
                figure.Qualitative ? null : figure.Unit.Value,
                figure.Qualitative ? null : figure.Measure,
                figure.Qualitative ? null : figure.Bound.Value,
                figure.Period.Value,
                figure.Kind.Value!,
                figure.Headline,
                figure.Aspirational,
                figure.Section.Value,
                sectionIndex[figure.Section.Value],
                figure.Quote.Value,
                figure.Note,
                figure.ConflictsWith.Value,
                figure.Qualitative ? null : ChineseQuantityText.Format(figure.Value.Value!, figure.Max.Value, unitNames[figure.Unit.Value!], figure.Measure, figure.Bound.Value!));
    }
}
