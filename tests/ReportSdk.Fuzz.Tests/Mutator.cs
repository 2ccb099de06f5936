using System.Text;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Fuzz.Tests;

/// <summary>One mutated data set: which file changed, how, and the files to compile.</summary>
/// <param name="Index">The mutant's number in the run (replay it with <c>REPORTSDK_FUZZ_ONLY</c>).</param>
/// <param name="Seed">The seed its mutation was drawn from (derived from the run's seed and the index).</param>
/// <param name="Kind">The kind of mutation, for the counts.</param>
/// <param name="Description">What was changed, readable.</param>
/// <param name="SampleReport">The report whose build the sampled check compiles (with the registries and its source).</param>
internal sealed record Mutant(int Index, ulong Seed, string Kind, InputFile Original, InputFile Mutated, string Description, string SampleReport)
{
    public string FileName => Path.GetFileName(Mutated.Path);

    /// <summary>The whole data set with this mutant's file changed.</summary>
    public IReadOnlyList<InputFile> AllFiles(Corpus corpus) => corpus.Files.Select(f => f.Path == Mutated.Path ? Mutated : f).ToList();

    /// <summary>The registries, one report and its source text, with this mutant's file changed.</summary>
    public IReadOnlyList<InputFile> SampleFiles(Corpus corpus) => corpus.OneReport(SampleReport).Select(f => f.Path == Mutated.Path ? Mutated : f).ToList();

    public override string ToString() => $"mutant #{Index} (seed 0x{Seed:x16}), {Kind} in {FileName}: {Description}";
}

/// <summary>
/// Makes mutant number <c>i</c> of a seeded run: picks a file of the real data (reports, registries
/// and source texts), a kind of mutation and its details from a generator seeded with the run's
/// seed and <c>i</c>, so any mutant can be made again alone.
/// </summary>
internal sealed class Mutator
{
    private readonly Corpus corpus;
    private readonly List<string> _symbols;
    private readonly List<string> _ids;

    public Mutator(Corpus corpus)
    {
        this.corpus = corpus;
        _symbols = corpus.Reports.Select(r => YamlFields.Find(r.Text).FirstOrDefault(f => f.Name == "symbol")?.ValueIn(r.Text)).Where(s => s is not null).Select(s => s!).ToList();
        _ids = corpus.Reports.Select(r => YamlFields.Find(r.Text).FirstOrDefault(f => f.Name == "id" && f.Indent == 0)?.ValueIn(r.Text)).Where(s => s is not null).Select(s => s!).ToList();
    }

    public static readonly IReadOnlyList<string> Kinds =
    [
        "line-delete", "line-duplicate", "line-swap", "line-indent", "byte-flip", "truncate", "unicode", "number",
        "type", "long-string", "collision", "injection", "yaml", "crlf", "bom",
    ];

    // Kinds that need YAML fields; a source text gets the others.
    private static readonly string[] TextKinds = ["line-delete", "line-duplicate", "line-swap", "line-indent", "byte-flip", "truncate", "unicode", "long-string", "injection", "crlf", "bom"];

    // Weights of the kinds for a YAML file (out of the sum): the semantic kinds more often than the blind ones.
    private static readonly (string Kind, int Weight)[] YamlWeights =
    [
        ("line-delete", 6), ("line-duplicate", 6), ("line-swap", 5), ("line-indent", 5), ("byte-flip", 6), ("truncate", 4),
        ("unicode", 10), ("number", 9), ("type", 8), ("long-string", 5), ("collision", 12), ("injection", 10), ("yaml", 9),
        ("crlf", 3), ("bom", 2),
    ];

    /// <summary>Odd characters: line and paragraph separators, NEL, NUL, lone surrogates, direction marks, emoji, other digits.</summary>
    public static readonly IReadOnlyList<string> OddCharacters =
    [
        "\u2028", "\u2029", "\u0085", "\0", "\ud800", "\udfff", "\u200f", "\u202e", "\u200e", "😀", "８", "１２", "\ufeff", "\u200b",
        "\u3000", "\t", "\n", "\r", "\r\n", " ", "\u00a0", "\ufffe", "\uffff", "\u0007", "\u001b", "𝟠", "Ⅷ", "٨", "e\u0301", "\ud83d",
    ];

