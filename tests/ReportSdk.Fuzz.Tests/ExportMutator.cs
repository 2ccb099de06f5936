using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// One mutant of a good export: the JSON with one field changed or deleted (or its bytes damaged), and,
/// where the export's field has a place in the YAML, the same change made to the YAML file it came
/// from (<see cref="Yaml"/>): the same data written back as YAML, for <c>validate</c> to judge.
/// </summary>
/// <param name="Json">The mutated export, as bytes (it may be no JSON at all).</param>
/// <param name="Yaml">The data file changed the same way, or null when the field has no place in the YAML (the dataset's version and hash, a damaged byte).</param>
/// <param name="WholeDataSet">The change is to a registry, which every report reads: the whole data set is compiled, not one report.</param>
internal sealed record ExportMutant(int Index, ulong Seed, string Kind, string Description, byte[] Json, InputFile? Yaml, string SampleReport, bool WholeDataSet)
{
    public override string ToString() => $"export mutant #{Index} (seed 0x{Seed:x16}), {Kind}: {Description}";
}

/// <summary>
/// Makes mutant number <c>i</c> of a good export (seeded as <see cref="Mutator"/> is): a value, scale,
/// code, period, year, date, key, text or reference of a figure, a report, a registry entry or the
/// dataset changed to an odd or a plausible one; a field deleted; the bytes cut or flipped.
/// </summary>
internal sealed class ExportMutator
{
    private const string Placeholder = "@@export-mutant@@";

    private readonly Corpus _corpus;
    private readonly string _good;
    private readonly Dictionary<string, InputFile> _reportFiles;

    public ExportMutator(Corpus corpus, byte[] goodExport)
    {
        _corpus = corpus;
        _good = Encoding.UTF8.GetString(goodExport);
        _reportFiles = corpus.Reports.ToDictionary(r => Regex.Match(r.Text, @"^id: (\S+)", RegexOptions.Multiline).Groups[1].Value, StringComparer.Ordinal);
    }

    public static readonly IReadOnlyList<string> Kinds = ["figure-field", "report-field", "unit-field", "indicator-field", "region-field", "dataset-field", "delete-field", "bytes"];

    private static readonly string[] Numbers =
    [
        "0", "-1", "-0", "1e-400", "1E2", "2.5e3", "0.0000000000000000000000000000001", "1234567890123456789012345678901234",
        "79228162514264337593543950336", "79228162514264337593543950335", "8.0", "5128.40", "0.5", "7", "100", "1e400", "08", "\"8\"",
        "null", "true", "0.1", "10000",
    ];

    private static readonly string[] Years = ["-5", "0", "1899", "1900", "2100", "2101", "2021", "2022", "2021.5", "\"2021\"", "2147483648", "null"];

    private static readonly string[] Periods = ["\"0\"", "\"2021\"", "\"2023\"", "\"2025-2021\"", "\"2021-2021\"", "\"2021-2025\"", "\"2021\\n\"", "\"20210\"", "2021", "\"\"", "\"1899\"", "null"];

    private static readonly string[] Dates = ["\"2021-02-29\"", "\"2024-02-29\"", "\"2021-13-01\"", "\"2021-1-5\"", "\"\"", "\"2021-01-05\"", "20210105", "null"];

    private static readonly string[] Texts = ["\"\"", "\"   \"", "\"\\ud800\"", "\"x\\ny\"", "\"新的文字\"", "\"\\u0000\"", "\"\\udfff\\ud800\"", "7", "null"];

    private static readonly string[] Booleans = ["true", "false", "\"true\"", "null", "1"];

    private static readonly string[] OddCodes = ["\"\"", "\"nope\"", "\"Percent\"", "\"percent \"", "null", "1"];

    private static readonly string[] Hashes = ["\"not-a-hash\"", "\"\"", "\"" + new string('A', 64) + "\"", "\"" + new string('a', 64) + "\"", "\"" + new string('0', 63) + "\"", "null"];

