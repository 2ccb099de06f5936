using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Naming;

namespace ReportSdk.Compiler.Resolving
{
    /// <summary>
    /// Resolves a report or registry that has errors into a façade: the members its usable keys
    /// give (kebab-case, a valid C# name, no finding at the key), without data. Code that names
    /// <c>Reports.Luoyang2021.Targets.GdpGrowth</c> keeps compiling while a typo elsewhere in the
    /// YAML is being fixed, so the build shows the RS errors and not a cascade of CS0117.
    /// </summary>
    internal static class FacadeResolver
    {
        /// <summary>The façade of <paramref name="report"/>, or null when its id or symbol cannot be used.</summary>
        public static ResolvedReport? Resolve(ReportSpec report, IEnumerable<Finding> findings, string entryClass)
        {
            var flagged = new HashSet<int>(findings.Where(f => f.Location.Path == report.Path).Select(f => f.Location.Start));
            bool Usable(Located<string> key) => key.Value.Length > 0 && !flagged.Contains(key.Location.Start) && Identifiers.IsKebabCase(key.Value);
            if (!Usable(report.Id) || flagged.Contains(report.Symbol.Location.Start) || !Identifiers.IsValidIdentifier(report.Symbol.Value)
                || GeneratedNames.TakenInEntryClass(entryClass).Contains(report.Symbol.Value))
            {
                return null;
            }
            var className = GeneratedNames.ReportClass(report.Symbol.Value);
            var next = 0;
            var sections = Sections(report.Sections, "", className, Usable, ref next);
            return new ResolvedReport(
                report.Id.Value, report.Symbol.Value, className, System.IO.Path.GetFileName(report.Path),
                report.Kind.Value, report.Region.Value, report.Delivered.Value, report.Session, report.Speaker.Name, report.Speaker.Title,
                report.Title, report.ReviewYear.Value, report.PlanYear.Value, sections,
                Figures(report.Targets, Usable), Figures(report.Actuals, Usable), HasData: false);
        }

        /// <summary>The façade of registries with errors: the entries whose codes are usable.</summary>
        public static ResolvedRegistry Resolve(RegistrySpec registry, IEnumerable<Finding> findings)
        {
            var flagged = new HashSet<(string, int)>(findings.Select(f => (f.Location.Path, f.Location.Start)));
            bool Usable(Located<string> code) => code.Value.Length > 0 && !flagged.Contains((code.Location.Path, code.Location.Start)) && Identifiers.IsKebabCase(code.Value);
            var full = DatasetResolver.Resolve(registry);
            return new ResolvedRegistry(
                full.Units.Where((_, i) => Usable(registry.Units[i].Code)).ToEquatableArray(),
                full.Indicators.Where((_, i) => Usable(registry.Indicators[i].Code)).ToEquatableArray(),
                full.Regions.Where((_, i) => Usable(registry.Regions[i].Code)).ToEquatableArray(),
                HasData: false);
        }

        private delegate bool KeyTest(Located<string> key);

        private static EquatableArray<ResolvedSection> Sections(EquatableArray<SectionSpec> sections, string parentPath, string enclosingType, KeyTest usable, ref int next)
        {
            var resolved = new List<ResolvedSection>();
            foreach (var section in sections)
            {
                if (!usable(section.Key)) continue;
                var path = parentPath.Length == 0 ? section.Key.Value : parentPath + "/" + section.Key.Value;
                var index = next++;
                var typeName = section.Children.Count == 0 ? null : GeneratedNames.SectionType(section.Key.Value, enclosingType);
                var children = Sections(section.Children, path, typeName ?? enclosingType, usable, ref next);
                resolved.Add(new ResolvedSection(section.Key.Value, path, section.Number, section.Title.Value, section.Role.Value ?? "other",
                    index, GeneratedNames.Member(section.Key.Value), children.Count == 0 ? null : typeName, children));
            }
            return resolved.ToEquatableArray();
        }

        private static EquatableArray<ResolvedFigure> Figures(EquatableArray<FigureSpec> figures, KeyTest usable)
            => figures.Where(f => usable(f.Key))
                .Select(f => new ResolvedFigure(f.Key.Value, GeneratedNames.Member(f.Key.Value), f.Label, f.Indicator.Value, f.Value.Value, f.Max.Value,
                    f.Unit.Value, f.Measure, f.Bound.Value, f.Period.Value, f.Kind.Value ?? "", f.Headline, f.Aspirational, f.Section.Value, 0,
                    f.Quote.Value, f.Note, f.ConflictsWith.Value, null))
                .ToEquatableArray();
    }
}
