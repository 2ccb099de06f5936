using System.Text;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Cli.Tests.Commands;

public class NewReportCommandTests
{
    /// <summary>A document as a PDF extraction delivers it: BOM, CR LF, a wrapped paragraph, spaced numbers, a doubled page header.</summary>
    private const string Received =
        "\uFEFF测试市政府工作报告\r\n"
        + "——2021年2月1日在测试市第一届人民代表大会第一次会议上\r\n"
        + "测试市人民政府市长 张三\r\n"
        + "各位代表：\r\n"
        + "一、2020年工作回顾\r\n"
        + "过去一年，全市生产总值达到5 128.4亿元，增长3.6%。\r\n"
        + "二、2021年重点工作\r\n"
        + "今年全市经济社会发展的主要预期目标是：生产总值增长8 %以上，城镇新增\r\n"
        + "就业8 000人以上。\r\n"
        + "政府工作报告\r\n"
        + "政府工作报告\r\n"
        + "（一）扩大有效投资。实施重点项目100个。\r\n"
        + "三、加强政府自身建设\r\n"
        + "各位代表，让我们共同努力！";

    [Fact]
    public void Writes_the_normalized_text_and_a_skeleton_that_validates_with_hashes_edits_and_sections()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        CliRunner.Run("init", data);
        var received = temp.File("received.txt");
        File.WriteAllBytes(received, new UTF8Encoding(false).GetBytes(Received));

        var result = CliRunner.Run("new-report", "--source", received, "--id", "test-2021-gwr", "--region", "luoyang", "--out", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = File.ReadAllText(Path.Combine(data, "sources", "test-2021-gwr.txt"));
        Assert.Equal(
            "测试市政府工作报告\n——2021年2月1日在测试市第一届人民代表大会第一次会议上\n测试市人民政府市长 张三\n各位代表：\n一、2020年工作回顾\n"
            + "过去一年，全市生产总值达到5128.4亿元，增长3.6%。\n二、2021年重点工作\n今年全市经济社会发展的主要预期目标是：生产总值增长8%以上，城镇新增就业8000人以上。\n"
            + "政府工作报告\n（一）扩大有效投资。实施重点项目100个。\n三、加强政府自身建设\n各位代表，让我们共同努力！\n",
            text);
        var yaml = File.ReadAllText(Path.Combine(data, "reports", "luoyang", "test-2021-gwr.yaml"));
        Assert.Contains($"  originalSha256: {Sha256.OfBytes(Encoding.UTF8.GetBytes(Received))}\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"  textSha256: {Sha256.OfText(text)}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    - \"original line 11: removed a repeated block, a verbatim copy of line 10 right before it (政府工作报告)\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    - \"line 8: joined a PDF line wrap at …上，城镇新增|就业8 00…; nothing inserted\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    - \"line 8: removed stray spaces inside numbers: \\\"8 000\\\" → \\\"8000\\\", \\\"8 %\\\" → \\\"8%\\\"\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("delivered: 2021-02-01  # CHECK: line 2\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    number: 二、  # line 7\n    title: 2021年重点工作\n    role: key-work  # CHECK: from the title\n    children:\n      - key: section-2-1\n        number: （一）", yaml, StringComparison.Ordinal);
        Assert.Contains("to do: 0 fields to fill (FILL)", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith("next: check the lines marked CHECK, then 'reportsdk draft ", StringComparison.Ordinal) && l.EndsWith(" --write' proposes the figures and dismissals of the text (docs/curating.md)", StringComparison.Ordinal));
        var validate = CliRunner.Run("validate", data);
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Fact]
    public void Fields_the_text_does_not_give_are_left_to_fill_and_validation_names_each()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        CliRunner.Run("init", data);
        var received = temp.File("bare.txt");
        File.WriteAllText(received, "一、总体要求\n今年生产总值增长8%以上。\n");

        var result = CliRunner.Run("new-report", "--source", received, "--id", "bare-2021", "--region", "luoyang", "--out", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("to do: 8 fields to fill (FILL):", result.OutputLines);
        var findings = result.OutputLines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => FindingLine.Parse(l.Trim())).ToList();
        Assert.All(findings, f => Assert.Equal("RS1003", f.Id));
        Assert.Equal(new[] { "delivered", "kind", "name", "planYear", "reviewYear", "session", "title", "title" },
            findings.Select(f => f.Message.Split('\'')[1]).Order(StringComparer.Ordinal));
        var yaml = File.ReadAllText(Path.Combine(data, "reports", "luoyang", "bare-2021.yaml"));
        Assert.Contains("delivered:  # FILL: the date it was delivered, yyyy-MM-dd\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  edits: []  # the text is the document as received\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    role: plan  # CHECK: from the title\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_overwrite_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        CliRunner.Run("init", data);
        var received = temp.File("r.txt");
        File.WriteAllText(received, "一、总体要求\n");
        Directory.CreateDirectory(Path.Combine(data, "reports", "luoyang"));
        File.WriteAllText(Path.Combine(data, "reports", "luoyang", "x-2021.yaml"), "mine\n");

        var result = CliRunner.Run("new-report", "--source", received, "--id", "x-2021", "--region", "luoyang", "--out", data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"not overwriting '{CliRunner.Display(Path.Combine(data, "reports", "luoyang", "x-2021.yaml"))}'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "sources", "x-2021.txt")));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(data, "reports", "luoyang", "x-2021.yaml")));
    }

    [Theory]
    [InlineData("X_2021", "luoyang", "--id 'X_2021' must be kebab-case")]
    [InlineData("x-2021", "Luo Yang", "--region 'Luo Yang' is neither a code of regions.yaml")]
    public void An_id_not_kebab_case_or_a_region_nobody_knows_is_a_usage_error(string id, string region, string message)
    {
        using var temp = new TempFolder();
        var received = temp.File("r.txt");
        File.WriteAllText(received, "一、总体要求\n");

        var result = CliRunner.Run("new-report", "--source", received, "--id", id, "--region", region, "--out", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_utf8_is_a_usage_error_saying_so()
    {
        using var temp = new TempFolder();
        var received = temp.File("gbk.txt");
        File.WriteAllBytes(received, new byte[] { 0xD5, 0xFE, 0xB8, 0xAE, 0x0A, 0xFF });

        var result = CliRunner.Run("new-report", "--source", received, "--id", "x-2021", "--region", "luoyang", "--out", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not UTF-8 text", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "sources")));
    }
}
