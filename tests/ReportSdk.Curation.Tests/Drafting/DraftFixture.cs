using ReportSdk.Curation.Drafting;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Testing;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>
/// A small report for the drafter: sections 一、工作回顾 (review), 二、发展目标 (outlook) and
/// 三、重点工作 (key-work) with （一）发展产业; the texts under them are the test's; the registries
/// are the repository's units.yaml and indicators.yaml.
/// </summary>
internal static class DraftFixture
{
    public static readonly RegistrySpec Registry = RegistryMerger.Merge(new[]
    {
        RegistryParser.Parse("units.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "units.yaml"))),
        RegistryParser.Parse("indicators.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "data", "indicators.yaml"))),
    });

    private const string Yaml = """
        id: test-2021-gwr
        kind: government-work-report
        region: luoyang
        delivered: 2021-02-07
        session: 测试会议
        speaker: {name: 张三, title: 市长}
        title: 政府工作报告
        reviewYear: 2020
        planYear: 2021
        source: {original: a.txt, originalSha256: "0", text: ../../sources/test-2021-gwr.txt, textSha256: "0"}
        sections:
          - {key: review, number: 一、, title: 工作回顾, role: review}
          - {key: outlook, number: 二、, title: 发展目标, role: outlook}
          - key: key-work
            number: 三、
            title: 重点工作
            role: key-work
            children:
              - {key: industry, number: （一）, title: 发展产业}

        """;

    public static ReportSpec Report => ReportParser.Parse("/data/reports/test/test-2021-gwr.yaml", Yaml).Report!;

    /// <summary>The source with the given texts under the review, the outlook, the key-work section and its first subsection.</summary>
    public static string Source(string review = "", string outlook = "", string keyWork = "", string industry = "")
        => $"一、工作回顾\n{review}\n二、发展目标\n{outlook}\n三、重点工作\n{keyWork}\n（一）发展产业\n{industry}\n";

    public static Draft Propose(string review = "", string outlook = "", string keyWork = "", string industry = "", DraftVocabulary? vocabulary = null)
        => Drafter.Propose(Report, new SourceDocument("/data/sources/test-2021-gwr.txt", Source(review, outlook, keyWork, industry)), vocabulary ?? DraftVocabulary.From(Registry));

    /// <summary>The one figure proposed for the number <paramref name="value"/>.</summary>
    public static FigureProposal Figure(Draft draft, string value) => Assert.Single(draft.Figures, f => f.Value == value);
}