    /// <summary>Odd numbers: out of range, other notations, signs, leading zeros, other digits, odd periods and dates.</summary>
    public static readonly IReadOnlyList<string> OddNumbers =
    [
        "1e400", "0x10", "-0", "99999999999999999999999999999", "08", "0o17", ".5", "5.", "1_000", "\"8\"", "8.0", "0", "007", "1e4", "+8",
        ".inf", "-.inf", ".nan", "８", "2147483648", "4294967296", "-1", "2021-2020", "2021-2021", "0000", "9999-99-99", "2021-02-29",
        "2024-02-29", "79228162514264337593543950335", "79228162514264337593543950336", "0.0000000000000000000000000000001",
        "1.00000000000000000000000000001", "\"8 \"", "\" 8\"", "5128.40", "1,000", "2021–2025", "2021 - 2025", "\"2021\\n\"",
        "\"2021-2025\\n\"", "\"8\\n\"", "0.0", "00", "1__0", "0b101", "2_021", "20 21", "٢٠٢١", "２０２１", "2021\u2028", "1.5e-3",
    ];

    /// <summary>Text that would break generated C# or XML docs if pasted unescaped.</summary>
    public static readonly IReadOnlyList<string> Injections =
    [
        "x\u2028#error boom", "x\u2029#error boom", "x\u0085#error boom", "x\n#error boom", "x\r#error boom", "*/ class X {", "/* x", "// x",
        "</summary> <b>", "<summary>", "]]>", "<![CDATA[ x", "&amp;", "&#0;", "&", "\"\"\"\"\"\"", "\\\\\\\\\\\\", "\\\"", "\\",
        "\"", "{{", "}}", "{0}", "#if DEBUG", "#endif", "\n#if X\n", "#pragma warning disable", "\" + System.Environment.Exit(1) + \"",
        "@\"x\"", "$\"{x}\"", "\"u8", "'", "<see cref=\"X\"/>", "<!-- x", "-->", "\u0000", "\t", "\u000b\u000c",
    ];

    /// <summary>Keys that would become taken C# names, or that break a naive emitter.</summary>
    public static readonly IReadOnlyList<string> CollidingKeys =
    [
        "index-of", "target-tree", "actual-tree", "section-tree", "count", "children", "find", "key", "path", "get", "try-get", "of", "item",
        "get-enumerator", "to-string", "equals", "get-hash-code", "get-type", "descendants", "find-by-path", "empty", "parent", "report",
        "number", "title", "role", "sections", "targets", "actuals", "instance", "holder", "find-section", "get-payload", "create-section",
        "create-sections", "create-targets", "create-actuals", "memberwise-clone", "reference-equals", "finalize", "id", "region", "kind",
        "value", "this", "class", "new", "default", "null", "true", "report-sdk-registry", "registry", "units", "indicators", "regions",
        "all", "dataset", "section", "target", "actual", "a", "1", "10k", "a-1", "a1",
    ];

    /// <summary>Symbols that are taken in the entry class, keywords, or names the emitted code uses itself.</summary>
    public static readonly IReadOnlyList<string> CollidingSymbols =
    [
        "Reports", "All", "Registry", "Get", "TryGet", "Dataset", "ReportAt", "AllHolder", "Equals", "ToString", "GetType", "GetHashCode",
        "ReferenceEquals", "MemberwiseClone", "report", "id", "index", "reports", "i", "__arglist", "__makeref", "__reftype", "__refvalue",
        "_", "__", "value", "field", "var", "nameof", "global", "dynamic", "async", "await", "record", "Units", "Indicators", "Regions",
        "ReportSdkRegistry", "ReportSdk", "System", "Demo", "Data", "Report", "Section", "class", "Class", "@class", "1abc", "ab-c", "甲",
        "Ａ", "Luoyang2021", "Luoyang2021Report", "Jianxi2021Report", "Instance", "Holder", "SectionTree", "TargetTree", "ActualTree",
    ];

