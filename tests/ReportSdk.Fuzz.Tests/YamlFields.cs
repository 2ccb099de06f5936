using System.Text.RegularExpressions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>A <c>name: value</c> pair found in YAML text, by the character range of its value.</summary>
/// <param name="Flow">Inside a flow mapping (<c>{code: a, name: b}</c>): a new value must not hold <c>,</c> or <c>}</c> unquoted.</param>
/// <param name="Indent">The column of the field's name (block style), for values written over several lines.</param>
internal sealed record YamlField(string Name, int Start, int Length, bool Flow, int Indent, int LineStart)
{
    public string ValueIn(string text) => text.Substring(Start, Length);

    /// <summary>The text with this field's value replaced.</summary>
    public string Replace(string text, string value) => string.Concat(text.AsSpan(0, Start), value, text.AsSpan(Start + Length));
}

/// <summary>
/// Finds fields in the YAML of this repository by pattern, without parsing: the mutants must be
/// made of any text, parseable or not, and the data is written in two plain styles (block
/// mappings in reports, one flow mapping per line in registries).
/// </summary>
internal static class YamlFields
{
    private static readonly Regex Block = new(@"^(?<indent>[ ]*(?:- )?)(?<name>[A-Za-z][A-Za-z0-9]*):(?:[ ]+(?<value>[^\r\n]*?))?[ ]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly Regex Flow = new(@"(?<=[{,][ ]*)(?<name>[A-Za-z][A-Za-z0-9]*):[ ]+(?<value>""(?:[^""\\\r\n]|\\.)*""|[^,}\r\n]*[^,}\r\n ])", RegexOptions.CultureInvariant);

    // The data files are mutated one at a time from the same texts: their fields are found once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<YamlField>> FieldCache = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<(int Start, string Text)>> LineCache = new();

    /// <summary>Every field with a value on its own line (or in a flow mapping), in text order.</summary>
    public static IReadOnlyList<YamlField> Find(string text) => FieldCache.GetValue(text, FindFields);

    private static List<YamlField> FindFields(string text)
    {
        var fields = new List<YamlField>();
        foreach (Match m in Block.Matches(text))
        {
            var value = m.Groups["value"];
            if (!value.Success || value.Length == 0) continue;
            if (value.Value.StartsWith('{'))
            {
                foreach (Match f in Flow.Matches(value.Value))
                {
                    var v = f.Groups["value"];
                    fields.Add(new YamlField(f.Groups["name"].Value, value.Index + v.Index, v.Length, true, 0, m.Index));
                }
                continue;
            }
            fields.Add(new YamlField(m.Groups["name"].Value, value.Index, value.Length, false, m.Groups["indent"].Length, m.Index));
        }
        // Flow mappings that are list items: "  - {code: a, name: b}".
        foreach (Match line in Regex.Matches(text, @"^[ ]*- \{[^\r\n]*", RegexOptions.Multiline))
        {
            foreach (Match f in Flow.Matches(line.Value))
            {
                var v = f.Groups["value"];
                fields.Add(new YamlField(f.Groups["name"].Value, line.Index + v.Index, v.Length, true, 0, line.Index));
            }
        }
        fields.Sort((a, b) => a.Start.CompareTo(b.Start));
        return fields;
    }

    /// <summary>Lines of the form <c>name:</c> whose value is the indented block below (a mapping or a list).</summary>
    public static IReadOnlyList<(string Name, int LineStart, int BlockEnd, int Indent)> Blocks(string text) => BlockCache.GetValue(text, FindBlocks);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, List<(string, int, int, int)>> BlockCache = new();

    private static List<(string, int, int, int)> FindBlocks(string text)
    {
        var blocks = new List<(string, int, int, int)>();
        var lines = Lines(text);
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Regex.Match(lines[i].Text, @"^(?<indent>[ ]*(?:- )?)(?<name>[A-Za-z][A-Za-z0-9]*):[ ]*\r?$");
            if (!m.Success) continue;
            var indent = m.Groups["indent"].Length;
            var end = i + 1;
            // The block: every following line indented deeper, or a list item at the same indentation.
            while (end < lines.Count)
            {
                var l = lines[end].Text.TrimEnd('\r');
                var lead = l.Length - l.TrimStart(' ').Length;
                if (l.Trim().Length == 0 || lead > indent || (lead == indent && l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal) && !m.Groups["indent"].Value.Contains('-'))) end++;
                else break;
            }
            if (end == i + 1) continue;
            var blockEnd = end < lines.Count ? lines[end].Start : text.Length;
            blocks.Add((m.Groups["name"].Value, lines[i].Start, blockEnd, indent));
        }
        return blocks;
    }

    /// <summary>The lines of a text with their start offsets; each line's text excludes its '\n'.</summary>
    public static IReadOnlyList<(int Start, string Text)> Lines(string text) => LineCache.GetValue(text, SplitLines);

    private static List<(int Start, string Text)> SplitLines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length) lines.Add((start, text[start..]));
                break;
            }
            lines.Add((start, text[start..end]));
            start = end + 1;
        }
        return lines;
    }
}