    private static readonly string[] Versions = ["\"\"", "\"   \"", "\"1.0\"", "\"2.0.0-beta\"", "null", "1"];

    public ExportMutant Make(ulong runSeed, int index)
    {
        var seed = SplitMix64.SeedOf(runSeed ^ 0x4A534F4E, index);
        var random = new SplitMix64(seed);
        var root = JsonNode.Parse(_good)!.AsObject();
        var kind = random.Pick(Kinds);
        var reports = root["reports"]!.AsArray();
        var report = reports[random.Next(reports.Count)]!.AsObject();
        var reportId = report["id"]!.GetValue<string>();
        var sample = _reportFiles[reportId].Path;
        switch (kind)
        {
            case "figure-field":
            case "delete-field" when random.Chance(50):
            {
                var list = report["targets"]!.AsArray().Count > 0 && (report["actuals"]!.AsArray().Count == 0 || random.Chance(60)) ? "targets" : "actuals";
                var figures = report[list]!.AsArray();
                var position = random.Next(figures.Count);
                var figure = figures[position]!.AsObject();
                var key = figure["key"]!.GetValue<string>();
                var keys = figures.Select(f => f!["key"]!.GetValue<string>()).ToList();
                var field = kind == "delete-field" ? random.Pick(figure.Select(p => p.Key).ToList()) : random.Pick(
                    new[] { "value", "max", "unit", "bound", "period", "kind", "indicator", "conflictsWith", "section", "measure", "headline", "aspirational", "key", "label", "quote", "note" });
                var value = kind == "delete-field" ? null : field switch
                {
                    "value" or "max" => random.Pick(Numbers),
                    "unit" => random.Chance(60) ? Quoted(random.Pick(Codes(root, "units"))) : random.Pick(OddCodes),
                    "indicator" => random.Chance(60) ? Quoted(random.Pick(Codes(root, "indicators"))) : random.Pick(OddCodes),
                    "bound" => random.Chance(60) ? Quoted(random.Pick(Enum.GetValues<Bound>().Select(b => b.ToCode()).ToList())) : random.Pick(OddCodes),
                    "kind" => random.Chance(60) ? Quoted(random.Pick(Enum.GetValues<FigureKind>().Select(b => b.ToCode()).ToList())) : random.Pick(OddCodes),
                    "period" => random.Pick(Periods),
                    "conflictsWith" or "key" => random.Chance(50) ? Quoted(random.Pick(keys)) : random.Pick(["\"Bad Key\"", "\"a--b\"", "\"\"", "\"x-2\"", "\"" + key + "\"", "null"]),
                    "section" => random.Chance(60) ? Quoted(random.Pick(SectionPaths(report["sections"]!.AsArray()).ToList())) : random.Pick(["\"nope\"", "\"\"", "null", "\"main-targets/\""]),
                    "headline" or "aspirational" => random.Pick(Booleans),
                    _ => random.Pick(Texts),
                };
                var at = $"reports[{reports.IndexOf(report)}].{list}[{position}].{field}";
                Set(figure, field, value);
                var yaml = FigureYaml(_reportFiles[reportId], list, key, field, value);
                return new ExportMutant(index, seed, kind, Describe(at, value), Serialize(root, value), yaml, sample, false);
            }
            case "report-field":
            {
                var field = random.Pick(["kind", "delivered", "reviewYear", "planYear", "title", "session"]);
                var value = field switch
                {
                    "kind" => random.Chance(60) ? Quoted(random.Pick(Enum.GetValues<ReportKind>().Select(b => b.ToCode()).ToList())) : random.Pick(OddCodes),
                    "delivered" => random.Pick(Dates),
                    "reviewYear" or "planYear" => random.Pick(Years),
                    _ => random.Pick(Texts),
                };
                Set(report, field, value);
                var file = _reportFiles[reportId];
                var yaml = ReplaceLine(file, new Regex($"^{field}:.*$", RegexOptions.Multiline), value is null or "null" ? null : $"{field}: {value}");
                return new ExportMutant(index, seed, kind, Describe($"reports[{reports.IndexOf(report)}].{field}", value), Serialize(root, value), yaml, sample, false);
            }
            case "unit-field":
            case "indicator-field":
            case "region-field":
            case "delete-field":
            {
                var (list, file) = kind switch
                {
                    "unit-field" => ("units", "units.yaml"),
                    "indicator-field" => ("indicators", "indicators.yaml"),
                    "region-field" => ("regions", "regions.yaml"),
                    _ => random.Pick([("units", "units.yaml"), ("indicators", "indicators.yaml"), ("regions", "regions.yaml")]),
                };
                var registry = _corpus.Registries.Single(r => Path.GetFileName(r.Path) == file);
                var entries = root["registries"]![list]!.AsArray();
                // Composed units (10k-kw) are printed in the export but written in no registry: only the entries the YAML lists.
                var listed = entries.Where(e => registry.Text.Contains("{code: " + e!["code"]!.GetValue<string>() + ",", StringComparison.Ordinal)).ToList();
                var entry = random.Pick(listed)!.AsObject();
                var code = entry["code"]!.GetValue<string>();
                var field = kind == "delete-field" ? random.Pick(entry.Select(p => p.Key).ToList()) : list switch
                {
                    "units" => random.Pick(["scale", "scale", "scale", "dimension", "code", "name", "english"]),
                    "indicators" => random.Pick(["unit", "unit", "kind", "code", "name"]),
                    _ => random.Pick(["parent", "parent", "parent", "level", "gbCode", "code", "name"]),
                };
                var value = kind == "delete-field" ? null : field switch
                {
                    "scale" => random.Pick(Numbers),
                    "unit" => random.Chance(60) ? Quoted(random.Pick(Codes(root, "units"))) : random.Pick(OddCodes),
                    "kind" => random.Chance(60) ? Quoted(random.Pick(Enum.GetValues<IndicatorKind>().Select(b => b.ToCode()).ToList())) : random.Pick(OddCodes),
                    "level" => random.Chance(60) ? Quoted(random.Pick(Enum.GetValues<RegionLevel>().Select(b => b.ToCode()).ToList())) : random.Pick(OddCodes),
                    "parent" => random.Chance(70) ? Quoted(random.Pick(Codes(root, "regions"))) : random.Pick(["\"nope\"", "null", "\"\""]),
                    "gbCode" => random.Pick(["\"410300\"", "\"999999\"", "\"41030\"", "\"\"", "410300", "\"410305\""]),
                    "dimension" => random.Pick(["\"money\"", "\"\"", "\"ratio\"", "\"people\"", "null"]),
                    "code" => random.Chance(50) ? Quoted(random.Pick(Codes(root, list))) : random.Pick(OddCodes),
                    _ => random.Pick(Texts),
                };
                Set(entry, field, value);
                var yaml = FlowYaml(registry, code, field, value);
                return new ExportMutant(index, seed, kind, Describe($"registries.{list}[{entries.IndexOf(entry)}].{field}", value), Serialize(root, value), yaml, sample, true);
            }
            case "dataset-field":
            {
                var field = random.Pick(["version", "contentHash"]);
                var value = random.Pick(field == "version" ? Versions : Hashes);
                Set(root["dataset"]!.AsObject(), field, value);
                return new ExportMutant(index, seed, kind, Describe("dataset." + field, value), Serialize(root, value), null, sample, false);
            }
            default:
            {
                var bytes = Encoding.UTF8.GetBytes(_good);
                string description;
                if (random.Chance(30))
                {
                    var cut = random.Next(bytes.Length);
                    bytes = bytes[..cut];
                    description = $"cut at byte {cut}";
                }
                else
                {
                    var count = random.Next(1, 6);
                    for (var i = 0; i < count; i++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    description = $"{count} bytes changed";
                }
                return new ExportMutant(index, seed, kind, description, bytes, null, sample, false);
            }
        }
    }

    // A value goes into the tree as a placeholder string and out as its literal text, so that 1e-400
    // or a 34-digit number reaches the loader exactly as written.
    private static void Set(JsonObject owner, string field, string? literal)
    {
        if (literal is null) owner.Remove(field);
        else owner[field] = Placeholder;
    }

    private static byte[] Serialize(JsonObject root, string? literal)
    {
        var text = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (literal is not null) text = text.Replace("\"" + Placeholder + "\"", literal, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static string Describe(string path, string? literal) => literal is null ? path + " deleted" : $"{path} = {literal}";

    private static string Quoted(string code) => "\"" + code + "\"";

    private static List<string> Codes(JsonObject root, string list)
        => root["registries"]![list]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).ToList();

    private static IEnumerable<string> SectionPaths(JsonArray sections)
        => sections.SelectMany(s => new[] { s!["path"]!.GetValue<string>() }.Concat(SectionPaths(s["children"]!.AsArray())));

    // A figure of a report's YAML: "  - key: K" under "targets:" or "actuals:", its fields indented four spaces.
    private static InputFile? FigureYaml(InputFile file, string list, string key, string field, string? literal)
    {
        var lines = file.Text.Split('\n').ToList();
        var listLine = lines.IndexOf(list + ":");
        if (listLine < 0) return null;
        var start = lines.FindIndex(listLine + 1, l => l == "  - key: " + key || l == "  - key: \"" + key + "\"");
        if (start < 0) return null;
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal)) end++;
        var line = $"{(field == "key" ? "  - " : "    ")}{field}: {literal}";
        var at = field == "key" ? start : lines.FindIndex(start + 1, end - start - 1, l => l.StartsWith("    " + field + ":", StringComparison.Ordinal));
        // The export's qualitative follows from the value; it has no line of its own.
        if (field == "qualitative") return literal is null ? null : file;
        if (literal is null or "null")
        {
            if (field == "key") return null;
            if (at >= 0) lines.RemoveAt(at);
        }
        else if (at >= 0) lines[at] = line;
        else lines.Insert(start + 1, line);
        return file with { Text = string.Join('\n', lines) };
    }

