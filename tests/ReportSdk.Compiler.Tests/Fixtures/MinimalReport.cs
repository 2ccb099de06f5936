using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Compiler.Tests.Fixtures;

/// <summary>
/// A small valid report (YAML + normalized source text + registries) that tests break one
/// thing at a time. Edits replace text on one line, so the line numbers below stay valid;
/// tests assert exact 1-based line and column numbers against this listing.
/// </summary>
/// <remarks>
/// Line numbers of <see cref="Template"/> (columns are counted in characters, one per CJK character):
/// <code>
///  1 # yaml-language-server: …           30   - key: plan
///  2 id: test-2021-gwr                   31     number: 二、
///  3 symbol: Test2021                    32     title: 2021年主要目标
///  4 kind: government-work-report        33     role: plan
///  5 region: luoyang                     34     children:
///  6 delivered: 2021-02-07               35       - key: manufacturing
///  7 session: …                          36         number: （一）
///  8 speaker:                            37         title: 推进制造业高质量发展
///  9   name: 张三                        38 targets:
/// 10   title: 测试市人民政府市长         39   - key: gdp-growth
/// 11 title: 政府工作报告                 40     indicator: gdp-growth
/// 12 reviewYear: 2020                    41     label: 生产总值增长
/// 13 planYear: 2021                      42     value: 8
/// 14 source:                             43     unit: percent
/// 15   original: original.txt            44     bound: at-least
/// 16   originalSha256: 000…              45     period: 2021
/// 17   text: ../../sources/test-2021-gwr.txt   46     kind: annual
/// 18   textSha256: (hash of Source)      47     headline: true
/// 19   edits:                            48     section: plan
/// 20     - none                          49     quote: 生产总值增长8%以上
/// 21 sections:                           50   - key: new-high-tech-enterprises  (… to 60, quote on 60)
/// 22   - key: review                     61 actuals:
/// 23     number: 一、                    62   - key: gdp  (… value 65, section 70, quote 71)
/// 24     title: 2020年工作回顾           72   - key: urban-new-jobs  (… value 75, section 80, quote 81)
/// 25     role: review                    82 dismissed:
/// 26     children:                       83   - text: 2020年
/// 27       - key: epidemic               84     reason: year
/// 28         number: （一）              85   - text: 2021年
/// 29         title: 坚持人民至上，夺取疫情防控重大成果   86     reason: year
/// </code>
/// </remarks>
internal sealed class MinimalReport
{
    public const string ReportPath = "/data/reports/test/test-2021-gwr.yaml";
    public const string SourcePath = "/data/sources/test-2021-gwr.txt";
    private const string HashPlaceholder = "{textSha256}";

    /// <summary>The normalized source text (LF line endings).</summary>
    public const string Source =
        "政府工作报告\n" +
        "一、2020年工作回顾\n" +
        "全市生产总值达到5128.4亿元，增长3%。\n" +
        "（一）坚持人民至上，夺取疫情防控重大成果\n" +
        "城镇新增就业8万人。\n" +
        "二、2021年主要目标\n" +
        "生产总值增长8%以上，居民收入增长与经济增长同步。\n" +
        "（一）推进制造业高质量发展\n" +
        "培育高新技术企业100家。\n";

    public const string Template = """
        # yaml-language-server: $schema=../../report.schema.json
        id: test-2021-gwr
        symbol: Test2021
        kind: government-work-report
        region: luoyang
        delivered: 2021-02-07
        session: 测试市第一届人民代表大会第一次会议
        speaker:
          name: 张三
          title: 测试市人民政府市长
        title: 政府工作报告
        reviewYear: 2020
        planYear: 2021
        source:
          original: original.txt
          originalSha256: 000000000000000000000000000000000000000000000000000000000000000a
          text: ../../sources/test-2021-gwr.txt
          textSha256: {textSha256}
          edits:
            - none
        sections:
          - key: review
            number: 一、
            title: 2020年工作回顾
            role: review
            children:
              - key: epidemic
                number: （一）
                title: 坚持人民至上，夺取疫情防控重大成果
          - key: plan
            number: 二、
            title: 2021年主要目标
            role: plan
            children:
              - key: manufacturing
                number: （一）
                title: 推进制造业高质量发展
        targets:
          - key: gdp-growth
            indicator: gdp-growth
            label: 生产总值增长
            value: 8
            unit: percent
            bound: at-least
            period: 2021
            kind: annual
            headline: true
            section: plan
            quote: 生产总值增长8%以上
          - key: new-high-tech-enterprises
            indicator: new-high-tech-enterprises
            label: 培育高新技术企业
            value: 100
            unit: count
            measure: 家
            bound: exact
            period: 2021
            kind: task
            section: plan/manufacturing
            quote: 培育高新技术企业100家
        actuals:
          - key: gdp
            indicator: gdp
            label: 生产总值
            value: 5128.4
            unit: 100m-yuan
            bound: exact
            period: 2020
            kind: annual
            section: review
            quote: 全市生产总值达到5128.4亿元
          - key: urban-new-jobs
            indicator: urban-new-jobs
            label: 城镇新增就业
            value: 8
            unit: 10k-people
            bound: exact
            period: 2020
            kind: annual
            section: review/epidemic
            quote: 城镇新增就业8万人
        dismissed:
          - text: 2020年
            reason: year
          - text: 2021年
            reason: year

        """;

