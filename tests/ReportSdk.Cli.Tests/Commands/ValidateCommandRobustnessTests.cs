using System.Text;
using System.Text.Json;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Commands;

/// <summary>
/// Garbage in the data folder never crashes a command: validate exits 1 with findings located
/// in the bad file, and nothing on either stream looks like a stack trace.
/// </summary>
public class ValidateCommandRobustnessTests
{
    public static TheoryData<string> GarbageReports => new()
    {
        "random-bytes-seed-1", "random-bytes-seed-2", "random-bytes-seed-3", "random-bytes-seed-4", "random-bytes-seed-5",
        "binary-junk", "utf16-text", "empty", "whitespace-only", "comment-only", "list", "scalar", "null-document",
        "nested-block-mappings", "nested-block-sequences", "nested-flow-sequences", "nested-flow-mappings",
        "alias-bomb", "duplicate-fields", "two-documents", "tab-indentation", "mapping-as-key", "unclosed-flow-sequence",
        "unclosed-quote", "very-long-line", "sections-as-scalar", "targets-as-mapping", "wrong-types",
    };

    [Theory]
    [MemberData(nameof(GarbageReports))]
    public void Garbage_report_gives_located_findings_and_exit_1(string name)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var garbage = Path.Combine(root, "reports", "luoyang", name + ".yaml");
        File.WriteAllBytes(garbage, Garbage(name));

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal(CliRunner.Display(garbage), f.File);
            Assert.True(f.Line >= 1 && f.Column >= 1, f.ToString());
        });
        Assert.DoesNotContain(findings, f => f.Id == "RS9001");
        CliRunner.AssertNoStackTrace(result.Output);
        CliRunner.AssertNoStackTrace(result.Error);
        // the curated reports beside the garbage stay valid
        Assert.Matches($"^\\d+ files, {Reports.All.Count} valid reports, {findings.Count} errors$", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Randomly_corrupted_copies_of_a_report_give_findings_but_never_an_internal_error()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var original = File.ReadAllBytes(Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml"));
        var fuzz = Directory.CreateDirectory(Path.Combine(root, "reports", "fuzz")).FullName;
        var random = new Random(20210207);
        var specials = Encoding.ASCII.GetBytes("-:[]{}&*!|>'\"%@`#,?\n \t0123456789");
        for (var i = 0; i < 60; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var m = random.Next(1, 20); m > 0; m--) bytes[random.Next(bytes.Length)] = specials[random.Next(specials.Length)];
            File.WriteAllBytes(Path.Combine(fuzz, $"fuzz-{i:00}.yaml"), bytes);
        }

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.DoesNotContain(findings, f => f.Id == "RS9001");
        var located = findings.Select(f => Path.GetFileName(f.File)).ToHashSet(StringComparer.Ordinal);
        Assert.True(located.Count(name => name.StartsWith("fuzz-", StringComparison.Ordinal)) >= 55, string.Join(", ", located.Order(StringComparer.Ordinal)));
        CliRunner.AssertNoStackTrace(result.Output);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Theory]
    [InlineData("random-bytes-seed-1")]
    [InlineData("binary-junk")]
    [InlineData("nested-flow-mappings")]
    public void Garbage_report_still_gives_parseable_sarif_and_json(string name)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.WriteAllBytes(Path.Combine(root, "reports", "luoyang", name + ".yaml"), Garbage(name));

        var sarif = CliRunner.Run("validate", "--format", "sarif", root);
        var json = CliRunner.Run("validate", "--format", "json", root);

        Assert.Equal(1, sarif.ExitCode);
        Assert.Equal(1, json.ExitCode);
        using var sarifDocument = JsonDocument.Parse(sarif.Output);
        using var jsonDocument = JsonDocument.Parse(json.Output);
        Assert.True(sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 0);
        Assert.True(jsonDocument.RootElement.GetProperty("findings").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("units.yaml", "random-bytes-seed-1")]
    [InlineData("units.yaml", "list")]
    [InlineData("indicators.yaml", "empty")]
    [InlineData("regions.yaml", "binary-junk")]
    [InlineData("regions.yaml", "nested-flow-sequences")]
    public void Garbage_registry_gives_located_findings_and_exit_1(string registry, string name)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.WriteAllBytes(Path.Combine(root, registry), Garbage(name));

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.StartsWith(CliRunner.Display(root) + "/", f.File, StringComparison.Ordinal));
        CliRunner.AssertNoStackTrace(result.Output);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public void Garbage_source_text_gives_findings_in_its_report_and_exit_1()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.WriteAllBytes(Path.Combine(root, "sources", "luoyang-2021-gwr.txt"), Garbage("random-bytes-seed-2"));

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = result.OutputLines.Select(FindingLine.Parse).ToList();
        Assert.Contains(findings, f => f.Id == "RS3004");
        Assert.All(findings, f => Assert.Equal("luoyang-2021-gwr.yaml", Path.GetFileName(f.File)));
        CliRunner.AssertNoStackTrace(result.Error);
    }

    [Fact]
    public void Missing_source_text_gives_RS3005_and_exit_1()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        File.Delete(Path.Combine(root, "sources", "luoyang-2021-gwr.txt"));

        var result = CliRunner.Run("validate", root);

        Assert.True(result.ExitCode == 1, result.ToString());
        var finding = Assert.Single(result.OutputLines.Select(FindingLine.Parse));
        Assert.Equal("RS3005", finding.Id);
        Assert.Equal("luoyang-2021-gwr.yaml", Path.GetFileName(finding.File));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("targets")]
    public void Commands_that_need_valid_data_exit_1_on_garbage_and_print_nothing_on_output(string command)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var garbage = Path.Combine(root, "reports", "luoyang", "junk.yaml");
        File.WriteAllBytes(garbage, Garbage("binary-junk"));

        var result = CliRunner.Run(command, root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains(result.ErrorLines, line => FindingLine.TryParse(line)?.File == CliRunner.Display(garbage));
        Assert.Contains("run 'reportsdk validate'", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
    }

    /// <summary>Deterministic garbage: the same bytes on every run.</summary>
    internal static byte[] Garbage(string name)
    {
        const int Depth = 300;
        switch (name)
        {
            case var _ when name.StartsWith("random-bytes-seed-", StringComparison.Ordinal):
                var bytes = new byte[4096];
                new Random(int.Parse(name.Substring("random-bytes-seed-".Length), System.Globalization.CultureInfo.InvariantCulture)).NextBytes(bytes);
                return bytes;
            case "binary-junk":
                return new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0xC3, 0x28, 0xE2, 0x82, 0x0A, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0xF0, 0x9F, 0x00, 0x0D, 0x0A, 0x3A, 0x3A };
            case "utf16-text":
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("id: 测试\nkind: [\n")).ToArray();
            case "empty":
                return Array.Empty<byte>();
            case "whitespace-only":
                return Utf8("   \n\t\n\n  ");
            case "comment-only":
                return Utf8("# yaml-language-server: $schema=../../report.schema.json\n# nothing else\n");
            case "list":
                return Utf8("- id: a\n- id: b\n- 3\n");
            case "scalar":
                return Utf8("just some words, not a mapping\n");
            case "null-document":
                return Utf8("~\n");
            case "nested-block-mappings":
                return Utf8("id:" + string.Concat(Enumerable.Range(1, Depth).Select(i => "\n" + new string(' ', i) + "a:")) + " 1\n");
            case "nested-block-sequences":
                return Utf8("targets:\n" + string.Concat(Enumerable.Range(0, Depth).Select(i => new string(' ', 2 * i) + "-\n")) + new string(' ', 2 * Depth) + "x\n");
            case "nested-flow-sequences":
                return Utf8("targets: " + new string('[', Depth) + new string(']', Depth) + "\n");
            case "nested-flow-mappings":
                return Utf8("sections: " + string.Concat(Enumerable.Repeat("{a: ", Depth)) + "1" + new string('}', Depth) + "\n");
            case "alias-bomb":
                var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
                for (var c = 'b'; c <= 'i'; c++) bomb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
                return Utf8(bomb.ToString());
            case "duplicate-fields":
                return Utf8("id: a\nid: b\nid: c\n");
            case "two-documents":
                return Utf8("id: a\n---\nid: b\n");
            case "tab-indentation":
                return Utf8("speaker:\n\tname: x\n\ttitle: y\n");
            case "mapping-as-key":
                return Utf8("? {a: 1}\n: 2\n? [x]\n: 3\n");
            case "unclosed-flow-sequence":
                return Utf8("id: [abc\nkind: x\n");
            case "unclosed-quote":
                return Utf8("id: \"abc\nkind: x\n");
            case "very-long-line":
                return Utf8("id: " + new string('长', 200_000) + "\n");
            case "sections-as-scalar":
                return Utf8("id: garbage-report\nsymbol: Garbage\nsections: 12\ntargets: yes\nactuals: ~\n");
            case "targets-as-mapping":
                return Utf8("id: garbage-report\nsymbol: Garbage\ntargets:\n  key: a\n  value: 8\nactuals:\n  - [1, 2]\n  - 3\n");
            case "wrong-types":
                return Utf8("id: 12\nsymbol: 3x\nkind: [a]\nregion: {b: c}\ndelivered: yesterday\nreviewYear: 20.5\nplanYear: -1\nspeaker: none\nsource: 5\n");
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such garbage");
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
