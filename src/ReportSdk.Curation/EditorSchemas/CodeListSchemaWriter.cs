using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Resolving;

namespace ReportSdk.Curation.EditorSchemas
{
    /// <summary>
    /// Prints the code lists of a dataset as a JSON Schema (draft-07), <c>codes.schema.json</c>: its
    /// units, indicators and regions and the section roles, each code with its Chinese and English
    /// names, as the definitions <c>unit</c>, <c>indicator</c>, <c>region</c> and <c>sectionRole</c>
    /// that <c>report.schema.json</c> and <c>registry.schema.json</c> refer to. Editors then complete
    /// the codes and reject unknown ones, like the validator (RS2001–RS2004).
    /// </summary>
    /// <remarks>
    /// The output is the same bytes for the same registries on every machine and in every culture:
    /// codes in registry order (the order of the YAML files, so a new entry is a one-line diff), UTF-8
    /// without BOM, LF line endings, a final newline, Chinese written as is.
    /// </remarks>
    internal static class CodeListSchemaWriter
    {
        /// <summary>The file name the schemas refer to: <c>"codes.schema.json#/definitions/unit"</c>.</summary>
        public const string FileName = "codes.schema.json";

        /// <summary>The schema's <c>$id</c>, beside the <c>$id</c>s of report.schema.json and registry.schema.json.</summary>
        public const string Id = "https://reportsdk.local/schemas/" + FileName;

        // Each code is a const with its own title and description inside an anyOf: editors
        // (yaml-language-server, VS Code's JSON support) offer every const as a completion with its
        // description, which a plain enum can carry only through the non-standard enumDescriptions.
        // anyOf rather than oneOf: the consts exclude each other, so both mean the same, but anyOf
        // may stop at the first match where oneOf must try every code.
        private const string Comment =
            "Each code is a const with its own title and description inside anyOf, so that editors complete the codes with their names; "
            + "the consts exclude each other, so anyOf means what oneOf would.";

        /// <summary>The schema for the resolved registries, as UTF-8 bytes (no BOM).</summary>
        /// <param name="registry">Registries free of errors (<see cref="ResolvedRegistry.HasData"/>).</param>
        /// <exception cref="ArgumentException">The registries are a façade: they had errors.</exception>
        public static byte[] Write(ResolvedRegistry registry) => new UTF8Encoding(false).GetBytes(WriteText(registry));

        /// <summary>The schema for the resolved registries, as text (LF line endings, final newline).</summary>
        /// <inheritdoc cref="Write" path="/param"/>
        /// <inheritdoc cref="Write" path="/exception"/>
        public static string WriteText(ResolvedRegistry registry)
        {
            if (!registry.HasData) throw new ArgumentException("the registries have errors; only valid registries have code lists to print", nameof(registry));
            var json = new StringBuilder();
            json.Append("{\n");
            Property(json, 1, "$schema").AppendString("http://json-schema.org/draft-07/schema#").Append(",\n");
            Property(json, 1, "$id").AppendString(Id).Append(",\n");
            Property(json, 1, "title").AppendString("ReportSdk codes").Append(",\n");
            Property(json, 1, "description").AppendString(
                "The codes of units.yaml, indicators.yaml and regions.yaml and the section roles, with their Chinese and English names, "
                + "for completion in editors. Printed by 'reportsdk schema' from the registries; do not edit.").Append(",\n");
            Property(json, 1, "$comment").AppendString(Comment).Append(",\n");
            Property(json, 1, "definitions").Append("{\n");
            CodeList(json, "unit", "a code from units.yaml, or a scale and a unit of it (10k-kw: 万千瓦)",
                registry.Units.Select(u => new Code(u.Code, u.Name, $"{u.Name} — {u.English} (dimension: {u.Dimension})")),
                ComposedUnits(registry));
            json.Append(",\n");
            CodeList(json, "indicator", "a code from indicators.yaml",
                registry.Indicators.Select(i => new Code(i.Code, i.Name, $"{i.Name} — {i.English} ({i.Unit})")));
            json.Append(",\n");
            CodeList(json, "region", "a code from regions.yaml",
                registry.Regions.Select(r => new Code(r.Code, r.Name, $"{r.Name} — {r.English} ({r.GbCode})")));
            json.Append(",\n");
            CodeList(json, "sectionRole", "what a top-level section does",
                Codes.SectionRoles.Select(SectionRole));
            json.Append('\n');
            Indent(json, 1).Append("}\n");
            json.Append("}\n");
            return json.ToString();
        }

