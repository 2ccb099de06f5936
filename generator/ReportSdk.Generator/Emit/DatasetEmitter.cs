using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Generator.Emit
{
    /// <summary>
    /// Writes the entry class (<c>Reports</c> by default): one property per report, <c>All</c>,
    /// <c>Get(id)</c>, <c>TryGet(id, out report)</c> and <c>Dataset</c>. Lookup by id is a
    /// string switch, so asking for one report creates only that report.
    /// </summary>
    internal static class DatasetEmitter
    {
        private const string Runtime = "global::ReportSdk.";

        public static string HintName(string className) => "ReportSdk." + className + ".g.cs";

        public static string Emit(IReadOnlyList<DatasetEntry> reports, string @namespace, string className, string version, string contentHash)
        {
            var ordered = reports.OrderBy(r => r.Id, System.StringComparer.Ordinal).ToList();
            var w = new SourceWriter();
            w.FileHeader(": the dataset's entry point.");
            w.Open($"namespace {@namespace}");
            w.SummaryXml($"The reports of this dataset ({ordered.Count}), each a typed property; <see cref=\"All\"/> for queries across them.");
            w.GeneratedCodeAttribute();
            w.Open($"public static partial class {className}");
            w.Summary("The dataset's version and the SHA-256 of the data it holds.");
            w.Line($"public static {Runtime}DatasetInfo Dataset {{ get; }} = new {Runtime}DatasetInfo({CSharp.String(version)}, {CSharp.String(contentHash)});");
            w.Line();
            w.Summary("The units, indicators and regions the reports refer to (also the classes Units, Indicators and Regions).");
            w.Line($"public static {Runtime}Registry Registry => global::{@namespace}.{GeneratedNames.RegistryHolder}.Value;");
            foreach (var report in ordered)
            {
                w.Line();
                w.SummaryXml($"Report <c>{CSharp.Xml(report.Id)}</c>, created on first use.");
                w.Line($"public static global::{@namespace}.{report.ClassName} {report.Symbol} => global::{@namespace}.{report.ClassName}.Instance;");
            }
            w.Line();
            w.Summary("Every report, ordered by id. Creating it creates every report.");
            w.Line($"public static {Runtime}ReportCollection All => AllHolder.Value;");
            w.Line();
            w.SummaryXml("The report with this id; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> if there is none.");
            // Not found: the collection's Get throws, naming the closest id (every report is created then, only then).
            w.Line($"public static {Runtime}Report Get(string id) => TryGet(id, out var report) ? report : All.Get(id);");
            w.Line();
            w.Summary("The report with this id, if there is one. Creates only that report.");
            w.Open($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Runtime}Report? report)");
            w.Open("switch (id)");
            foreach (var report in ordered)
            {
                w.Line($"case {CSharp.String(report.Id)}: report = global::{@namespace}.{report.ClassName}.Instance; return true;");
            }
            w.Line("default: report = null; return false;");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"private static {Runtime}Report ReportAt(int index)");
            w.Line("{");
            w.Line("    switch (index)");
            w.Line("    {");
            for (var i = 0; i < ordered.Count; i++)
            {
                w.Line($"        case {i}: return global::{@namespace}.{ordered[i].ClassName}.Instance;");
            }
            w.Line("        default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Line("    }");
            w.Line("}");
            w.Line();
            w.Open("private static class AllHolder");
            w.Line($"internal static readonly {Runtime}ReportCollection Value = Create();");
            w.Line();
            w.Open($"private static {Runtime}ReportCollection Create()");
            w.Line($"var reports = new {Runtime}Report[{ordered.Count}];");
            w.Line("for (var i = 0; i < reports.Length; i++) reports[i] = ReportAt(i);");
            w.Line($"return new {Runtime}ReportCollection(reports);");
            w.Close();
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
