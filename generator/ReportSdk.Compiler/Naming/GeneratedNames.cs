using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Naming
{
    /// <summary>
    /// Every name the generator gives, and the names each generated type already has: what it
    /// inherits from the runtime (checked against the real runtime types by
    /// <c>GeneratedNamesTests</c>) and what the emitters add. The emitters take their names from
    /// here and the validator checks keys against the same sets, so the two cannot drift.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary>Class of a report: <c>Luoyang2021</c> → <c>Luoyang2021Report</c>.</summary>
        public static string ReportClass(string symbol) => symbol + "Report";

        public const string SectionTree = "SectionTree";
        public const string TargetTree = "TargetTree";
        public const string ActualTree = "ActualTree";

        /// <summary>The generated registry classes, one per registry file.</summary>
        public const string Units = "Units";
        public const string Indicators = "Indicators";
        public const string Regions = "Regions";

        /// <summary>The internal class that holds the registry payload.</summary>
        public const string RegistryHolder = "ReportSdkRegistry";

        /// <summary>Members of <c>object</c>, which every generated type has.</summary>
        public static readonly IReadOnlyList<string> ObjectMembers = new[]
        {
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
        };

        /// <summary>Public and protected members of <c>ReportSdk.Report</c>.</summary>
        public static readonly IReadOnlyList<string> ReportMembers = new[]
        {
            "Id", "Kind", "Region", "Delivered", "Session", "Speaker", "Title", "ReviewYear", "PlanYear", "Sections", "Targets",
            "Actuals", "FindSection", "GetPayload", "CreateSection", "CreateSections", "CreateTargets", "CreateActuals",
        };

        /// <summary>Public and protected members of <c>ReportSdk.Section</c>.</summary>
        public static readonly IReadOnlyList<string> SectionMembers = new[]
        {
            "Key", "Path", "Number", "Title", "Role", "Children", "Parent", "Report",
        };

        /// <summary>Public and protected members of <c>ReportSdk.SectionList</c> (<c>Item</c> is the indexer).</summary>
        public static readonly IReadOnlyList<string> SectionListMembers = new[]
        {
            "Count", "Item", "Find", "FindByPath", "Descendants", "GetEnumerator", "Empty",
        };

        /// <summary>Public and protected members of <c>ReportSdk.TargetList</c> and <c>ActualList</c>.</summary>
        public static readonly IReadOnlyList<string> FigureListMembers = new[]
        {
            "Count", "Item", "Get", "TryGet", "IndexOf", "Of", "GetEnumerator",
        };

        /// <summary>What the generator adds to a report class besides its section types.</summary>
        public static readonly IReadOnlyList<string> ReportClassAdditions = new[] { "Instance", "Holder", SectionTree, TargetTree, ActualTree };

        /// <summary>What the generator puts in the entry class besides one property per report.</summary>
        public static readonly IReadOnlyList<string> EntryClassMembers = new[] { "Dataset", "Registry", "All", "Get", "TryGet", "ReportAt", "AllHolder" };

        /// <summary>What the generator puts in <c>Units</c>, <c>Indicators</c> and <c>Regions</c> besides one property per code.</summary>
        public static readonly IReadOnlyList<string> RegistryClassMembers = new[] { "All", "Get", "TryGet" };

        /// <summary>Member of a key or code: <c>gdp-growth</c> → <c>GdpGrowth</c>.</summary>
        public static string Member(string key) => Identifiers.ToPascalCase(key);

        /// <summary>
        /// Nested class of a section with children: <c>key-work</c> → <c>KeyWorkSection</c>, or
        /// <c>KeyWorkSectionPart</c> inside a class already named <c>KeyWorkSection</c>.
        /// </summary>
        public static string SectionType(string key, string enclosingType)
        {
            var name = Member(key) + "Section";
            return name == enclosingType ? name + "Part" : name;
        }

        /// <summary>Names a member of a report's entry class cannot take.</summary>
        public static IEnumerable<string> TakenInEntryClass(string entryClass) => ObjectMembers.Concat(EntryClassMembers).Concat(new[] { entryClass });
    }
}