        private static Code SectionRole(string code)
        {
            // A role added to Codes without its names fails every printing, so the drift test catches it.
            if (!SectionRoleNames.ByCode.TryGetValue(code, out var names)) throw new InvalidOperationException($"section role '{code}' has no names in {nameof(SectionRoleNames)}");
            return new Code(code, names.Chinese, $"{names.Chinese} — {names.English}");
        }

        /// <summary>The codes <see cref="UnitComposition"/> composes from the listed base units, as one pattern; null when there is no base unit.</summary>
        private static Pattern? ComposedUnits(ResolvedRegistry registry)
        {
            var bases = registry.Units.Select(u => u.Code).Where(c => !UnitComposition.IsScaled(c)).ToList();
            if (bases.Count == 0) return null;
            var prefixes = string.Join("|", UnitComposition.Scales.Select(s => s.Prefix));
            var words = string.Join("、", UnitComposition.Scales.Select(s => s.Word + " " + s.Prefix));
            return new Pattern($"^({prefixes})-({string.Join("|", bases)})$", "a scale word and a unit",
                $"a scale word before a unit of this list, e.g. 10k-kw for 万千瓦 ({words})");
        }

        private static void CodeList(StringBuilder json, string name, string description, IEnumerable<Code> codes, Pattern? pattern = null)
        {
            var list = codes.ToList();
            Property(json, 2, name).Append("{\n");
            Property(json, 3, "description").AppendString(description).Append(",\n");
            Property(json, 3, "type").AppendString("string").Append(",\n");
            if (list.Count == 0)
            {
                // anyOf must not be empty: no code is accepted, as the validator accepts none.
                Property(json, 3, "not").Append("{}\n");
            }
            else
            {
                Property(json, 3, "anyOf").Append("[\n");
                for (var i = 0; i < list.Count; i++)
                {
                    // One line per code: readable, and a registry edit is a one-line diff.
                    Indent(json, 4).Append("{ \"const\": ").AppendString(list[i].Value)
                        .Append(", \"title\": ").AppendString(list[i].Title)
                        .Append(", \"description\": ").AppendString(list[i].Description)
                        .Append(i + 1 < list.Count || pattern is not null ? " },\n" : " }\n");
                }
                if (pattern is not null)
                {
                    Indent(json, 4).Append("{ \"pattern\": ").AppendString(pattern.Value)
                        .Append(", \"title\": ").AppendString(pattern.Title)
                        .Append(", \"description\": ").AppendString(pattern.Description)
                        .Append(" }\n");
                }
                Indent(json, 3).Append("]\n");
            }
            Indent(json, 2).Append('}');
        }

        /// <summary>Appends <paramref name="value"/> as a JSON string literal, quotes included.</summary>
        /// <remarks>
        /// The layout is printed by hand (one line per code), the literals by System.Text.Json. The relaxed
        /// encoder escapes only what JSON requires, so Chinese text stays readable in the file.
        /// </remarks>
        private static StringBuilder AppendString(this StringBuilder json, string value)
            => json.Append('"').Append(JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value).Append('"');

        private static StringBuilder Property(StringBuilder json, int depth, string name) => Indent(json, depth).AppendString(name).Append(": ");

        private static StringBuilder Indent(StringBuilder json, int depth) => json.Append(' ', depth * 2);

        /// <summary>One code of a list: the value, its short name (title) and its description.</summary>
        private sealed record Code(string Value, string Title, string Description);

        /// <summary>Codes of a list given by a regular expression, with a title and a description.</summary>
        private sealed record Pattern(string Value, string Title, string Description);
    }
}
