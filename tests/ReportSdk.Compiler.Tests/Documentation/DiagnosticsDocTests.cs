using ReportSdk.Testing;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Tests.Fixtures;

namespace ReportSdk.Compiler.Tests.Documentation;

/// <summary>docs/diagnostics.md documents every rule, under its stable id, and no other id.</summary>
public class DiagnosticsDocTests
{
    private static string Text => File.ReadAllText(Path.Combine(Path.Combine(RepoPaths.Root, "docs"), "diagnostics.md"));

    private static Dictionary<string, string> Headings()
        => Regex.Matches(Text, @"^## (RS[0-9]{4}) — (.+?)\s*$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [Fact]
    public void Every_rule_has_a_section_headed_with_its_id_and_title()
    {
        var headings = Headings();

        var missing = Rules.All.Where(r => !headings.TryGetValue(r.Id, out var title) || title != r.Title)
            .Select(r => $"## {r.Id} — {r.Title}").ToList();

        Assert.True(missing.Count == 0, "docs/diagnostics.md lacks these headings:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void No_unknown_rule_id_is_documented()
    {
        var known = Rules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var unknown = Regex.Matches(Text, @"\bRS[0-9]{4}\b").Select(m => m.Value).Where(id => !known.Contains(id)).Distinct().ToList();

        Assert.True(unknown.Count == 0, "docs/diagnostics.md mentions unknown ids: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Rule_sections_are_in_id_order_and_each_appears_once()
    {
        var ids = Regex.Matches(Text, @"^## (RS[0-9]{4})\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Rules.All.Select(r => r.Id), ids);
    }

    [Fact]
    public void Every_rule_section_shows_a_message_and_a_fix()
    {
        var sections = Regex.Split(Text, @"^(?=## RS[0-9]{4})", RegexOptions.Multiline).Where(s => s.StartsWith("## RS", StringComparison.Ordinal));

        Assert.All(sections, section =>
        {
            var id = section.Substring(3, 6);
            var level = Rules.All.Single(r => r.Id == id).Level == DiagnosticLevel.Error ? "error" : "warning";
            Assert.Matches(@"\([0-9]+,[0-9]+\): " + level + " " + id + ": ", section);
            Assert.Contains("**Fix", section, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_warning_is_documented_as_one_and_shown_at_its_level()
    {
        var sections = Regex.Split(Text, @"^(?=## RS[0-9]{4})", RegexOptions.Multiline).Where(s => s.StartsWith("## RS", StringComparison.Ordinal))
            .ToDictionary(s => s.Substring(3, 6), StringComparer.Ordinal);

        Assert.All(Rules.All, rule =>
        {
            var section = sections[rule.Id];
            var isWarning = rule.Level == DiagnosticLevel.Warning;
            Assert.Equal(isWarning, section.Contains("**Level: warning.**", StringComparison.Ordinal));
            Assert.Equal(isWarning, Regex.IsMatch(section, "warning " + rule.Id + ": "));
            Assert.DoesNotMatch((isWarning ? "error " : "warning ") + rule.Id + ": ", section);
        });
    }
}
