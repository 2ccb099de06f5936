using System.Text.RegularExpressions;
using ReportSdk.Curation.Scoring;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Regions;

namespace ReportSdk.Curation.Tests.Corpus;

/// <summary>
/// Every key of the corpus is data: it must read, its every excerpt must be found in order in its
/// text, every run of digits of the text must be marked, and every value and code must be one the
/// format and the registries allow (corpus/README.md).
/// </summary>
public sealed class CorpusKeyTests
{
    public static TheoryData<string, string> Documents => CorpusDocuments.Theory();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_key_reads_and_accounts_for_every_number_of_its_text(string half, string name)
    {
        var folder = CorpusDocuments.Folder(half, name);
        var keyPath = Path.Combine(folder, "key.yaml");
        var findings = new List<Finding>();

        var key = AnswerKeyReader.Read(keyPath, File.ReadAllText(keyPath), findings);

        Assert.True(findings.Count == 0 && key is not null, CorpusDocuments.Describe(findings));
        var problems = AnswerKeyChecker.Check(key!, File.ReadAllText(Path.Combine(folder, "source.txt")), CorpusDocuments.Registry(), AdministrativeDivisions.National);
        Assert.True(problems.Count == 0, CorpusDocuments.Describe(problems));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_document_says_where_it_comes_from_and_what_part_it_is(string half, string name)
    {
        var about = File.ReadAllText(Path.Combine(CorpusDocuments.Folder(half, name), "about.yaml"));

        foreach (var field in new[] { "url", "region", "province", "level", "document", "planYear", "part", "stored" })
        {
            Assert.Matches(new Regex("^" + field + ": \\S", RegexOptions.Multiline), about);
        }
        Assert.Matches(new Regex("^url: https?://", RegexOptions.Multiline), about);
    }

    /// <summary>Words right before a level a period reached (从45个发展到117个).</summary>
    private static readonly string[] LevelReached = { "增加到", "提高到", "提升到", "增长到", "上升到", "发展到", "扩大到", "增至", "提高至", "提升至", "增加至" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_level_a_period_reached_is_keyed_for_the_year_it_was_reached_not_for_the_period(string half, string name)
    {
        var keyPath = Path.Combine(CorpusDocuments.Folder(half, name), "key.yaml");
        var key = AnswerKeyReader.Read(keyPath, File.ReadAllText(keyPath), new List<Finding>())!;

        var fiveYearLevels = key.Numbers
            .Where(n => n.Figure is { IsTarget: false, Kind: "five-year" })
            .Where(n => LevelReached.Any(w => Regex.Replace(n.At.Split('⟦')[0], @"\s", "").EndsWith(w, StringComparison.Ordinal)))
            .Select(n => n.At)
            .ToList();

        Assert.True(fiveYearLevels.Count == 0, "levels keyed five-year (corpus/README.md, kind): " + string.Join(", ", fiveYearLevels));
    }

    [Fact]
    public void The_split_lists_every_document_in_the_half_it_is_in_and_nothing_else()
    {
        var table = File.ReadAllLines(Path.Combine(CorpusDocuments.Root, "split.md"))
            .Select(line => Regex.Match(line, @"^\| ([a-z0-9-]+) \|.*\| (development|validation) \|$"))
            .Where(m => m.Success)
            .Select(m => (Half: m.Groups[2].Value, Name: m.Groups[1].Value))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(CorpusDocuments.All().ToList(), table);
        Assert.All(CorpusDocuments.Halves, half => Assert.True(table.Count(d => d.Half == half) >= 28, $"{half}: fewer than 28 documents"));
    }
}
