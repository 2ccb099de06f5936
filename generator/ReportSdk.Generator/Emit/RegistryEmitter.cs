using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Generator.Emit
{
    /// <summary>
    /// Prints the registries: their payload in an internal holder, read once on first use, and
    /// the static classes <c>Units</c>, <c>Indicators</c> and <c>Regions</c> with one property
    /// per code, <c>All</c>, <c>Get(code)</c> and <c>TryGet(code, out …)</c>.
    /// </summary>
    internal static class RegistryEmitter
    {
        private const string Runtime = "global::ReportSdk.";

        public const string HintName = "ReportSdk.Registry.g.cs";

        public static string Emit(ResolvedRegistry registry, string @namespace)
        {
            var w = new SourceWriter();
            w.FileHeader(" from units.yaml, indicators.yaml and regions.yaml.");
            w.Open($"namespace {@namespace}");
            w.Line("// The registries in the payload format, stored in the assembly as they are; read once, on first use.");
            w.GeneratedCodeAttribute();
            w.Open($"internal static class {GeneratedNames.RegistryHolder}");
            w.Line($"internal static {Runtime}Registry Value => Holder.Value;");
            w.Line();
            w.Line(registry.HasData
                ? $"private static global::System.ReadOnlySpan<byte> Payload => {CSharp.Utf8Literal(PayloadWriter.Write(registry))};"
                : $"private static global::System.ReadOnlySpan<byte> Payload => throw new global::System.InvalidOperationException({CSharp.String(ReportEmitter.NoDataMessage("the registries"))});");
            w.Line();
            w.Open("private static class Holder");
            w.Line($"internal static readonly {Runtime}Registry Value = {Runtime}Registry.Read(Payload);");
            w.Close();
            w.Close();
            w.Line();

            WriteRegistry(w, @namespace, GeneratedNames.Units, "Unit", "units of measure", "Units",
                registry.Units.Select(u => new Entry(u.Code, u.Member, $"{u.Name}: {u.English} (dimension {u.Dimension}, scale {u.Scale}).")));
            w.Line();
            WriteRegistry(w, @namespace, GeneratedNames.Indicators, "Indicator", "statistical indicators", "Indicators",
                registry.Indicators.Select(i => new Entry(i.Code, i.Member, $"{i.Name}: {i.English} ({i.Kind}, in {i.Unit}).")));
            w.Line();
            WriteRegistry(w, @namespace, GeneratedNames.Regions, "Region", "regions", "Regions",
                registry.Regions.Select(r => new Entry(r.Code, r.Member, $"{r.Name}: {r.English}, GB/T 2260 {r.GbCode} ({r.Level}).")));
            w.Close();
            return w.ToString();
        }

        private sealed record Entry(string Code, string Member, string Doc);

        private static void WriteRegistry(SourceWriter w, string @namespace, string className, string type, string what, string list, IEnumerable<Entry> entries)
        {
            var all = entries.ToList();
            // Qualified: a code may give a member of the same name as the holder.
            var source = $"global::{@namespace}.{GeneratedNames.RegistryHolder}.Value.{list}";
            w.Summary($"The dataset's {what}, one member per code.");
            w.GeneratedCodeAttribute();
            w.Open($"public static partial class {className}");
            for (var i = 0; i < all.Count; i++)
            {
                w.SummaryXml($"<c>{CSharp.Xml(all[i].Code)}</c> — {string.Join("\n", CSharp.XmlDocLines(all[i].Doc))}");
                w.Line($"public static {Runtime}{type} {all[i].Member} => {source}[{CSharp.Int(i)}];");
                w.Line();
            }
            w.Summary("Every entry, in registry order.");
            w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}{type}> All => {source};");
            w.Line();
            w.SummaryXml("The entry with this code; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> if there is none.");
            // Not found: the registry's Get throws, naming the closest code.
            w.Line($"public static {Runtime}{type} Get(string code) => TryGet(code, out var entry) ? entry : global::{@namespace}.{GeneratedNames.RegistryHolder}.Value.Get{type}(code);");
            w.Line();
            w.Summary("The entry with this code, if there is one. A compiled switch: nothing to build at start-up.");
            w.Open($"public static bool TryGet(string code, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Runtime}{type}? entry)");
            w.Open("switch (code)");
            foreach (var entry in all) w.Line($"case {CSharp.String(entry.Code)}: entry = {entry.Member}; return true;");
            w.Line("default: entry = null; return false;");
            w.Close();
            w.Close();
            w.Close();
        }
    }
}