    /// <summary>Registry codes that would become taken C# names.</summary>
    public static readonly IReadOnlyList<string> CollidingCodes =
    [
        "units", "indicators", "regions", "all", "get", "try-get", "equals", "to-string", "get-type", "get-hash-code", "report-sdk-registry",
        "registry", "value", "holder", "instance", "count", "item", "code", "entry", "percent", "gdp", "luoyang", "class", "null",
    ];

    private static readonly string[] TextFieldNames =
        ["title", "session", "name", "english", "label", "quote", "note", "written", "text", "measure", "original", "dimension", "gbCode", "number"];

    private static readonly string[] NumberFieldNames = ["value", "max", "scale", "reviewYear", "planYear", "period", "delivered", "gbCode"];

    public Mutant Make(ulong runSeed, int index)
    {
        var seed = SplitMix64.SeedOf(runSeed, index);
        var rng = new SplitMix64(seed);
        var roll = rng.Next(100);
        var file = roll < 55 ? rng.Pick(corpus.Reports) : roll < 80 ? rng.Pick(corpus.Registries) : rng.Pick(corpus.Sources);
        var isYaml = DatasetCompiler.IsYaml(file.Path);
        var kind = isYaml ? Weighted(rng) : rng.Pick(TextKinds);
        var (text, description) = Apply(kind, file.Text, rng, isYaml);
        var sample = DatasetCompiler.IsReport(file.Path) ? file.Path
            : DatasetCompiler.IsSource(file.Path) ? (corpus.ReportOfSource(file.Path) ?? rng.Pick(corpus.Reports)).Path
            : rng.Pick(corpus.Reports).Path;
        return new Mutant(index, seed, kind, file, new InputFile(file.Path, text), description, sample);
    }

    private static string Weighted(SplitMix64 rng)
    {
        var total = YamlWeights.Sum(w => w.Weight);
        var at = rng.Next(total);
        foreach (var (kind, weight) in YamlWeights)
        {
            if (at < weight) return kind;
            at -= weight;
        }
        return YamlWeights[^1].Kind;
    }

    private (string Text, string Description) Apply(string kind, string text, SplitMix64 rng, bool isYaml) => kind switch
    {
        "line-delete" => LineDelete(text, rng),
        "line-duplicate" => LineDuplicate(text, rng),
        "line-swap" => LineSwap(text, rng),
        "line-indent" => LineIndent(text, rng),
        "byte-flip" => ByteFlip(text, rng),
        "truncate" => Truncate(text, rng),
        "unicode" => isYaml && rng.Chance(60) ? UnicodeInField(text, rng) : UnicodeInsert(text, rng),
        "number" => Number(text, rng),
        "type" => TypeConfusion(text, rng),
        "long-string" => isYaml ? LongString(text, rng) : InsertLine(text, rng, new string('长', 100 * 1024), "a 100 KB line"),
        "collision" => Collision(text, rng),
        "injection" => isYaml ? Injection(text, rng) : InsertLine(text, rng, rng.Pick(Injections), "an injection string"),
        "yaml" => YamlFeature(text, rng),
        "crlf" => LineEnds(text, rng),
        "bom" => Bom(text, rng),
        _ => throw new InvalidOperationException(kind),
    };

    // ---- blind edits of lines, bytes and characters ---------------------------------------------

    private static (string, string) LineDelete(string text, SplitMix64 rng)
    {
        var lines = YamlFields.Lines(text);
        var i = rng.Next(lines.Count);
        var count = rng.Chance(80) ? 1 : rng.Next(2, 6);
        var end = Math.Min(lines.Count, i + count);
        var stop = end < lines.Count ? lines[end].Start : text.Length;
        return (text.Remove(lines[i].Start, stop - lines[i].Start), $"deleted lines {i + 1}–{end}: {Yaml.Visible(lines[i].Text, 80)}");
    }

