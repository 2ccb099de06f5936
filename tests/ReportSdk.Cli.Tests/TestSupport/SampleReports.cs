using ReportSdk.Cli.Loading;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>
/// A small report whose texts hold everything a writer must escape, written as data files (YAML,
/// registries and source text, in memory) and read the one way every front end reads data:
/// <see cref="DatasetCompiler.Compile"/> → payloads → the runtime's reader (<see cref="DatasetLoader.Read"/>).
/// </summary>
internal static class SampleReports
{
    private static readonly Lazy<ReportDataset> Loaded = new(Read);

    /// <summary>
    /// Report <c>test-2021-gwr</c>: targets <c>growth</c> (8.0 %, at-least), <c>range</c> (1—2 个),
    /// <c>qualitative</c> (no number); actuals <c>growth</c> (3.6 %) and, last, <c>gdp</c> (5128.4 亿元,
    /// estimate) whose label, quote and note hold a comma, a double quote and a line break, and
    /// whose <c>conflictsWith</c> names the actual <c>growth</c>.
    /// </summary>
    public static Report Create() => Loaded.Value.Reports.Get("test-2021-gwr");

    /// <summary>The registries of the sample: units percent, count and 100m-yuan; indicator gdp-growth; region testville.</summary>
    public static Registry Registry => Loaded.Value.Registry;

    /// <summary>The whole sample dataset as the CLI reads it.</summary>
    public static ReportDataset Dataset => Loaded.Value;

    public const string Units = """
        units:
          - {code: percent, name: "%", english: percent, dimension: ratio, scale: 0.01}
          - {code: count, name: 个, english: count, dimension: count, scale: 1}
          - {code: 100m-yuan, name: 亿元, english: 100 million yuan, dimension: money, scale: 100000000}
        """;

    public const string Indicators = """
        indicators:
          - {code: gdp-growth, name: 地区生产总值增长, english: GDP growth, unit: percent, kind: growth}
        """;

    public const string Regions = """
        regions:
          - {code: testville, name: 洛阳市, english: Testville, gbCode: "410300", level: prefecture}
        """;

    public const string Source = """
        政府工作报告
        一、2021年目标
        全市"生产总值"达到5128.4亿元，增长3.6%。生产总值增长8.0%以上。
        二、重点工作
        （一）制造业
        力争新建园区1—2个。污染防治完成省定目标。

        """;

    /// <summary>The report YAML; <c>{sha}</c> stands for the SHA-256 of <see cref="Source"/>.</summary>
    public const string ReportYaml = """
        id: test-2021-gwr
        symbol: Test2021
        kind: government-work-report
        region: testville
        delivered: 2021-02-07
        session: 测试会议
        speaker:
          name: 张三
          title: 市长
        title: 政府工作报告
        reviewYear: 2020
        planYear: 2021
        source:
          original: test.txt
          originalSha256: {sha}
          text: ../sources/test-2021-gwr.txt
          textSha256: {sha}
        sections:
          - key: plan
            number: 一、
            title: 2021年目标
            role: plan
          - key: key-work
            number: 二、
            title: 重点工作
            role: key-work
            children:
              - key: manufacturing
                number: （一）
                title: 制造业
        targets:
          - key: growth
            indicator: gdp-growth
            label: 生产总值增长
            value: 8.0
            unit: percent
            bound: at-least
            period: 2021
            kind: annual
            headline: true
            section: plan
            quote: 生产总值增长8.0%以上
          - key: range
            label: 新建园区
            value: 1
            max: 2
            unit: count
            measure: 个
            bound: range
            period: 2021-2025
            kind: five-year
            aspirational: true
            section: key-work/manufacturing
            quote: 力争新建园区1—2个
          - key: qualitative
            label: 污染防治
            qualitative: true
            period: 2021
            kind: task
            section: key-work/manufacturing
            quote: 污染防治完成省定目标
        actuals:
          - key: growth
            indicator: gdp-growth
            label: 增长
            value: 3.6
            unit: percent
            bound: exact
            period: 2020
            kind: annual
            section: plan
            quote: 增长3.6%
          - key: gdp
            label: 生产总值,全市
            value: 5128.4
            unit: 100m-yuan
            bound: estimate
            period: 2020
            kind: annual
            section: plan
            quote: '全市"生产总值"达到5128.4亿元'
            note: "line one\nline two"
            conflictsWith: growth
        """;

    /// <summary>The sample's data files, as <see cref="DataFiles"/> would read them from a folder <c>sample</c>.</summary>
    public static IReadOnlyList<InputFile> Files()
        => new[]
        {
            new InputFile("sample/indicators.yaml", Indicators),
            new InputFile("sample/regions.yaml", Regions),
            new InputFile("sample/reports/test-2021-gwr.yaml", ReportYaml.Replace("{sha}", Sha256.OfText(Source), StringComparison.Ordinal)),
            new InputFile("sample/sources/test-2021-gwr.txt", Source),
            new InputFile("sample/units.yaml", Units),
        };

    /// <summary>The sample compiled; fails loudly if the sample itself has findings.</summary>
    public static CompiledDataset Compile()
    {
        var compiled = DatasetCompiler.Compile(Files());
        if (compiled.Findings.Count > 0 || compiled.Reports.Count != 1)
        {
            throw new InvalidOperationException("the sample data does not compile cleanly:\n" + string.Join("\n", compiled.Findings));
        }
        return compiled;
    }

    private static ReportDataset Read() => DatasetLoader.Read(Compile(), "1.0.0");
}
