using ReportSdk.Compiler.Compiling;
using Xunit.Abstractions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// The smallest inputs the fuzzing found that break a rule, each one edit of the real data: kept
/// as plain tests, so each bug stays fixed once it is. Each runs the same checks as the fuzz
/// runs: validate and build on one report (with the registries and its source), and the runtime
/// reading what validate accepts.
/// </summary>
// In the fuzz collection: its checks have the same per-input time limit, which a fuzz run beside it could exceed.
[Collection(FuzzCollection.Name)]
public class FoundByFuzzingTests(ITestOutputHelper output)
{
    private const string Report = "luoyang-2023-gwr.yaml";

    public static TheoryData<string, string, string, string> Edits() => new()
    {
        // what the edit does, the file, the text replaced (its first occurrence) and its replacement.
        // An empty quoted scalar passes as present ("required") and then skips the check of its value:
        { "empty quoted bound", Report, "    bound: exact\n", "    bound: \"\"\n" },
        { "empty quoted figure kind", Report, "    kind: annual\n", "    kind: \"\"\n" },
        { "empty quoted period", Report, "    period: 2023\n", "    period: \"\"\n" },
        { "empty quoted delivered", Report, "delivered: 2023-01-04", "delivered: \"\"" },
        { "empty quoted region", Report, "region: luoyang", "region: \"\"" },
        { "empty quoted report kind", Report, "kind: government-work-report-summary", "kind: ''" },
        { "empty quoted section role", Report, "    role: review", "    role: \"\"" },
        { "empty quoted target key", Report, "  - key: gdp-growth\n", "  - key: \"\"\n" },
        { "empty quoted indicator unit", "indicators.yaml", "unit: percent, kind: growth}", "unit: \"\", kind: growth}" },
        { "empty quoted indicator kind", "indicators.yaml", "unit: percent, kind: growth}", "unit: percent, kind: ''}" },
        { "empty quoted region level", "regions.yaml", "level: prefecture", "level: \"\"" },
        { "empty quoted region code", "regions.yaml", "{code: luolong,", "{code: \"\"," },
        // '$' in a pattern also matches before a final line feed:
        { "period with a trailing line feed", Report, "    period: 2023\n", "    period: \"2023\\n\"\n" },
        { "report id with a trailing line feed", Report, "id: luoyang-2023-gwr", "id: \"luoyang-2023-gwr\\n\"" },
        { "section key with children and a trailing line feed", Report, "  - key: review\n", "  - key: \"review\\n\"\n" },
        // names the emitted code uses itself:
        { "symbol __arglist", Report, "symbol: Luoyang2023", "symbol: __arglist" },
        { "symbol report", Report, "symbol: Luoyang2023", "symbol: report" },
        { "symbol id", Report, "symbol: Luoyang2023", "symbol: id" },
        { "symbol index", Report, "symbol: Luoyang2023", "symbol: index" },
        { "unit code report-sdk-registry", "units.yaml", "{code: times,", "{code: report-sdk-registry," },
        { "indicator code report-sdk-registry", "indicators.yaml", "{code: digital-economy-size,", "{code: report-sdk-registry," },
        { "region code report-sdk-registry", "regions.yaml", "{code: luolong,", "{code: report-sdk-registry," },
        // characters XML cannot hold, in a doc comment:
        { "U+FFFE in a label (XML doc)", Report, "label: \"地区生产总值增长\"", "label: \"地区生产总值\\uFFFE增长\"" },
        { "U+FFFF in a unit name (XML doc)", "units.yaml", "name: 倍,", "name: \"倍\\uFFFF\"," },
        // <U+D800> stands for a raw lone surrogate (an editor's buffer can hold one), put in by Check.
        { "a lone surrogate in a session (XML doc)", Report, "session: 洛阳市", "session: 洛阳市<U+D800>" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Validate_and_build_agree_and_what_validate_accepts_reads_back(string name, string file, string from, string to)
        => Check(name, file, from, to, []);

    /// <summary>Edits that need a second report in the build: names across reports.</summary>
    public static TheoryData<string, string, string, string> TwoReportEdits() => new()
    {
        { "a symbol that is another report's class", Report, "symbol: Luoyang2023", "symbol: Jianxi2021Report" },
    };

    [Theory]
    [MemberData(nameof(TwoReportEdits))]
    public void Validate_and_build_agree_on_two_reports(string name, string file, string from, string to)
        => Check(name, file, from, to, ["jianxi-2021-gwr.yaml"]);

    private void Check(string name, string file, string from, string to, string[] moreReports)
    {
        var corpus = Corpus.Data;
        var report = corpus.Reports.Single(r => r.Path.EndsWith("/" + Report, StringComparison.Ordinal));
        var extra = moreReports.SelectMany(m => corpus.OneReport(corpus.Reports.Single(r => r.Path.EndsWith("/" + m, StringComparison.Ordinal)).Path)).ToList();
        var set = corpus.OneReport(report.Path).Concat(extra).DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var original = set.Single(f => f.Path.EndsWith("/" + file, StringComparison.Ordinal));
        var at = original.Text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{name}: the text to replace is not in {file}");
        to = to.Replace("<U+D800>", "\ud800", StringComparison.Ordinal);
        var changed = new InputFile(original.Path, string.Concat(original.Text.AsSpan(0, at), to, original.Text.AsSpan(at + from.Length)));
        var mutant = new Mutant(-1, 0, "found", original, changed, name, report.Path);
        var log = new FuzzLog(name, FuzzSettings.FromEnvironment());

        var files = set.Select(f => f.Path == changed.Path ? changed : f).ToList();
        BuildFuzzTests.Check(files, mutant, log, lastChance: true);
        var dataset = DatasetCompiler.Compile(files);
        if (!dataset.HasErrors)
        {
            try
            {
                RuntimeRead.Everything(dataset);
            }
            catch (Exception e)
            {
                log.Fail("runtime read failures", mutant, "validate accepted the data, but the runtime reader threw " + e.GetType().Name + ": " + e.Message);
            }
        }

        output.WriteLine($"{name}: validate {(dataset.HasErrors ? "rejects" : "accepts")}: {string.Join("; ", dataset.Findings.Take(3).Select(f => Yaml.Visible(f.ToString(), 200)))}");
        Assert.True(log.Failures.Count == 0, log.Describe());
    }
}
