using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// Checks the merged registries: codes well-formed and unique, references resolved (every unit
    /// an indicator lists, a region's parent). The shape of one entry is checked as it is read
    /// (<see cref="Parsing.RegistryParser"/>).
    /// </summary>
    internal static class RegistryValidator
    {
        public static IReadOnlyList<Finding> Validate(RegistrySpec registry) => Validate(registry, AdministrativeDivisions.National);

        /// <summary>The findings of <paramref name="registry"/>, its regions checked against <paramref name="divisions"/>.</summary>
        public static IReadOnlyList<Finding> Validate(RegistrySpec registry, AdministrativeDivisions divisions)
        {
            var diagnostics = new List<Finding>();
            CheckCodes(registry.Units.Select(u => u.Code), "unit", diagnostics);
            CheckCodes(registry.Indicators.Select(i => i.Code), "indicator", diagnostics);
            CheckCodes(registry.Regions.Select(r => r.Code), "region", diagnostics);
            foreach (var indicator in registry.Indicators)
            {
                var listed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var unit in indicator.Units)
                {
                    if (unit.Value.Length == 0) continue;
                    if (!listed.Add(unit.Value))
                    {
                        diagnostics.Add(Rules.DuplicateKey.At(unit.Location, $"indicator '{indicator.Code.Value}' lists unit '{unit.Value}' twice"));
                    }
                    else if (registry.FindUnit(unit.Value) is null)
                    {
                        diagnostics.Add(Rules.UnknownUnit.At(unit.Location, $"indicator '{indicator.Code.Value}' names unknown unit '{unit.Value}'{Hints.DidYouMean(unit.Value, registry.Units.Select(u => u.Code.Value))}"));
                    }
                }
                CheckCode(indicator.Kind, Codes.IndicatorKinds, "indicator kind", diagnostics);
            }
            foreach (var region in registry.Regions)
            {
                CheckCode(region.Level, Codes.RegionLevels, "region level", diagnostics);
                if (region.Parent.Value is { } parent && registry.FindRegion(parent) is null)
                {
                    diagnostics.Add(Rules.UnknownRegion.At(region.Parent.Location, $"region '{region.Code.Value}' names unknown parent '{parent}'{Hints.DidYouMean(parent, registry.Regions.Select(r => r.Code.Value))}"));
                }
                else if (region.Parent.Value is not null && ValueRules.ParentCycle(region.Code.Value, c => registry.FindRegion(c)?.Parent.Value) is { } cycle)
                {
                    diagnostics.Add(Rules.RegionCycle.At(region.Parent.Location, $"region '{region.Code.Value}' is its own ancestor ({cycle}); a region's parents end at a province"));
                }
                else
                {
                    CheckAgainstNationalList(region, registry, divisions, diagnostics);
                }
            }
            return diagnostics;
        }

        /// <summary>A region's name, level and parent are those the national list gives its GB/T 2260 code (RS2009); a code it lacks is RS2010.</summary>
        private static void CheckAgainstNationalList(RegionSpec region, RegistrySpec registry, AdministrativeDivisions divisions, List<Finding> diagnostics)
        {
            if (region.GbCode.Length != 6 || !region.GbCode.All(c => c >= '0' && c <= '9')) return;
            var code = region.Code.Value;
            var division = divisions.Find(region.GbCode);
            if (division is null)
            {
                diagnostics.Add(Rules.RegionNotListed.At(region.Code.Location,
                    $"region '{code}': gbCode '{region.GbCode}' is not in the national list of divisions ({Year(divisions)}); check the code (a division abolished or renamed before then is not listed)"));
                return;
            }
            if (region.Name != division.Name)
            {
                diagnostics.Add(Rules.RegionMismatch.At(region.Code.Location,
                    $"region '{code}' is named '{region.Name}', but {division.Code} is '{division.Name}' in the national list of divisions; write its official name"));
            }
            if (Codes.RegionLevels.Contains(region.Level.Value) && region.Level.Value != division.Level)
            {
                diagnostics.Add(Rules.RegionMismatch.At(region.Level.Location,
                    $"region '{code}' has level '{region.Level.Value}', but {division.Code} {division.Name} is a {division.Level} in the national list of divisions"));
            }
            if (region.Parent.Value is { } parentCode && registry.FindRegion(parentCode) is { } parent && parent.GbCode != division.ParentCode)
            {
                var belongs = division.ParentCode is null ? $"{division.Code} {division.Name} is a province, which belongs to none"
                    : $"{division.Code} {division.Name} belongs to {division.ParentCode} {divisions.Find(division.ParentCode)?.Name}";
                diagnostics.Add(Rules.RegionMismatch.At(region.Parent.Location,
                    $"region '{code}' names parent '{parentCode}' ({parent.GbCode}), but {belongs} in the national list of divisions"));
            }
        }

        private static string Year(AdministrativeDivisions divisions)
        {
            var at = divisions.Vintage.IndexOf("of 20", StringComparison.Ordinal);
            return at < 0 ? "as shipped" : divisions.Vintage.Substring(at + 3, 4);
        }

        private static void CheckCodes(IEnumerable<Located<string>> codes, string what, List<Finding> diagnostics)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                if (code.Value.Length == 0) continue;
                if (!Identifiers.IsKebabCase(code.Value))
                {
                    diagnostics.Add(Rules.InvalidKey.At(code.Location, $"{what} code '{code.Value}' must be kebab-case"));
                    continue;
                }
                var identifier = Identifiers.ToPascalCase(code.Value);
                if (seen.TryGetValue(identifier, out var first))
                {
                    diagnostics.Add(Rules.DuplicateKey.At(code.Location, first == code.Value
                        ? $"{what} code '{code.Value}' is defined twice"
                        : $"{what} codes '{code.Value}' and '{first}' both become '{identifier}' in C#"));
                    continue;
                }
                if (what is "unit" or "indicator" or "region" && TakenInRegistryClass(identifier, what) is { } className)
                {
                    diagnostics.Add(Rules.InvalidKey.At(code.Location, $"{what} code '{code.Value}' would become '{identifier}', a name the generated class '{className}' already has; choose another code"));
                    continue;
                }
                seen.Add(identifier, code.Value);
            }
        }

        /// <summary>The generated registry class in which <paramref name="member"/> is taken, or null when it is free.</summary>
        private static string? TakenInRegistryClass(string member, string what)
        {
            var className = what switch { "unit" => GeneratedNames.Units, "indicator" => GeneratedNames.Indicators, _ => GeneratedNames.Regions };
            return member == className || GeneratedNames.ObjectMembers.Contains(member) || GeneratedNames.RegistryClassMembers.Contains(member) ? className : null;
        }

        private static void CheckCode(Located<string> code, IReadOnlyList<string> allowed, string what, List<Finding> diagnostics)
        {
            if (code.Value.Length > 0 && !allowed.Contains(code.Value))
            {
                diagnostics.Add(Rules.UnknownCode.At(code.Location, $"unknown {what} '{code.Value}'; expected one of: {string.Join(", ", allowed)}{Hints.DidYouMean(code.Value, allowed)}"));
            }
        }
    }
}
