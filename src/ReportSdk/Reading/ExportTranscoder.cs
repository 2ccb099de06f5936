using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.Payload;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Reading
{
    /// <summary>
    /// Turns a <c>reportsdk export --format json</c> document into the registry and report
    /// payloads (docs/payload.md) that <see cref="RegistryReader"/> and <see cref="ReportReader"/>
    /// read, so that a loaded export is built by exactly the code that builds a compiled dataset.
    /// Everything the readers would trip over is checked here first, so that a bad document gives
    /// an <see cref="InvalidDataException"/> naming its JSON path (<c>reports[2].targets[5].unit</c>).
    /// The checked fields go to <see cref="PayloadEncoder"/>, the compiler's encoder too: the same
    /// data gives the same bytes either way.
    /// </summary>
    internal static class ExportTranscoder
    {
        // Every field the export writes, and only those: a field the loader does not know would be
        // lost on the way back to JSON, so it is refused rather than dropped.
        private static readonly string[] RootFields = { "dataset", "registries", "reports" };
        private static readonly string[] DatasetFields = { "version", "contentHash" };
        private static readonly string[] RegistryFields = { "units", "indicators", "regions" };
        private static readonly string[] UnitFields = { "code", "name", "english", "dimension", "scale" };
        private static readonly string[] IndicatorFields = { "code", "name", "english", "unit", "kind" };
        private static readonly string[] RegionFields = { "code", "name", "english", "gbCode", "level", "parent" };
        private static readonly string[] ReportFields = { "id", "kind", "region", "delivered", "reviewYear", "planYear", "title", "session", "speaker", "sections", "targets", "actuals" };
        private static readonly string[] ReportRegionFields = { "id", "name", "code" };
        private static readonly string[] SpeakerFields = { "name", "title" };
        private static readonly string[] SectionFields = { "key", "path", "number", "title", "role", "children" };
        private static readonly string[] FigureFields = { "key", "indicator", "label", "value", "max", "unit", "measure", "bound", "period", "kind", "headline", "aspirational", "qualitative", "section", "quote", "note", "conflictsWith" };

        /// <summary>The dataset info, the registry payload and one payload per report, in document order.</summary>
        public sealed record Payloads(DatasetInfo Info, byte[] Registry, IReadOnlyList<byte[]> Reports);

        /// <summary>Transcodes a whole export; throws <see cref="InvalidDataException"/> naming the first bad path.</summary>
        public static Payloads Transcode(JsonElement document)
        {
            var root = new Node(document, "").AsObject(RootFields);
            var dataset = root.Object("dataset", DatasetFields);
            // Not blank, as every text of an export (String).
            var version = dataset.String("version");
            var contentHash = dataset.String("contentHash");
            if (!ValueRules.IsSha256(contentHash)) throw dataset.Fail("contentHash", $"expected a SHA-256 as 64 lowercase hexadecimal digits, found '{contentHash}'");
            var info = new DatasetInfo(version, contentHash);
            var known = new KnownCodes();
            var registry = Registry(root.Object("registries", RegistryFields), known);
            var reports = root.Objects("reports", ReportFields);
            var payloads = new byte[reports.Length][];
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < reports.Length; i++)
            {
                payloads[i] = Report(reports[i], known, ids);
            }
            return new Payloads(info, registry, payloads);
        }

        // The registries, checked; PayloadEncoder writes them.
        private static byte[] Registry(Node registries, KnownCodes known)
        {
            var units = registries.Objects("units", UnitFields);
            var unitShapes = new PayloadUnit[units.Length];
            for (var i = 0; i < units.Length; i++)
            {
                var unit = units[i];
                var code = unit.Key("code", "unit code");
                var (name, english, dimension) = (unit.String("name"), unit.String("english"), unit.String("dimension"));
                if (!known.Units.TryAdd(code, dimension)) throw unit.Fail("code", $"unit '{code}' is listed twice");
                var scale = unit.DecimalText("scale") ?? throw unit.Fail("scale", "expected a number, found null");
                if (!ValueRules.IsScale(scale)) throw unit.Fail("scale", $"expected a scale greater than 0, found {scale}");
                unitShapes[i] = new PayloadUnit { Code = code, Name = name, English = english, Dimension = dimension, Scale = scale };
            }

            var indicators = registries.Objects("indicators", IndicatorFields);
            var indicatorShapes = new PayloadIndicator[indicators.Length];
            for (var i = 0; i < indicators.Length; i++)
            {
                var indicator = indicators[i];
                var code = indicator.Key("code", "indicator code");
                if (!known.Indicators.Add(code)) throw indicator.Fail("code", $"indicator '{code}' is listed twice");
                var (name, english) = (indicator.String("name"), indicator.String("english"));
                var unit = known.Unit(indicator, "unit", indicator.String("unit"));
                indicatorShapes[i] = new PayloadIndicator { Code = code, Name = name, English = english, Unit = unit, Kind = indicator.Code<IndicatorKind>("kind") };
            }

            // A parent may come after its child, so every code is known before any parent is checked.
            var regions = registries.Objects("regions", RegionFields);
            var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var region in regions)
            {
                var code = region.Key("code", "region code");
                if (!known.Regions.TryAdd(code, (region.String("name"), region.String("gbCode")))) throw region.Fail("code", $"region '{code}' is listed twice");
                parents[code] = region.NullableString("parent");
            }
            var regionShapes = new PayloadRegion[regions.Length];
            for (var i = 0; i < regions.Length; i++)
            {
                var region = regions[i];
                var code = region.String("code");
                var (name, english, gbCode) = (region.String("name"), region.String("english"), region.String("gbCode"));
                var level = region.Code<RegionLevel>("level");
                var parent = region.NullableString("parent");
                if (parent is not null && !known.Regions.ContainsKey(parent)) throw region.Fail("parent", $"unknown region '{parent}' (not in registries.regions)");
                if (parent is not null && ValueRules.ParentCycle(code, c => parents.TryGetValue(c, out var p) ? p : null) is { } cycle)
                {
                    throw region.Fail("parent", $"region '{code}' is its own ancestor ({cycle}), as RS2011 has it");
                }
                regionShapes[i] = new PayloadRegion { Code = code, Name = name, English = english, GbCode = gbCode, Level = level, Parent = parent };
            }
            return PayloadEncoder.Registry(unitShapes, indicatorShapes, regionShapes);
        }

        // One report, checked field by field in the order the export writes them; PayloadEncoder writes it.
        private static byte[] Report(Node report, KnownCodes known, HashSet<string> ids)
        {
            var id = report.Key("id", "report id");
            if (!ids.Add(id)) throw report.Fail("id", $"report '{id}' is listed twice");
            var kind = report.Code<ReportKind>("kind");
            var region = known.Region(report.Object("region", ReportRegionFields));
            var delivered = report.String("delivered");
            if (!ValueRules.IsDate(delivered)) throw report.Fail("delivered", $"expected a date yyyy-MM-dd, found '{delivered}'");
            var session = report.String("session");
            var speaker = report.Object("speaker", SpeakerFields);
            // A plan report issued by a body has no speaker: name and title "".
            var (speakerName, speakerTitle) = (speaker.EmptyOrText("name"), speaker.EmptyOrText("title"));
            var title = report.String("title");
            var (reviewYear, planYear) = (Year(report, "reviewYear"), Year(report, "planYear"));

            // Figures name their section by its depth-first index, the order the payload holds.
            var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var sections = Sections(report.Objects("sections", SectionFields), null, byPath);
            return PayloadEncoder.Report(new PayloadReport
            {
                Id = id,
                Kind = kind,
                Region = region,
                Delivered = delivered,
                Session = session,
                SpeakerName = speakerName,
                SpeakerTitle = speakerTitle,
                Title = title,
                ReviewYear = reviewYear,
                PlanYear = planYear,
                Sections = sections,
                Targets = Figures(report, "targets", known, byPath),
                Actuals = Figures(report, "actuals", known, byPath),
            });
        }

        private static int Year(Node report, string name)
        {
            var year = report.Integer(name);
            return ValueRules.IsYear(year) ? year : throw report.Fail(name, $"expected a year between {ValueRules.FirstYear} and {ValueRules.LastYear}, found {year}");
        }

        // Depth first: a section's index in byPath is its position in that order.
        private static PayloadSection[] Sections(Node[] sections, string? parentPath, Dictionary<string, int> byPath)
        {
            var shapes = new PayloadSection[sections.Length];
            for (var i = 0; i < sections.Length; i++)
            {
                var section = sections[i];
                var key = section.Key("key", "section key");
                var path = section.String("path");
                var expected = parentPath is null ? key : parentPath + "/" + key;
                if (path != expected) throw section.Fail("path", $"expected '{expected}' (the keys from the top joined by '/'), found '{path}'");
                if (!byPath.TryAdd(path, byPath.Count)) throw section.Fail("path", $"section '{path}' is listed twice");
                var children = section.Objects("children", SectionFields);
                // The preamble, the text before the first numbered heading, has the number "".
                var (number, title, role) = (section.EmptyOrText("number"), section.String("title"), section.Code<SectionRole>("role"));
                shapes[i] = new PayloadSection { Key = key, Path = path, Number = number, Title = title, Role = role, Children = Sections(children, path, byPath) };
            }
            return shapes;
        }

        private static PayloadFigure[] Figures(Node report, string list, KnownCodes known, Dictionary<string, int> sections)
        {
            var figures = report.Objects(list, FigureFields);
            var shapes = new PayloadFigure[figures.Length];
            var keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < figures.Length; i++)
            {
                var figure = figures[i];
                var key = figure.Key("key", list == "targets" ? "target key" : "actual key");
                if (!keys.Add(key)) throw figure.Fail("key", $"'{key}' is listed twice in {list}");
                // A label may be left out of the YAML: the export has "" then.
                var label = figure.EmptyOrText("label");
                var indicator = figure.NullableString("indicator");
                if (indicator is not null && !known.Indicators.Contains(indicator)) throw figure.Fail("indicator", $"unknown indicator '{indicator}' (not in registries.indicators)");
                var (value, max, unit, measure, bound) = Quantity(figure, known, isTarget: list == "targets");
                var period = figure.String("period");
                if (!ValueRules.IsPeriod(period)) throw figure.Fail("period", $"expected a year or a range of years (2021, 2021-2025), found '{period}'");
                var kind = figure.Code<FigureKind>("kind");
                var (headline, aspirational) = (figure.Boolean("headline"), figure.Boolean("aspirational"));
                var section = figure.String("section");
                if (!sections.TryGetValue(section, out var index)) throw figure.Fail("section", $"no section with path '{section}' in this report");
                shapes[i] = new PayloadFigure
                {
                    Key = key,
                    Label = label,
                    Indicator = indicator,
                    Value = value,
                    Max = max,
                    Unit = unit,
                    Measure = measure,
                    Bound = bound,
                    Period = period,
                    Kind = kind,
                    Headline = headline,
                    Aspirational = aspirational,
                    SectionIndex = index,
                    Quote = figure.String("quote"),
                    Note = figure.NullableString("note"),
                    ConflictsWith = figure.NullableString("conflictsWith"),
                };
            }
            // conflictsWith names another figure of the same list, as the compiler has it (RS2007).
            foreach (var figure in figures)
            {
                var other = figure.NullableString("conflictsWith");
                if (other is null) continue;
                if (other == figure.String("key")) throw figure.Fail("conflictsWith", $"must name another figure of {list}, not '{other}' itself");
                if (!keys.Contains(other)) throw figure.Fail("conflictsWith", $"names '{other}', which is no key of {list}");
            }
            return shapes;
        }

        // The reader keeps value, max, unit, measure and bound only with a value and builds a
        // Quantity that insists a range has a max and nothing else does; a document breaking those
        // rules would lose data or fail there, so it fails here with its path.
        private static (string? Value, string? Max, string? Unit, string? Measure, string? Bound) Quantity(Node figure, KnownCodes known, bool isTarget)
        {
            var value = figure.DecimalText("value");
            var max = figure.DecimalText("max");
            var unit = figure.NullableString("unit");
            var measure = figure.NullableString("measure");
            var bound = figure.NullableCode<Bound>("bound");
            var qualitative = figure.Boolean("qualitative");
            if (qualitative != (value is null)) throw figure.Fail("qualitative", qualitative ? "is true but the figure has a value" : "is false but the value is null");
            if (value is null)
            {
                foreach (var (name, text) in new[] { ("max", max), ("unit", unit), ("measure", measure), ("bound", bound) })
                {
                    if (text is not null) throw figure.Fail(name, "must be null for a qualitative figure (value null)");
                }
            }
            else
            {
                if (unit is null) throw figure.Fail("unit", "expected a unit code, found null");
                known.Unit(figure, "unit", unit);
                var dimension = known.Units[unit];
                if (measure is not null && dimension != ValueRules.CountDimension) throw figure.Fail("measure", $"a measure ({measure}) goes only with a unit of dimension count, not {unit} ({dimension}), as RS1009 has it");
                if (measure is not null && ValueRules.IsPeopleMeasure(measure)) throw figure.Fail("measure", $"a figure that counts people ({measure}) is in a unit of dimension people, without a measure, as RS1009 has it");
                if (bound is null) throw figure.Fail("bound", "expected a bound code, found null");
                if (!ValueRules.IsBoundOf(bound, isTarget)) throw figure.Fail("bound", "estimate (预计) is for actuals only, as RS1009 has it");
                if ((bound == "range") != (max is not null)) throw figure.Fail("max", bound == "range" ? "a range needs a max" : "only a range has a max");
                if (max is not null && !ValueRules.IsAboveValue(max, value)) throw figure.Fail("max", $"a range's max must be greater than its value {value}, found {max}");
            }
            return (value, max, unit, measure, bound);
        }

        /// <summary>The codes of the document's registries, which its reports must refer to.</summary>
        private sealed class KnownCodes
        {
            /// <summary>Each unit's dimension, by code.</summary>
            public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

            public HashSet<string> Indicators { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, (string Name, string GbCode)> Regions { get; } = new(StringComparer.Ordinal);

            public string Unit(Node owner, string field, string code)
                => Units.ContainsKey(code) ? code : throw owner.Fail(field, $"unknown unit '{code}' (not in registries.units)");

            // The report's region object repeats the registry's name and GB code; they must agree,
            // or the loaded report would export differently.
            public string Region(Node region)
            {
                var id = region.String("id");
                if (!Regions.TryGetValue(id, out var entry)) throw region.Fail("id", $"unknown region '{id}' (not in registries.regions)");
                if (region.String("name") != entry.Name) throw region.Fail("name", $"region '{id}' is named '{entry.Name}' in registries.regions, found '{region.String("name")}'");
                if (region.String("code") != entry.GbCode) throw region.Fail("code", $"region '{id}' has gbCode '{entry.GbCode}' in registries.regions, found '{region.String("code")}'");
                return id;
            }
        }

        /// <summary>
        /// A JSON value with its path in the document; once checked by <see cref="AsObject"/>, an
        /// object with its fields at hand. The path of a field is built only when it is reported,
        /// so reading a good document builds one path string per object.
        /// </summary>
        private readonly struct Node
        {
            private readonly JsonElement _element;
            private readonly string[] _names;
            private readonly JsonElement[] _values;

            public Node(JsonElement element, string path)
                : this(element, path, System.Array.Empty<string>(), System.Array.Empty<JsonElement>())
            {
            }

            private Node(JsonElement element, string path, string[] names, JsonElement[] values)
            {
                _element = element;
                Path = path;
                _names = names;
                _values = values;
            }

            public string Path { get; }

            /// <summary>Checks that this is an object with exactly <paramref name="fields"/> (at most 32), each once.</summary>
            public Node AsObject(string[] fields)
            {
                if (_element.ValueKind != JsonValueKind.Object) throw Error(Path, $"expected an object, found {Describe(_element)}");
                var values = new JsonElement[fields.Length];
                var seen = 0u;
                var ordinal = 0;
                foreach (var property in _element.EnumerateObject())
                {
                    var index = IndexOf(fields, property, ordinal++);
                    if (index < 0) throw Fail(NameOf(property), "unknown field (not part of the export)");
                    if ((seen & (1u << index)) != 0) throw Fail(NameOf(property), "field given twice");
                    seen |= 1u << index;
                    values[index] = property.Value;
                }
                for (var i = 0; i < fields.Length; i++)
                {
                    if ((seen & (1u << i)) == 0) throw Fail(fields[i], "missing field");
                }
                return new Node(_element, Path, fields, values);
            }

            public Node Object(string name, string[] fields) => new Node(Value(name), FieldPath(name)).AsObject(fields);

            /// <summary>An array of objects with exactly <paramref name="fields"/> each.</summary>
            public Node[] Objects(string name, string[] fields)
            {
                var value = Value(name);
                if (value.ValueKind != JsonValueKind.Array) throw Fail(name, $"expected an array, found {Describe(value)}");
                var path = FieldPath(name);
                var items = new Node[value.GetArrayLength()];
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items[i] = new Node(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")).AsObject(fields);
                    i++;
                }
                return items;
            }

            /// <summary>A text that is not blank, as the compiler has every text it requires (RS1003).</summary>
            public string String(string name) => NullableString(name) ?? throw Fail(name, "expected a string, found null");

            /// <summary>A text that is not blank, or null; given blank, it is refused as the compiler refuses it (RS1003: give it or leave it out).</summary>
            public string? NullableString(string name)
            {
                var text = AnyString(name);
                if (text is not null && ValueRules.IsBlank(text)) throw Fail(name, "expected text, found a blank string, as RS1003 has it");
                return text;
            }

            /// <summary>A text that is empty or not blank: only spaces is refused.</summary>
            public string EmptyOrText(string name)
            {
                var text = AnyString(name) ?? throw Fail(name, "expected a string, found null");
                if (text.Length > 0 && ValueRules.IsBlank(text)) throw Fail(name, "expected text or \"\", found a blank string, as RS1003 has it");
                return text;
            }

            /// <summary>A key or code: kebab-case (gdp-growth), as RS1007 has it.</summary>
            public string Key(string name, string what)
            {
                var key = String(name);
                return ValueRules.IsKebabCase(key) ? key : throw Fail(name, $"{what} '{key}' must be kebab-case (words of lower-case letters and digits joined by '-'), as RS1007 has it");
            }

            private string? AnyString(string name)
            {
                var value = Value(name);
                return value.ValueKind switch
                {
                    JsonValueKind.String => Text(value, name),
                    JsonValueKind.Null => null,
                    _ => throw Fail(name, $"expected a string, found {Describe(value)}"),
                };
            }

            private static string NameOf(JsonProperty property)
            {
                try
                {
                    return property.Name;
                }
                catch (InvalidOperationException)
                {
                    return "(a name that is not valid text)";
                }
            }

            // A lone surrogate (\ud800) or bytes that are not UTF-8 make no text: refused at their path, not thrown as they are.
            private string Text(JsonElement value, string name)
            {
                try
                {
                    return value.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    throw Fail(name, "the string is not valid text (a lone surrogate escape or bytes that are not UTF-8)");
                }
            }

            public int Integer(string name)
            {
                var value = Value(name);
                return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var integer)
                    ? integer
                    : throw Fail(name, $"expected an integer, found {Describe(value)}");
            }

            public bool Boolean(string name)
            {
                var value = Value(name);
                return value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Fail(name, $"expected true or false, found {Describe(value)}"),
                };
            }

            /// <summary>
            /// A number as written in the JSON, or null: plain notation that a decimal holds exactly, as the
            /// compiler reads YAML (RS1010), so 8.0 stays 8.0 and nothing is rounded or flushed to zero.
            /// </summary>
            public string? DecimalText(string name)
            {
                var value = Value(name);
                if (value.ValueKind == JsonValueKind.Null) return null;
                if (value.ValueKind != JsonValueKind.Number) throw Fail(name, $"expected a number, found {Describe(value)}");
                var raw = value.GetRawText();
                if (!Compiler.Text.DecimalText.IsPlain(raw)) throw Fail(name, $"expected a number in plain notation without sign or exponent, such as 8 or 5128.4, found {raw}");
                return Compiler.Text.DecimalText.TryParseExact(raw, out _) ? raw : throw Fail(name, Compiler.Text.DecimalText.WhyNotExact(raw));
            }

            /// <summary>The code of a <typeparamref name="TEnum"/> value, checked.</summary>
            public string Code<TEnum>(string name) where TEnum : struct, Enum
                => NullableCode<TEnum>(name) ?? throw Fail(name, $"expected a {typeof(TEnum).Name} code, found null");

            public string? NullableCode<TEnum>(string name) where TEnum : struct, Enum
            {
                var code = NullableString(name);
                if (code is null || Codes.TryParse<TEnum>(code, out _)) return code;
                var expected = string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToCode()));
                throw Fail(name, $"'{code}' is not a {typeof(TEnum).Name} code; expected one of: {expected}");
            }

            /// <summary>The error to throw for field <paramref name="name"/> of this object.</summary>
            public InvalidDataException Fail(string name, string what) => Error(FieldPath(name), what);

            // A field checked by AsObject; its names are the string literals the callers pass.
            private JsonElement Value(string name) => _values[System.Array.IndexOf(_names, name)];

            // The export writes the fields in the order of the lists above: try the field at the
            // property's position first, then the others.
            private static int IndexOf(string[] fields, JsonProperty property, int ordinal)
            {
                if (ordinal < fields.Length && property.NameEquals(fields[ordinal])) return ordinal;
                for (var i = 0; i < fields.Length; i++)
                {
                    if (property.NameEquals(fields[i])) return i;
                }
                return -1;
            }

            private string FieldPath(string name) => Path.Length == 0 ? name : Path + "." + name;

            private static InvalidDataException Error(string path, string what)
                => new($"ReportSdk export, {(path.Length == 0 ? "the document" : path)}: {what}");

            private static string Describe(JsonElement value) => value.ValueKind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "the number " + value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => "null",
            };
        }
    }
}
