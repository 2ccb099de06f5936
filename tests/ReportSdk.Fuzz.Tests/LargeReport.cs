using System.Globalization;
using System.Text;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Text;
using ReportSdk.Testing;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// A generated report and its source text, of a given size, in one of three shapes (as
/// <c>bench/scaling.sh</c> makes them): <c>headings</c> (a top-level heading every ten lines, a
/// subsection on each other line), <c>numbers</c> (four figures a line) and <c>oneline</c> (one
/// endless line). Its figures all come from the first lines, so a small and a large report of one
/// shape have the same figures — three of them with a mistake (an unknown unit, a key that is no
/// kebab-case, a value not in its quote) — and should give the same findings.
/// </summary>
internal sealed record LargeReport(string Shape, InputFile Report, InputFile Source)
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>The registries of the real data, the report and its text.</summary>
    public IReadOnlyList<InputFile> Files => Corpus.Data.Registries.Append(Report).Append(Source).ToList();

    public static LargeReport Make(string shape, int characters)
    {
        var id = $"large-{shape}-2023-gwr";
        var text = new StringBuilder(characters + 200);
        text.Append("2023年某县政府工作报告\n——2023年1月5日在某县第十八届人民代表大会第三次会议上\n县长 张三\n各位代表：\n");
        var yaml = new StringBuilder(characters);
        var figures = new List<string>();
        yaml.Append(CultureInfo.InvariantCulture, $"""
            id: {id}
            symbol: Large{char.ToUpperInvariant(shape[0])}{shape[1..]}2023
            kind: government-work-report
            region: luoyang
            delivered: 2023-01-05
            session: 某县第十八届人民代表大会第三次会议
            speaker:
              name: 张三
              title: 县长
            title: 2023年某县政府工作报告
            reviewYear: 2022
            planYear: 2023
            source:
              original: {id}.txt
              originalSha256: @@hash@@
              text: ../../sources/{id}.txt
              textSha256: @@hash@@
              edits: []
            sections:

            """);
        if (shape == "headings")
        {
            for (var i = 0; text.Length < characters; i++)
            {
                if (i % 10 == 0)
                {
                    var title = $"{2000 + i % 30}年工作回顾第{i}部分";
                    text.Append(CultureInfo.InvariantCulture, $"{Numerals[i / 10 % 10]}、{title}\n");
                    yaml.Append(CultureInfo.InvariantCulture, $"  - key: section-{i / 10 + 1}\n    number: {Numerals[i / 10 % 10]}、\n    title: {title}\n    role: review\n    children:\n");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"（{Numerals[i % 10]}）推进第{i}项工作。\n");
                    yaml.Append(CultureInfo.InvariantCulture, $"      - key: section-{i / 10 + 1}-{i % 10}\n        number: （{Numerals[i % 10]}）\n        title: 推进第{i}项工作\n");
                }
            }
            for (var i = 1; i <= 5; i++) figures.Add(Figure($"works-{i}", i.ToString(CultureInfo.InvariantCulture), "count", $"section-1/section-1-{i}", $"推进第{i}项工作", "项"));
        }
        else
        {
            text.Append("一、2023年工作安排\n");
            yaml.Append("  - key: plan\n    number: 一、\n    title: 2023年工作安排\n    role: plan\n");
            for (var i = 0; text.Length < characters; i++)
            {
                if (shape == "numbers") text.Append(CultureInfo.InvariantCulture, $"生产总值增长{i % 9}.{i % 10}%，完成{i}亿元，新增就业{i % 97}万人，粮食产量{i % 31}.5万吨。\n");
                else text.Append(CultureInfo.InvariantCulture, $"全年实现收入{i}亿元，增长{i % 13}%，");
            }
            if (shape != "numbers") text.Append("。\n");
            var verb = shape == "numbers" ? "，完成" : "实现收入";
            for (var i = 1; i <= 5; i++) figures.Add(Figure($"revenue-{i}", i.ToString(CultureInfo.InvariantCulture), "100m-yuan", "plan", $"{verb}{i}亿元", null));
        }
        // The mistakes, the same at every size.
        figures[1] = figures[1].Replace("unit: ", "unit: no-such-", StringComparison.Ordinal);
        figures[2] = figures[2].Replace("key: ", "key: Not_Kebab_", StringComparison.Ordinal);
        figures[3] = figures[3].Replace("    value: 4\n", "    value: 99999\n", StringComparison.Ordinal);
        yaml.Append("targets:\n");
        foreach (var figure in figures) yaml.Append(figure);

        var source = text.ToString();
        var hash = Sha256.OfText(source);
        var root = Path.Combine(RepoPaths.Root, "data");
        return new LargeReport(shape,
            new InputFile(SourcePaths.Normalize(Path.Combine(root, "reports", "luoyang", id + ".yaml")), yaml.ToString().Replace("@@hash@@", hash, StringComparison.Ordinal)),
            new InputFile(SourcePaths.Normalize(Path.Combine(root, "sources", id + ".txt")), source));
    }

    private static string Figure(string key, string value, string unit, string section, string quote, string? measure)
        => $"""
              - key: {key}
                label: 第{value}项
                value: {value}
                unit: {unit}

            """ + (measure is null ? "" : $"    measure: {measure}\n") + $"""
                bound: exact
                period: 2023
                kind: annual
                section: {section}
                quote: "{quote}"

            """;
}
