using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Naming
{
    /// <summary>
    /// Checks that every C# name a report's keys become is free where the generator puts it
    /// (RS1007): not a member the generated type inherits or already has, not the type's own
    /// name, not a nested type's name. Keys that repeat are RS1008 elsewhere and skipped here.
    /// </summary>
    internal static class ReportNames
    {
        /// <summary>Findings for every key of <paramref name="report"/> whose name is taken.</summary>
        public static IReadOnlyList<Finding> Check(ReportSpec report, string entryClass = "Reports")
        {
            var findings = new List<Finding>();
            var symbol = report.Symbol.Value;
            if (GeneratedNames.TakenInEntryClass(entryClass).Contains(symbol))
            {
                findings.Add(Rules.InvalidKey.At(report.Symbol.Location,
                    $"symbol '{symbol}' is a name the generated class '{entryClass}' already has; choose another symbol"));
            }
            var reportClass = GeneratedNames.ReportClass(symbol);
            var reportScope = new Scope(reportClass, GeneratedNames.ObjectMembers.Concat(GeneratedNames.ReportMembers).Concat(GeneratedNames.ReportClassAdditions));
            var treeScope = new Scope(GeneratedNames.SectionTree, GeneratedNames.ObjectMembers.Concat(GeneratedNames.SectionListMembers));
            CheckSections(report.Sections, treeScope, reportScope, findings);
            CheckFigures(report.Targets, GeneratedNames.TargetTree, "target", findings);
            CheckFigures(report.Actuals, GeneratedNames.ActualTree, "actual", findings);
            return findings;
        }

        /// <summary>
        /// <paramref name="members"/> holds the sections' properties; <paramref name="types"/> the
        /// class their typed classes are nested in.
        /// </summary>
        private static void CheckSections(EquatableArray<SectionSpec> sections, Scope members, Scope types, List<Finding> findings)
        {
            foreach (var section in sections)
            {
                var name = GeneratedNames.Member(section.Key.Value);
                if (!members.Claim(name, isType: false, out var why))
                {
                    findings.Add(Taken(section.Key, "section key", name, members.TypeName, why));
                }
                if (section.Children.Count == 0) continue;
                var typeName = GeneratedNames.SectionType(section.Key.Value, types.TypeName);
                if (!types.Claim(typeName, isType: true, out var typeWhy))
                {
                    findings.Add(Rules.InvalidKey.At(section.Key.Location,
                        $"section key '{section.Key.Value}' gives the class '{typeName}', a name '{types.TypeName}' already has ({typeWhy}); choose another key"));
                    continue;
                }
                var scope = new Scope(typeName, GeneratedNames.ObjectMembers.Concat(GeneratedNames.SectionMembers));
                CheckSections(section.Children, scope, scope, findings);
            }
        }

        private static void CheckFigures(EquatableArray<FigureSpec> figures, string treeType, string what, List<Finding> findings)
        {
            var scope = new Scope(treeType, GeneratedNames.ObjectMembers.Concat(GeneratedNames.FigureListMembers));
            foreach (var figure in figures)
            {
                var name = GeneratedNames.Member(figure.Key.Value);
                if (!scope.Claim(name, isType: false, out var why)) findings.Add(Taken(figure.Key, $"{what} key", name, treeType, why));
            }
        }

        private static Finding Taken(Located<string> key, string what, string name, string type, string why)
            => Rules.InvalidKey.At(key.Location, $"{what} '{key.Value}' would become '{name}', a name the generated class '{type}' already has ({why}); choose another key");

        /// <summary>The names in one generated class: inherited, added by the generator, and claimed by keys so far.</summary>
        private sealed class Scope
        {
            private readonly HashSet<string> _reserved;
            private readonly Dictionary<string, bool> _claimedAsType = new(System.StringComparer.Ordinal);

            public Scope(string typeName, IEnumerable<string> reserved)
            {
                TypeName = typeName;
                _reserved = new HashSet<string>(reserved, System.StringComparer.Ordinal);
            }

            public string TypeName { get; }

            /// <summary>
            /// Takes <paramref name="name"/> for a property or a nested class; false with the reason
            /// when it is not free. Two keys of the same name are RS1008's to report, not a clash;
            /// a property and a class of one name are.
            /// </summary>
            public bool Claim(string name, bool isType, out string why)
            {
                why = name == TypeName ? "its own name" : _reserved.Contains(name) ? "inherited or generated" : "";
                if (why.Length > 0) return false;
                if (_claimedAsType.TryGetValue(name, out var wasType))
                {
                    why = wasType ? "the class of another section" : "the property of another key";
                    return wasType == isType;
                }
                _claimedAsType.Add(name, isType);
                return true;
            }
        }
    }
}
