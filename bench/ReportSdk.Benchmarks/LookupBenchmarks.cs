using BenchmarkDotNet.Attributes;
using Luoyang = ReportSdk.Luoyang;
using Synthetic = ReportSdk.Synthetic;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Queries on compiled datasets once they are loaded: lookup by id, by figure key and by section
/// path, the typed member for comparison, and one indicator's series across all reports. The
/// 洛阳 dataset (5 reports) and the synthetic one (1,000 reports with the full run; fewer in smoke).
/// Ids, keys and paths are fields, so nothing is folded into a constant.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LookupConfig))]
public class LookupBenchmarks
{
    private string _id = "luoyang-2021-gwr";
    private string _key = "gdp-growth";
    private string _path = "key-work/manufacturing";
    private Report _report = null!;

    private Report[] _reports = [];
    private Report[] _synReports = [];

    private string _synId = "";
    private string _synPath = "";
    private Report _synReport = null!;

    [GlobalSetup]
    public void Setup()
    {
        _report = Luoyang.Reports.Get(_id);
        _reports = [.. Luoyang.Reports.All];
        if (_report.FindSection(_path) is null || _report.Targets.Get(_key).Indicator != Luoyang.Indicators.GdpGrowth) throw new InvalidOperationException("the 洛阳 data changed: pick another section or key");

        var all = Synthetic.Reports.All;
        _synReports = [.. all];
        _synId = all[all.Count / 2].Id;
        _synReport = Synthetic.Reports.Get(_synId);
        var deepest = _synReport.Sections.Descendants().First(s => s.Parent?.Parent is not null);
        _synPath = deepest.Path;
        if (_synReport.FindSection(_synPath) is null) throw new InvalidOperationException("section path lookup failed on " + _synPath);
        Console.WriteLine($"// synthetic dataset: {all.Count} reports; looking up {_synId}, {_key}, {_synPath}");
    }

    [Benchmark(Description = "Reports.Get(id)")]
    public Report GetById() => Luoyang.Reports.Get(_id);

    [Benchmark(Description = "Targets.Get(key)")]
    public Target TargetByKey() => _report.Targets.Get(_key);

    [Benchmark(Description = "FindSection(path)")]
    public Section? SectionByPath() => _report.FindSection(_path);

    [Benchmark(Description = "typed member Reports.Luoyang2021.Targets.GdpGrowth")]
    public Target TypedMember() => Luoyang.Reports.Luoyang2021.Targets.GdpGrowth;

    [Benchmark(Description = "All.TargetsOf(Indicators.GdpGrowth)")]
    public IReadOnlyList<Target> Series() => Luoyang.Reports.All.TargetsOf(Luoyang.Indicators.GdpGrowth);

    /// <summary>The series computed afresh: a new collection over the same reports (ReportCollection caches each series after its first call).</summary>
    [Benchmark(Description = "first TargetsOf on a new ReportCollection(reports)")]
    public IReadOnlyList<Target> SeriesUncached() => new ReportCollection(_reports).TargetsOf(Luoyang.Indicators.GdpGrowth);

    [Benchmark(Description = "synthetic: Reports.Get(id)")]
    public Report SyntheticGetById() => Synthetic.Reports.Get(_synId);

    [Benchmark(Description = "synthetic: Targets.Get(key)")]
    public Target SyntheticTargetByKey() => _synReport.Targets.Get(_key);

    [Benchmark(Description = "synthetic: FindSection(path)")]
    public Section? SyntheticSectionByPath() => _synReport.FindSection(_synPath);

    /// <summary>A typed member of the synthetic dataset (syn-0010 exists in the smoke corpus too).</summary>
    [Benchmark(Description = "synthetic: typed member Reports.Syn0010.Targets.GdpGrowth")]
    public Target SyntheticTypedMember() => Synthetic.Reports.Syn0010.Targets.GdpGrowth;

    [Benchmark(Description = "synthetic: All.TargetsOf(Indicators.GdpGrowth)")]
    public IReadOnlyList<Target> SyntheticSeries() => Synthetic.Reports.All.TargetsOf(Synthetic.Indicators.GdpGrowth);

    [Benchmark(Description = "synthetic: first TargetsOf on a new ReportCollection(reports)")]
    public IReadOnlyList<Target> SyntheticSeriesUncached() => new ReportCollection(_synReports).TargetsOf(Synthetic.Indicators.GdpGrowth);
}