    private static (string, string) LineDuplicate(string text, SplitMix64 rng)
    {
        var lines = YamlFields.Lines(text);
        var i = rng.Next(lines.Count);
        var times = rng.Chance(85) ? 1 : rng.Next(2, 50);
        var copy = string.Concat(Enumerable.Repeat(lines[i].Text + "\n", times));
        return (text.Insert(lines[i].Start, copy), $"line {i + 1} written {times + 1} times: {Yaml.Visible(lines[i].Text, 80)}");
    }

    private static (string, string) LineSwap(string text, SplitMix64 rng)
    {
        var lines = YamlFields.Lines(text).Select(l => l.Text).ToList();
        if (lines.Count == 0) return (text, "no lines to swap");
        var i = rng.Next(lines.Count);
        var j = rng.Chance(70) ? Math.Min(lines.Count - 1, i + 1) : rng.Next(lines.Count);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return (string.Join("\n", lines) + (text.EndsWith('\n') ? "\n" : ""), $"swapped lines {i + 1} and {j + 1}");
    }

    private static (string, string) LineIndent(string text, SplitMix64 rng)
    {
        var lines = YamlFields.Lines(text);
        var i = rng.Next(lines.Count);
        var line = lines[i].Text;
        var trimmed = line.TrimStart(' ');
        var lead = line.Length - trimmed.Length;
        string changed;
        string what;
        switch (rng.Next(4))
        {
            case 0:
                var more = rng.Pick(new[] { 1, 2, 4 });
                changed = new string(' ', lead + more) + trimmed;
                what = $"+{more} spaces";
                break;
            case 1:
                var less = Math.Min(lead, rng.Pick(new[] { 1, 2, 4 }));
                changed = new string(' ', lead - less) + trimmed;
                what = $"-{less} spaces";
                break;
            case 2:
                changed = "\t" + trimmed;
                what = "a tab for the indentation";
                break;
            default:
                changed = new string(' ', lead) + "\t" + trimmed;
                what = "a tab after the indentation";
                break;
        }
        return (text.Remove(lines[i].Start, line.Length).Insert(lines[i].Start, changed), $"line {i + 1}: {what}");
    }

    private static (string, string) ByteFlip(string text, SplitMix64 rng)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var flips = rng.Chance(70) ? 1 : rng.Next(2, 16);
        var where = new List<string>();
        for (var k = 0; k < flips; k++)
        {
            var at = rng.Next(bytes.Length);
            if (rng.Chance(50)) bytes[at] ^= (byte)(1 << rng.Next(8));
            else bytes[at] = (byte)rng.Next(256);
            where.Add(at.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        // Read back as File.ReadAllText and MSBuild would: invalid UTF-8 becomes U+FFFD.
        return (new UTF8Encoding(false, false).GetString(bytes), $"{flips} byte(s) changed at {string.Join(", ", where)}");
    }

    private static (string, string) Truncate(string text, SplitMix64 rng)
    {
        var at = rng.Chance(10) ? rng.Next(Math.Min(text.Length, 64)) : rng.Next(text.Length);
        return (text[..at], $"cut at character {at} of {text.Length}");
    }

    private static (string, string) UnicodeInsert(string text, SplitMix64 rng)
    {
        var odd = rng.Pick(OddCharacters);
        var at = rng.Next(text.Length + 1);
        if (rng.Chance(50))
        {
            // at a line start or end, where it is more likely to change the structure
            var lines = YamlFields.Lines(text);
            var line = lines[rng.Next(lines.Count)];
            at = rng.Chance(50) ? line.Start : line.Start + line.Text.TrimEnd('\r').Length;
        }
        return (text.Insert(at, odd), $"inserted {Yaml.Visible(odd)} at character {at}");
    }

    private static (string, string) UnicodeInField(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text);
        if (fields.Count == 0) return UnicodeInsert(text, rng);
        var field = rng.Pick(fields);
        var odd = rng.Pick(OddCharacters);
        var escaped = rng.Chance(50);
        var inner = Yaml.DoubleQuoted(odd, escaped)[1..^1];
        var value = field.ValueIn(text);
        var replacement = rng.Next(3) switch
        {
            0 => Yaml.Around(value, "", inner),
            1 => Yaml.Around(value, inner, ""),
            _ => "\"" + inner + "\"",
        };
        return (field.Replace(text, replacement), $"{field.Name}: {Yaml.Visible(value, 60)} → {Yaml.Visible(replacement, 80)} ({(escaped ? "YAML escapes" : "raw characters")})");
    }

