using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Curation.Editing;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// What regions.yaml needs for a division of the national list: the registry's region with that
    /// GB/T 2260 code where there is one, else new entries for it and for each division above it the
    /// registry lacks (province, prefecture), each with its official name, level, parent and a code in
    /// pinyin (<c>yongchuan</c>; <c>chaoyang-beijing</c> where the short code is taken). Nobody types a code.
    /// </summary>
    public static class RegionRegistration
    {
        /// <summary>The registry code of <paramref name="division"/> and the regions.yaml items to add for it (none when it is there already).</summary>
        public static (string Code, IReadOnlyList<string> NewEntries) For(Division division, RegistrySpec registry, AdministrativeDivisions divisions)
        {
            if (registry.Regions.FirstOrDefault(r => r.GbCode == division.Code) is { } listed) return (listed.Code.Value, Array.Empty<string>());
            var taken = new HashSet<string>(registry.Regions.Select(r => r.Code.Value), StringComparer.Ordinal);
            var entries = new List<string>();
            string? parent = null;
            string code = "";
            foreach (var d in divisions.Chain(division))
            {
                var known = registry.Regions.FirstOrDefault(r => r.GbCode == d.Code);
                if (known is not null)
                {
                    code = known.Code.Value;
                }
                else
                {
                    code = FreeCode(d, divisions, taken);
                    taken.Add(code);
                    entries.Add("{code: " + code + ", name: " + YamlScalar.Plain(d.Name) + ", english: " + YamlScalar.Plain(d.English)
                        + ", gbCode: \"" + d.Code + "\", level: " + d.Level + (parent is null ? "" : ", parent: " + parent) + "}");
                }
                parent = code;
            }
            return (code, entries);
        }

        /// <summary>The division's pinyin code, or that code followed by its parent's when taken, or a number after it.</summary>
        private static string FreeCode(Division division, AdministrativeDivisions divisions, HashSet<string> taken)
        {
            if (!taken.Contains(division.SuggestedCode)) return division.SuggestedCode;
            var parent = divisions.ParentOf(division);
            var withParent = parent is null ? division.SuggestedCode : division.SuggestedCode + "-" + parent.SuggestedCode;
            if (!taken.Contains(withParent)) return withParent;
            for (var n = 2; ; n++)
            {
                var numbered = withParent + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!taken.Contains(numbered)) return numbered;
            }
        }
    }
}
