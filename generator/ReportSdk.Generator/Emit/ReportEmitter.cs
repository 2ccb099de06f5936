using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Generator.Emit
{
    /// <summary>
    /// Prints one report's C#: its data as one payload literal (docs/payload.md), read by the
    /// runtime on first use, and the typed façade over it — a class deriving from
    /// <c>ReportSdk.Report</c> whose sections, targets and actuals are named members with XML
    /// docs. Every name comes resolved; this class only prints.
    /// </summary>
    internal sealed class ReportEmitter
    {
        private const string Runtime = "global::ReportSdk.";

        // STJ reads a converter attribute from the declared type only, not its base: the generated
        // subclasses carry the runtime's, so that serializing Reports.Luoyang2021 writes the export shape.
        private const string ExportJson = "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::ReportSdk.Json.ExportJsonConverter))]";

        private readonly ResolvedReport _report;
        private readonly string _namespace;
        private readonly SourceWriter _w = new();

        private ReportEmitter(ResolvedReport report, string @namespace)
        {
            _report = report;
            _namespace = @namespace;
        }

        /// <summary>The hint name of a report's file: ids are unique and lower-case, so names cannot collide.</summary>
        public static string HintName(ResolvedReport report) => "Report." + report.Id + ".g.cs";

        public static string Emit(ResolvedReport report, string @namespace) => new ReportEmitter(report, @namespace).Write();

        private string Write()
        {
            var r = _report;
            _w.FileHeader($" from {CSharp.CommentText(r.FileName)}. Edit the YAML, not this file.");
            _w.Open($"namespace {_namespace}");
            _w.Summary($"{r.Title} ({r.Id}): {r.Session}, {r.Delivered}, {r.SpeakerTitle} {r.SpeakerName}.\nReviews {r.ReviewYear}, plans {r.PlanYear}: {r.Sections.Count} top-level sections, {r.Targets.Count} targets, {r.Actuals.Count} actuals.");
            _w.GeneratedCodeAttribute();
            _w.Line(ExportJson);
            _w.Open($"public sealed partial class {r.ClassName} : {Runtime}Report");
            WriteCore();
            WriteSectionTree();
            foreach (var section in r.Sections) WriteSectionType(section);
            WriteFigureTree(GeneratedNames.TargetTree, "TargetList", "Target", r.Targets);
            WriteFigureTree(GeneratedNames.ActualTree, "ActualList", "Actual", r.Actuals);
            _w.Close();
            _w.Close();
            return _w.ToString();
        }

        private void WriteCore()
        {
            var c = _report.ClassName;
            _w.Line($"private {c}() : base(global::{_namespace}.{GeneratedNames.RegistryHolder}.Value) {{ }}");
            _w.Line();
            _w.Line("// The report's data in the payload format, stored in the assembly as it is: reading a part of it allocates only that part's objects.");
            _w.Line("/// <inheritdoc />");
            _w.Line(_report.HasData
                ? $"protected override global::System.ReadOnlySpan<byte> GetPayload() => {CSharp.Utf8Literal(PayloadWriter.Write(_report))};"
                : $"protected override global::System.ReadOnlySpan<byte> GetPayload() => throw new global::System.InvalidOperationException({CSharp.String(NoDataMessage(_report.FileName))});");
            _w.Line();
            _w.Summary("The report, read on first use.");
            _w.Line($"internal static {c} Instance => Holder.Value;");
            _w.Line();
            _w.Line("// A nested holder makes reading lazy and thread-safe.");
            _w.Open("private static class Holder");
            _w.Line($"internal static readonly {c} Value = new();");
            _w.Close();
            _w.Line();
            _w.Summary("The top-level sections, each a named member; also the plain list.");
            _w.Line($"public new {GeneratedNames.SectionTree} Sections => ({GeneratedNames.SectionTree})base.Sections;");
            _w.Line();
            _w.Summary("Every target, each a named member; also the plain list.");
            _w.Line($"public new {GeneratedNames.TargetTree} Targets => ({GeneratedNames.TargetTree})base.Targets;");
            _w.Line();
            _w.Summary("Every actual, each a named member; also the plain list.");
            _w.Line($"public new {GeneratedNames.ActualTree} Actuals => ({GeneratedNames.ActualTree})base.Actuals;");
            _w.Line();
            _w.Line("/// <inheritdoc />");
            _w.Open($"protected override {Runtime}Section CreateSection(int index)");
            _w.Open("switch (index)");
            foreach (var section in DatasetResolver.Descendants(_report.Sections).Where(s => s.TypeName is not null))
            {
                _w.Line($"case {CSharp.Int(section.Index)}: return new {QualifiedType(section.Path)}();");
            }
            _w.Line("default: return base.CreateSection(index);");
            _w.Close();
            _w.Close();
            _w.Line();
            _w.Line("/// <inheritdoc />");
            _w.Line($"protected override {Runtime}SectionList CreateSections(global::System.Collections.Generic.IReadOnlyList<{Runtime}Section> sections) => new {GeneratedNames.SectionTree}(sections);");
            _w.Line();
            _w.Line("/// <inheritdoc />");
            _w.Line($"protected override {Runtime}TargetList CreateTargets(global::System.Collections.Generic.IReadOnlyList<{Runtime}Target> targets) => new {GeneratedNames.TargetTree}(targets);");
            _w.Line();
            _w.Line("/// <inheritdoc />");
            _w.Line($"protected override {Runtime}ActualList CreateActuals(global::System.Collections.Generic.IReadOnlyList<{Runtime}Actual> actuals) => new {GeneratedNames.ActualTree}(actuals);");
        }

        // ---- sections ------------------------------------------------------------------------

        private void WriteSectionTree()
        {
            var tree = GeneratedNames.SectionTree;
            _w.Line();
            _w.Summary("The top-level sections of the report.");
            _w.Open($"public sealed class {tree} : {Runtime}SectionList");
            _w.Line($"internal {tree}(global::System.Collections.Generic.IReadOnlyList<{Runtime}Section> sections) : base(sections) {{ }}");
            // Lookup by path is the runtime's (a hash table built on first use): a compiled switch per
            // report was a third of a large dataset's build.
            WriteSectionMembers(_report.Sections, "this");
            _w.Close();
        }

        private void WriteSectionType(ResolvedSection section)
        {
            if (section.TypeName is null) return;
            _w.Line();
            _w.Summary($"{Heading(section)} (section {section.Path}).");
            _w.Line(ExportJson);
            _w.Open($"public sealed class {section.TypeName} : {Runtime}Section");
            _w.Line($"internal {section.TypeName}() {{ }}");
            WriteSectionMembers(section.Children, "Children");
            foreach (var child in section.Children) WriteSectionType(child);
            _w.Close();
        }

        private void WriteSectionMembers(Compiler.Model.EquatableArray<ResolvedSection> sections, string list)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                var type = section.TypeName ?? Runtime + "Section";
                _w.Line();
                _w.Summary($"{Heading(section)} ({section.Path})");
                _w.Line(section.TypeName is null
                    ? $"public {type} {section.Member} => {list}[{CSharp.Int(i)}];"
                    : $"public {type} {section.Member} => ({type}){list}[{CSharp.Int(i)}];");
            }
        }

        /// <summary>The typed class of the section at <paramref name="path"/>, qualified from the report class.</summary>
        private string QualifiedType(string path)
        {
            var names = new List<string>();
            var level = _report.Sections;
            foreach (var key in path.Split('/'))
            {
                var section = level.First(s => s.Key == key);
                names.Add(section.TypeName!);
                level = section.Children;
            }
            return string.Join(".", names);
        }

        // ---- targets and actuals -------------------------------------------------------------

        private void WriteFigureTree(string typeName, string baseType, string figureType, Compiler.Model.EquatableArray<ResolvedFigure> figures)
        {
            _w.Line();
            _w.Summary($"The report's {figureType.ToLowerInvariant()}s, in document order, each a named member.");
            _w.Open($"public sealed class {typeName} : {Runtime}{baseType}");
            _w.Line($"internal {typeName}(global::System.Collections.Generic.IReadOnlyList<{Runtime}{figureType}> figures) : base(figures) {{ }}");
            for (var i = 0; i < figures.Count; i++)
            {
                _w.Line();
                _w.Summary(Describe(figures[i]));
                _w.Line($"public {Runtime}{figureType} {figures[i].Member} => this[{CSharp.Int(i)}];");
            }
            // Lookup by key is the runtime's (a hash table built on first use), as for sections.
            _w.Close();
        }

        /// <summary>What a façade says if it is ever run (its build failed, so only a build that ignored its errors can).</summary>
        public static string NoDataMessage(string file) => $"{file} has errors (see the build's RS errors): this is a façade of its names, without data";

        /// <summary>
        /// What IntelliSense shows for a figure: its label, the quantity in the report's words and its
        /// period, on one line (<c>生产总值增长: 8%以上, 2021.</c>). The rest — quote, section, codes, note —
        /// is data the figure object holds: a dataset has a summary on every figure, and the compiler
        /// parses each and writes it to the XML docs again, so what is repeated here is paid per figure.
        /// </summary>
        private static string Describe(ResolvedFigure figure)
            => $"{figure.Label}: {(figure.Value is null ? "qualitative" : figure.Wording)}, {figure.Period}.";

        /// <summary>A section's heading as the source writes it; the preamble has none, so it is named for what it is.</summary>
        private static string Heading(ResolvedSection section)
            => section.Number.Length == 0 && section.Title.Length == 0 ? "The text before the first numbered heading" : section.Number + section.Title;
    }
}