    private static (string, string) InsertLine(string text, SplitMix64 rng, string line, string what)
    {
        var lines = YamlFields.Lines(text);
        var at = lines.Count == 0 ? 0 : lines[rng.Next(lines.Count)].Start;
        return (text.Insert(at, line + "\n"), $"inserted {what} before character {at}: {Yaml.Visible(line, 60)}");
    }

    private static (string, string) LineEnds(string text, SplitMix64 rng)
    {
        switch (rng.Next(4))
        {
            case 0:
                return (text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal), "every line end CRLF");
            case 1:
                var b = new StringBuilder();
                var n = 0;
                foreach (var c in text)
                {
                    if (c == '\n' && rng.Chance(30)) { b.Append('\r'); n++; }
                    b.Append(c);
                }
                return (b.ToString(), $"{n} line ends CRLF, the others LF");
            case 2:
                var lines = YamlFields.Lines(text);
                var i = rng.Next(lines.Count);
                var end = lines[i].Start + lines[i].Text.Length;
                return end < text.Length ? (text.Remove(end, 1).Insert(end, "\r"), $"line {i + 1} ends with a lone CR") : (text + "\r", "a lone CR at the end");
            default:
                return (text.Replace("\n", "\r\n", StringComparison.Ordinal).TrimEnd('\n', '\r'), "CRLF line ends, no final line end");
        }
    }

    private static (string, string) Bom(string text, SplitMix64 rng)
    {
        switch (rng.Next(3))
        {
            case 0: return ("\uFEFF" + text, "a BOM (U+FEFF) before the text");
            case 1: return ("\uFEFF\uFEFF" + text, "two BOMs before the text");
            default:
                var lines = YamlFields.Lines(text);
                var line = lines[rng.Next(lines.Count)];
                return (text.Insert(line.Start, "\uFEFF"), $"a BOM at the start of the line at character {line.Start}");
        }
    }

    // ---- edits of YAML fields ------------------------------------------------------------------

    private static (string, string) Number(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text).Where(f => NumberFieldNames.Contains(f.Name)).ToList();
        if (fields.Count == 0) return UnicodeInField(text, rng);
        var field = rng.Pick(fields);
        var odd = rng.Pick(OddNumbers);
        var written = field.Flow && (odd.Contains(',') || odd.Contains('}')) ? Yaml.DoubleQuoted(odd) : odd;
        if (field.Name == "value" && !field.Flow && rng.Chance(25))
        {
            // a max beside the value, with or without a range bound
            var line = new string(' ', field.Indent) + "max: " + written + "\n";
            var lineEnd = text.IndexOf('\n', field.Start);
            var withMax = lineEnd < 0 ? text + "\n" + line : text.Insert(lineEnd + 1, line);
            return (withMax, $"added 'max: {Yaml.Visible(written)}' after value {Yaml.Visible(field.ValueIn(text))}");
        }
        return (field.Replace(text, written), $"{field.Name}: {Yaml.Visible(field.ValueIn(text), 60)} → {Yaml.Visible(written)}");
    }

    private static (string, string) TypeConfusion(string text, SplitMix64 rng)
    {
        var blocks = YamlFields.Blocks(text);
        if (blocks.Count > 0 && rng.Chance(35))
        {
            // a scalar, list or mapping where a block mapping or list stands
            var (name, start, end, indent) = rng.Pick(blocks);
            var header = text[start..text.IndexOf(':', start)];
            var value = rng.Pick(new[] { "text", "5", "\"\"", "~", "[]", "{}", "[a, b]", "{a: b}", "[{key: x}]", "true" });
            var replaced = text.Remove(start, end - start).Insert(start, header + ": " + value + "\n");
            return (replaced, $"the block under '{name}' (line at character {start}) replaced by '{value}'");
        }
        var fields = YamlFields.Find(text);
        if (fields.Count == 0) return UnicodeInsert(text, rng);
        var field = rng.Pick(fields);
        var confusion = rng.Pick(new[] { "[a, b]", "{a: b}", "[]", "{}", "[[1]]", "{key: {key: x}}", "[\"x\", {y: 1}]", "~", "\"\"", "''", "- x", "? x", "!!binary aGk=", "!!map {}", "!!seq []" });
        return (field.Replace(text, confusion), $"{field.Name}: {Yaml.Visible(field.ValueIn(text), 60)} → {confusion}");
    }

    private static (string, string) LongString(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text);
        if (fields.Count == 0) return InsertLine(text, rng, new string('长', 100 * 1024), "a 100 KB line");
        var keyLike = rng.Chance(20);
        var candidates = keyLike
            ? fields.Where(f => f.Name is "key" or "code" or "id" or "symbol" or "section" or "unit" or "indicator").ToList()
            : fields.Where(f => TextFieldNames.Contains(f.Name)).ToList();
        var field = rng.Pick(candidates.Count > 0 ? candidates : fields);
        const int size = 100 * 1024;
        string value;
        string what;
        if (keyLike)
        {
            var length = rng.Pick(new[] { 600, 1100, 5000, size });
            value = field.Name == "symbol" ? "A" + new string('b', length - 1) : string.Concat(Enumerable.Repeat("ab-", length / 3)).TrimEnd('-');
            what = $"a {length}-character name";
        }
        else
        {
            var pattern = rng.Pick(new[] { "长", "ab ", "生产总值增长8%以上，", "\\\\", "\\\"", "😀", "\\u2028x" });
            var body = new StringBuilder(size + 16);
            while (body.Length < size) body.Append(pattern);
            value = "\"" + body + "\"";
            what = $"a {size / 1024} KB string of {Yaml.Visible(pattern)}";
        }
        return (field.Replace(text, value), $"{field.Name} at character {field.Start} → {what}");
    }

    private (string, string) Collision(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text);
        var keys = fields.Where(f => f.Name is "key" or "code").ToList();
        var symbol = fields.FirstOrDefault(f => f.Name == "symbol");
        var id = fields.FirstOrDefault(f => f.Name == "id" && f.Indent == 0);
        var roll = rng.Next(100);
        if (symbol is not null && roll < 25)
        {
            var value = rng.Chance(80) ? rng.Pick(CollidingSymbols) : rng.Pick(_symbols) + (rng.Chance(50) ? "Report" : "");
            return (symbol.Replace(text, value), $"symbol: {symbol.ValueIn(text)} → {Yaml.Visible(value)}");
        }
        if (id is not null && roll < 32)
        {
            var value = rng.Pick(_ids);
            // without the symbol, the id gives it: two reports of one id or of one derived symbol
            var changed = id.Replace(text, value);
            if (symbol is not null && rng.Chance(50))
            {
                var s = YamlFields.Find(changed).First(f => f.Name == "symbol");
                var line = changed.LastIndexOf('\n', s.Start) + 1;
                var lineEnd = changed.IndexOf('\n', s.Start);
                changed = changed.Remove(line, lineEnd + 1 - line);
                return (changed, $"id: {id.ValueIn(text)} → {value}, symbol line removed");
            }
            return (changed, $"id: {id.ValueIn(text)} → {value}");
        }
        if (keys.Count == 0) return Injection(text, rng);
        var index = rng.Next(keys.Count);
        var key = keys[index];
        var old = key.ValueIn(text);
        string replacement;
        string how;
        var previous = keys.Take(index).LastOrDefault(k => k.Indent == key.Indent && k.Name == key.Name);
        switch (rng.Next(4))
        {
            case 0 when previous is not null:
                replacement = previous.ValueIn(text);
                how = "the previous sibling's";
                break;
            case 1 when previous is not null && previous.ValueIn(text).Any(char.IsDigit):
                // new-jobs-2 and new-jobs2 both give NewJobs2
                var p = previous.ValueIn(text);
                var digit = p.IndexOf(p.First(char.IsDigit));
                replacement = digit > 0 && p[digit - 1] == '-' ? p.Remove(digit - 1, 1) : p.Insert(digit, "-");
                how = "a variant of the previous sibling's";
                break;
            case 2:
                replacement = Yaml.DoubleQuoted(old + rng.Pick(new[] { "\n", "\r\n", "\u2028", "\t", " " }));
                how = "with a trailing line end or space";
                break;
            default:
                replacement = key.Name == "code" ? rng.Pick(CollidingCodes) : rng.Pick(CollidingKeys);
                how = "a reserved";
                break;
        }
        return (key.Replace(text, replacement), $"{key.Name}: {Yaml.Visible(old)} → {Yaml.Visible(replacement)} ({how} {key.Name}, character {key.Start})");
    }

    private static (string, string) Injection(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text);
        var textFields = fields.Where(f => TextFieldNames.Contains(f.Name)).ToList();
        if (textFields.Count == 0) textFields = fields.ToList();
        if (textFields.Count == 0) return InsertLine(text, rng, rng.Pick(Injections), "an injection string");
        var field = rng.Pick(textFields);
        var payload = rng.Pick(Injections);
        var escaped = rng.Chance(60);
        var inner = Yaml.DoubleQuoted(payload, escaped)[1..^1];
        var value = field.ValueIn(text);
        var replacement = rng.Next(3) switch
        {
            0 => Yaml.Around(value, "", inner),
            1 => Yaml.Around(value, inner, ""),
            _ => "\"" + inner + "\"",
        };
        return (field.Replace(text, replacement), $"{field.Name}: {Yaml.Visible(value, 60)} → {Yaml.Visible(replacement, 100)}");
    }

    private static (string, string) YamlFeature(string text, SplitMix64 rng)
    {
        var fields = YamlFields.Find(text);
        var lines = YamlFields.Lines(text);
        var fieldIndex = fields.Count > 0 ? rng.Next(fields.Count) : -1;
        var field = fieldIndex >= 0 ? fields[fieldIndex] : null;
        var value = field?.ValueIn(text) ?? "";
        switch (rng.Next(16))
        {
            case 0 when field is not null:
                return (field.Replace(text, "&a " + value), $"anchor '&a' on {field.Name}");
            case 1 when field is not null && fieldIndex + 1 < fields.Count:
                {
                    // the alias on a later field, replaced first so the anchored field's offsets still hold
                    var second = fields[Math.Min(fields.Count - 1, fieldIndex + 1 + rng.Next(5))];
                    var changed = second.Replace(text, "*a");
                    changed = field.Replace(changed, "&a " + value);
                    return (changed, $"anchor '&a' on {field.Name}, alias '*a' for {second.Name}");
                }
            case 2 when field is not null:
                return (field.Replace(text, "*undefined"), $"alias of no anchor for {field.Name}");
            case 3:
                {
                    var line = rng.Pick(lines);
                    var indent = new string(' ', line.Text.Length - line.Text.TrimStart(' ').Length);
                    return (text.Insert(line.Start, indent + "<<: *a\n"), $"merge key '<<: *a' before the line at character {line.Start}");
                }
            case 4 when field is not null:
                {
                    var tag = rng.Pick(new[] { "!!str", "!!int", "!!float", "!!bool", "!!null", "!custom", "!<tag:yaml.org,2002:str>", "!!timestamp", "!", "!!binary" });
                    return (field.Replace(text, tag + " " + value), $"tag {tag} on {field.Name}");
                }
            case 5:
                return rng.Chance(50)
                    ? (text + "---\nid: second-document\n", "a second document appended")
                    : (text + "...\n", "a document end marker appended");
            case 6:
                return rng.Chance(50) ? ("---\n" + text, "an explicit document start") : ("---\n" + text + "\n---\n" + text, "the file twice, as two documents");
            case 7:
                {
                    var directive = rng.Pick(new[] { "%YAML 1.1", "%YAML 1.2", "%YAML 1.3", "%YAML 2.0", "%TAG ! tag:example.com,2000:", "%FOO bar" });
                    return (directive + "\n---\n" + text, $"directive {directive}");
                }
            case 8 when field is not null && !field.Flow:
                {
                    var style = rng.Pick(new[] { "|", ">", "|-", ">-", "|+", ">+", "|2", "|1-" });
                    var inner = Yaml.Unquoted(value, out _);
                    var indent = new string(' ', field.Indent + 2);
                    return (field.Replace(text, style + "\n" + indent + inner), $"{field.Name} as a block scalar '{style}'");
                }
            case 9 when field is not null:
                return (field.Replace(text, "'" + Yaml.Unquoted(value, out _).Replace("'", "''", StringComparison.Ordinal) + "'"), $"{field.Name} single-quoted");
            case 10:
                {
                    var line = rng.Pick(lines);
                    return (text.Insert(line.Start, "? [complex, key]\n: value\n"), $"a complex key before the line at character {line.Start}");
                }
            case 11 when field is not null:
                {
                    var lineStart = field.LineStart;
                    var nameAt = text.IndexOf(field.Name + ":", lineStart, StringComparison.Ordinal);
                    if (nameAt < 0) break;
                    var quoted = rng.Chance(50) ? "\"" + field.Name + "\"" : "'" + field.Name + "'";
                    return (text.Remove(nameAt, field.Name.Length).Insert(nameAt, quoted), $"field name {quoted} quoted");
                }
            case 12:
                {
                    var bomb = "lol1: &l1 [x, x, x, x, x, x, x, x, x]\nlol2: &l2 [*l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1, *l1]\nlol3: &l3 [*l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2, *l2]\nlol4: [*l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3, *l3]\n";
                    return (text + bomb, "an alias bomb appended");
                }
            case 13:
                {
                    var depth = rng.Pick(new[] { 50, 99, 100, 101, 150, 1000, 10000 });
                    var flow = rng.Chance(50) || depth > 300;
                    var nest = flow ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Range(0, depth).Select(d => new string(' ', d) + "- \n")).TrimEnd('\n') + " x";
                    return (text + "deep: " + (flow ? nest : "\n" + nest) + "\n", $"nesting {depth} deep ({(flow ? "flow" : "block")}) appended");
                }
            case 14 when field is not null:
                return (field.Replace(text, value + " # a comment"), $"a comment after {field.Name}");
            case 15 when field is not null:
                return (field.Replace(text, rng.Pick(new[] { "~", "null", "Null", "NULL", "\"null\"", "\"\"", "" })), $"{field.Name} null or empty");
        }
        return (text + "\n# trailing comment\n", "a comment appended");
    }
}

/// <summary>Making mutants inside a run: a bug of the harness itself is one failure, not the end of the run.</summary>
internal static class Mutants
{
    public static bool Make(Mutator mutator, FuzzSettings settings, int index, FuzzLog log, out Mutant mutant)
    {
        try
        {
            mutant = mutator.Make(settings.Seed, index);
            return true;
        }
        catch (Exception e)
        {
            var seed = SplitMix64.SeedOf(settings.Seed, index);
            var nothing = new InputFile("", "");
            mutant = new Mutant(index, seed, "harness", nothing, nothing, "the mutator failed", "");
            log.Fail("harness errors (not the product's)", mutant, e.ToString());
            return false;
        }
    }
}
