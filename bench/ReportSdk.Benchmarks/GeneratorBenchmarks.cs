using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The generator alone, driven by <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>
/// on in-memory files: a full run as a fresh compiler process does it (JIT already warm), a second
/// run with nothing changed, and a run after an edit to one report's YAML.
/// Data: the five real reports and N synthetic reports shaped like them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GeneratorConfig))]
public class GeneratorBenchmarks
{
    private GeneratorRig _rig = null!;
    private GeneratorDriver _driver = null!;
    private InMemoryAdditionalText _current = null!;
    private InMemoryAdditionalText _other = null!;

    [ParamsSource(nameof(DataSets))]
    public string Data { get; set; } = "real5";

    public static IEnumerable<string> DataSets => BenchSettings.Smoke ? ["real5", "syn10"] : ["real5", "syn10", "syn100", "syn1000"];

    [GlobalSetup(Target = nameof(FullRun))]
    public void SetupFull()
    {
        _rig = GeneratorRig.For(Data);
        _rig.Check(_rig.CreateDriver().RunGenerators(_rig.Compilation));
    }

    [GlobalSetup(Targets = [nameof(EditOneFile), nameof(RunWithoutChange)])]
    public void SetupIncremental()
    {
        _rig = GeneratorRig.For(Data);
        _driver = _rig.CreateDriver().RunGenerators(_rig.Compilation);
        _rig.Check(_driver);
        _current = _rig.EditTarget();
        _other = GeneratorRig.Edited(_current);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _driver = null!;
        _rig = null!;
        GC.Collect();
    }

    /// <summary>Every step of every file, and every generated file parsed into a syntax tree.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => _rig.CreateDriver().RunGenerators(_rig.Compilation);

    /// <summary>One report's YAML changed (a label edited, alternately on and off) and the generator run again.</summary>
    [Benchmark]
    public GeneratorDriver EditOneFile()
    {
        _driver = _driver.ReplaceAdditionalText(_current, _other).RunGenerators(_rig.Compilation);
        (_current, _other) = (_other, _current);
        return _driver;
    }

    /// <summary>The generator run again with nothing changed: what every keystroke elsewhere costs in the IDE.</summary>
    [Benchmark]
    public GeneratorDriver RunWithoutChange() => _driver = _driver.RunGenerators(_rig.Compilation);
}