    private static InputFile? ReplaceLine(InputFile file, Regex line, string? replacement)
    {
        var match = line.Match(file.Text);
        if (!match.Success) return null;
        var text = replacement is null ? file.Text.Remove(match.Index, match.Length + 1) : string.Concat(file.Text.AsSpan(0, match.Index), replacement, file.Text.AsSpan(match.Index + match.Length));
        return file with { Text = text };
    }

    // A registry entry: one flow mapping a line, "  - {code: C, name: …, scale: 1}".
    private static InputFile? FlowYaml(InputFile file, string code, string field, string? literal)
    {
        var lines = file.Text.Split('\n');
        var at = Array.FindIndex(lines, l => l.TrimStart().StartsWith("- {code: " + code + ",", StringComparison.Ordinal));
        if (at < 0) return null;
        var entry = lines[at];
        var existing = YamlFields.Find(entry).FirstOrDefault(f => f.Name == field && f.Flow);
        if (literal is null or "null")
        {
            if (existing is null) return file;
            // ", name: value" out of the mapping, with the comma before it (or after it, for the first field).
            var from = entry.LastIndexOf(',', existing.Start);
            var nameStart = entry.LastIndexOf(field + ":", existing.Start, StringComparison.Ordinal);
            lines[at] = from > entry.IndexOf('{') ? entry.Remove(from, existing.Start + existing.Length - from) : entry.Remove(nameStart, existing.Start + existing.Length - nameStart).Replace("{, ", "{", StringComparison.Ordinal);
        }
        else if (existing is not null) lines[at] = existing.Replace(entry, literal);
        else
        {
            var close = entry.LastIndexOf('}');
            lines[at] = entry.Insert(close, $", {field}: {literal}");
        }
        return file with { Text = string.Join('\n', lines) };
    }
}
