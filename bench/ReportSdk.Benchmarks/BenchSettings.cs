using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Settings shared by the benchmark classes. BENCH_SMOKE=1 (bench/run.sh --smoke) runs a Dry job
/// on tiny data: it proves that everything runs, and measures nothing worth reading.
/// </summary>
public static class BenchSettings
{
    public static bool Smoke => Environment.GetEnvironmentVariable("BENCH_SMOKE") == "1";

    /// <summary>
    /// In process: BenchmarkDotNet's default toolchain would rebuild the referenced projects in
    /// their own obj/ folders, outside bench/.artifacts; running in process avoids that and the
    /// extra build. Each class still runs in its own process (bench/run.sh starts one per class).
    /// </summary>
    public static Job Base(Job job) => job.WithToolchain(InProcessEmitToolchain.Instance).WithGcServer(false).WithGcConcurrent(false);
}

/// <summary>Generator runs take 10 ms to 10 s: few, long iterations.</summary>
public sealed class GeneratorConfig : ManualConfig
{
    public GeneratorConfig()
    {
        AddJob(BenchSettings.Smoke
            ? BenchSettings.Base(Job.Dry).WithId("smoke")
            : BenchSettings.Base(Job.Default).WithId("generator").WithWarmupCount(2).WithIterationCount(7).WithMinIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>Lookups take nanoseconds: BenchmarkDotNet's default accuracy.</summary>
public sealed class LookupConfig : ManualConfig
{
    public LookupConfig()
    {
        AddJob(BenchSettings.Smoke
            ? BenchSettings.Base(Job.Dry).WithId("smoke")
            : BenchSettings.Base(Job.Default).WithId("lookup"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