    public const string UnitsYaml = """
        units:
          - {code: percent, name: "%", english: percent, dimension: ratio, scale: 1}
          - {code: 100m-yuan, name: 亿元, english: 100 million yuan, dimension: money, scale: 100000000}
          - {code: count, name: 个, english: count, dimension: count, scale: 1}
          - {code: 10k-people, name: 万人, english: 10 thousand people, dimension: people, scale: 10000}

        """;

    public const string IndicatorsYaml = """
        indicators:
          - {code: gdp, name: 地区生产总值, english: Gross regional product, unit: 100m-yuan, kind: level}
          - {code: gdp-growth, name: 地区生产总值增长, english: Growth of gross regional product, unit: percent, kind: growth}
          - {code: new-high-tech-enterprises, name: 新增高新技术企业, english: New high-tech enterprises, unit: count, kind: level}
          - {code: urban-new-jobs, name: 城镇新增就业, english: New urban jobs, unit: 10k-people, kind: level}

        """;

    public const string RegionsYaml = """
        regions:
          - {code: luoyang, name: 洛阳市, english: Luoyang, gbCode: "410300", level: prefecture}

        """;

    private string _yaml = Template;
    private string? _source = Source;
    private string? _hash;
    private string _units = UnitsYaml;
    private string _indicators = IndicatorsYaml;

    /// <summary>The report YAML as it will be parsed (the text hash filled in).</summary>
    public string Yaml => _yaml.Replace(HashPlaceholder, _hash ?? Sha256.OfText(_source ?? ""), StringComparison.Ordinal);

    /// <summary>Replaces <paramref name="oldText"/>, which must occur exactly once in the YAML.</summary>
    public MinimalReport Replace(string oldText, string newText)
    {
        _yaml = ReplaceOnce(_yaml, oldText, newText);
        return this;
    }

    /// <summary>Uses another source text; the YAML's textSha256 follows it unless <see cref="WithTextSha256"/> is given.</summary>
    public MinimalReport WithSource(string? source)
    {
        _source = source;
        return this;
    }

    /// <summary>Replaces <paramref name="oldText"/>, which must occur exactly once in the source text.</summary>
    public MinimalReport ReplaceInSource(string oldText, string newText)
    {
        _source = ReplaceOnce(_source ?? "", oldText, newText);
        return this;
    }

    /// <summary>Adds a unit to this report's units.yaml (a flow mapping such as <c>{code: people, …}</c>).</summary>
    public MinimalReport AddUnit(string flowMapping)
    {
        _units += "  - " + flowMapping + "\n";
        return this;
    }

    /// <summary>Replaces <paramref name="oldText"/>, which must occur exactly once in this report's indicators.yaml.</summary>
    public MinimalReport ReplaceInIndicators(string oldText, string newText)
    {
        _indicators = ReplaceOnce(_indicators, oldText, newText);
        return this;
    }

    /// <summary>Writes this value as textSha256 instead of the source text's real hash.</summary>
    public MinimalReport WithTextSha256(string hash)
    {
        _hash = hash;
        return this;
    }

    /// <summary>The source text as edited (null when <see cref="WithSource"/> removed it).</summary>
    public string? SourceText => _source;

    public ParsedReport Parse() => ReportParser.Parse(ReportPath, Yaml);

    /// <summary>Every finding: the parser's and, when the report could be read, the validator's.</summary>
    public IReadOnlyList<Finding> Findings()
    {
        var parsed = Parse();
        var findings = parsed.Diagnostics.ToList();
        if (parsed.Report is not null)
        {
            var source = _source is null ? null : new SourceDocument(SourcePath, _source);
            var registry = RegistryMerger.Merge(new[]
            {
                RegistryParser.Parse("/data/units.yaml", _units),
                RegistryParser.Parse("/data/indicators.yaml", _indicators),
                RegistryParser.Parse("/data/regions.yaml", RegionsYaml),
            });
            findings.AddRange(ReportValidator.Validate(parsed.Report, registry, source));
        }
        return findings;
    }

    /// <summary>The single finding of the run; fails listing all findings when there is not exactly one.</summary>
    public Finding SingleFinding()
    {
        var findings = Findings();
        Assert.True(findings.Count == 1, $"expected exactly one finding, got {findings.Count}:\n{string.Join("\n", findings)}");
        return findings[0];
    }

    public static RegistrySpec Registry() => RegistryMerger.Merge(RegistryFiles());

    public static IReadOnlyList<ParsedRegistry> RegistryFiles() => new[]
    {
        RegistryParser.Parse("/data/units.yaml", UnitsYaml),
        RegistryParser.Parse("/data/indicators.yaml", IndicatorsYaml),
        RegistryParser.Parse("/data/regions.yaml", RegionsYaml),
    };

    private static string ReplaceOnce(string text, string oldText, string newText)
    {
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture edit: '{oldText}' not found");
        Assert.True(text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"fixture edit: '{oldText}' occurs more than once");
        return text.Substring(0, at) + newText + text.Substring(at + oldText.Length);
    }
}
