using System;
using System.Collections.Generic;
using System.IO;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;

namespace ReportSdk.Schema.Parsing
{
    /// <summary>Reads <c>units.yaml</c>, <c>indicators.yaml</c> and <c>regions.yaml</c>.</summary>
    public static class RegistryParser
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
                    foreach (var node in fields.List("units")) Read(node, "a unit", diagnostics, f => units.Add(ReadUnit(f)));
                    foreach (var node in fields.List("indicators")) Read(node, "an indicator", diagnostics, f => indicators.Add(ReadIndicator(f)));
                    foreach (var node in fields.List("regions")) Read(node, "a region", diagnostics, f => regions.Add(ReadRegion(f)));
                    fields.ReportUnknownFields();
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

        private static UnitSpec ReadUnit(MappingReader f)
            => new(f.RequiredText("code"), f.RequiredText("name").Value, f.RequiredText("english").Value,
                f.RequiredText("dimension").Value, f.Decimal("scale", required: true).Value ?? "1");

        private static IndicatorSpec ReadIndicator(MappingReader f)
            => new(f.RequiredText("code"), f.RequiredText("name").Value, f.RequiredText("english").Value,
                f.RequiredText("unit"), f.RequiredText("kind"));

        private static RegionSpec ReadRegion(MappingReader f)
            => new(f.RequiredText("code"), f.RequiredText("name").Value, f.RequiredText("english").Value,
                f.RequiredText("gbCode").Value, f.RequiredText("level"), f.Text("parent"));
    }
}
