using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>
    /// Reads <c>units.yaml</c>, <c>indicators.yaml</c> and <c>regions.yaml</c>, with the shape rules
    /// of one entry that need the value's location: a non-empty name, a positive scale, a kebab-case
    /// dimension, a six-digit gbCode, an indicator's <c>unit</c> or <c>units</c>.
    /// </summary>
    internal static class RegistryParser
    {
        /// <summary>The file names that hold registries; every other YAML file is a report.</summary>
        public static readonly IReadOnlyList<string> FileNames = new[] { "units.yaml", "indicators.yaml", "regions.yaml" };

        public static bool IsRegistryFile(string path)
        {
            var name = Path.GetFileName(path);
            foreach (var fileName in FileNames)
            {
                if (string.Equals(name, fileName, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        public static ParsedRegistry Parse(string path, string text)
        {
            var diagnostics = new List<Finding>();
            var units = new List<UnitSpec>();
            var indicators = new List<IndicatorSpec>();
            var regions = new List<RegionSpec>();
            try
            {
                var root = YamlTreeReader.Read(path, text, diagnostics);
                var fields = root is null ? null : MappingReader.For(root, "a registry", diagnostics);
                if (fields is not null)
                {
                    foreach (var node in fields.List("units")) Read(node, "a unit", diagnostics, f => units.Add(ReadUnit(f, diagnostics)));
                    foreach (var node in fields.List("indicators")) Read(node, "an indicator", diagnostics, f => indicators.Add(ReadIndicator(f, diagnostics)));
                    foreach (var node in fields.List("regions")) Read(node, "a region", diagnostics, f => regions.Add(ReadRegion(f, diagnostics)));
                    if (fields.Node("units") is null && fields.Node("indicators") is null && fields.Node("regions") is null)
                    {
                        diagnostics.Add(Rules.MissingField.At(fields.Location, "a registry file needs one of 'units', 'indicators' or 'regions'"));
                    }
                    fields.ReportUnknownFields();
                }
                else if (root is null && diagnostics.Count == 0)
                {
                    diagnostics.Add(Rules.MissingField.At(TextLocation.FileStart(path), "the file is empty; a registry file needs one of 'units', 'indicators' or 'regions'"));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(Rules.InternalError.At(TextLocation.FileStart(path), $"{e.GetType().Name}: {e.Message}"));
            }
            var registry = new RegistrySpec(units.ToEquatableArray(), indicators.ToEquatableArray(), regions.ToEquatableArray());
            return new ParsedRegistry(path, registry, diagnostics.ToEquatableArray());
        }

        private static void Read(YamlNode node, string what, List<Finding> diagnostics, Action<MappingReader> read)
        {
            var fields = MappingReader.For(node, what, diagnostics);
            if (fields is null) return;
            read(fields);
            fields.ReportUnknownFields();
        }

        private static UnitSpec ReadUnit(MappingReader f, List<Finding> diagnostics)
            => new(Required(f, "code", "a unit", diagnostics), Required(f, "name", "a unit", diagnostics).Value, Required(f, "english", "a unit", diagnostics).Value,
                Dimension(f, diagnostics), Scale(f, diagnostics)) { Aliases = f.TextList("aliases") };

        /// <summary>An indicator's unit: <c>unit: percent</c>, or <c>units: [100m-yuan, 100m-usd]</c> with the primary first.</summary>
        private static IndicatorSpec ReadIndicator(MappingReader f, List<Finding> diagnostics)
        {
            var code = Required(f, "code", "an indicator", diagnostics);
            var name = Required(f, "name", "an indicator", diagnostics).Value;
            var english = Required(f, "english", "an indicator", diagnostics).Value;
            var unitNode = f.Node("unit");
            var unitsNode = f.Node("units");
            // Optional other names (生产总值, GDP), read only by reportsdk draft.
            var aliases = f.TextList("aliases");
            if (unitsNode is null)
            {
                return new IndicatorSpec(code, name, english, Required(f, "unit", "an indicator", diagnostics), Required(f, "kind", "an indicator", diagnostics)) { Aliases = aliases };
            }
            if (unitNode is not null)
            {
                diagnostics.Add(Rules.DuplicateField.At(f.KeyLocation("units"), "an indicator gives its unit as 'unit' or as 'units', not both; 'units' lists every unit with the primary first"));
            }
            var units = new List<Located<string>>();
            foreach (var item in f.List("units"))
            {
                if (item is YamlValue { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    units.Add(new Located<string>(scalar.Value, scalar.Location));
                }
                else
                {
                    diagnostics.Add(Rules.WrongType.At(item.Location, $"each item of 'units' must be a unit code, not {item.Describe()}"));
                }
            }
            if (units.Count == 0 && unitsNode is YamlSequence)
            {
                diagnostics.Add(Rules.MissingField.At(f.KeyLocation("units"), "'units' of an indicator is empty; list at least its primary unit"));
            }
            return new IndicatorSpec(code, name, english, units.ToEquatableArray(), Required(f, "kind", "an indicator", diagnostics)) { Aliases = aliases };
        }

        private static RegionSpec ReadRegion(MappingReader f, List<Finding> diagnostics)
            => new(Required(f, "code", "a region", diagnostics), Required(f, "name", "a region", diagnostics).Value, Required(f, "english", "a region", diagnostics).Value,
                GbCode(f, diagnostics), Required(f, "level", "a region", diagnostics), Parent(f, diagnostics));

        private static Located<string> Required(MappingReader f, string field, string what, List<Finding> diagnostics) => f.NonBlankText(field);

        /// <summary>A region's parent: a code, or null (absent, <c>null</c>, <c>~</c>); not written blank.</summary>
        private static Located<string?> Parent(MappingReader f, List<Finding> diagnostics)
        {
            var parent = f.Text("parent");
            if (parent.Value is not null && Validation.ValueRules.IsBlank(parent.Value))
            {
                diagnostics.Add(Rules.MissingField.At(f.KeyLocation("parent"), "'parent' of a region is empty; write null for none"));
                return new Located<string?>(null, parent.Location);
            }
            return parent;
        }

        /// <summary>A unit's dimension: a kebab-case code, since units convert within one dimension by its exact name.</summary>
        private static string Dimension(MappingReader f, List<Finding> diagnostics)
        {
            var dimension = Required(f, "dimension", "a unit", diagnostics);
            if (dimension.Value.Length > 0 && !Identifiers.IsKebabCase(dimension.Value))
            {
                diagnostics.Add(Rules.InvalidKey.At(dimension.Location, $"dimension '{dimension.Value}' must be kebab-case (words of lower-case letters and digits joined by '-')"));
            }
            return dimension.Value;
        }

        /// <summary>A unit's scale: its size in the dimension's base unit, a decimal greater than 0.</summary>
        private static string Scale(MappingReader f, List<Finding> diagnostics)
        {
            var scale = f.Text("scale", required: true);
            if (scale.Value is null) return "1";
            if (MappingReader.IsDecimal(scale.Value) && !DecimalText.TryParseExact(scale.Value, out _))
            {
                diagnostics.Add(Rules.InexactNumber.At(scale.Location, $"'scale': {DecimalText.WhyNotExact(scale.Value)}"));
                return "1";
            }
            if (!ValueRules.IsScale(scale.Value))
            {
                diagnostics.Add(Rules.WrongType.At(scale.Location,
                    $"'scale' must be a decimal greater than 0 (the unit's size in its dimension's base unit, such as 1 or 10000), not '{scale.Value}'"));
                return "1";
            }
            return scale.Value;
        }

        /// <summary>A region's GB/T 2260 code: six digits.</summary>
        private static string GbCode(MappingReader f, List<Finding> diagnostics)
        {
            var code = Required(f, "gbCode", "a region", diagnostics);
            if (code.Value.Length > 0 && (code.Value.Length != 6 || !code.Value.All(c => c >= '0' && c <= '9')))
            {
                diagnostics.Add(Rules.WrongType.At(code.Location, $"'gbCode' must be the six digits of the GB/T 2260 code, written as text (\"410300\"), not '{code.Value}'"));
            }
            return code.Value;
        }
    }
}
