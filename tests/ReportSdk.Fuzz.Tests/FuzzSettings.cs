using System.Globalization;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// The run's settings, from the environment: <c>REPORTSDK_FUZZ_COUNT</c> (mutants, default
/// 1000), <c>REPORTSDK_FUZZ_SEED</c> (decimal or 0x-hex, default <see cref="DefaultSeed"/>),
/// <c>REPORTSDK_FUZZ_ONLY</c> (replay one mutant by its index) and
/// <c>REPORTSDK_FUZZ_SAMPLE_EVERY</c> (build every Nth mutant, default 20: 5%).
/// </summary>
internal sealed record FuzzSettings(int Count, ulong Seed, int? Only, int SampleEvery)
{
    public const ulong DefaultSeed = 20210207;

    public static FuzzSettings FromEnvironment()
    {
        var count = Int("REPORTSDK_FUZZ_COUNT") ?? 1000;
        var seedText = Environment.GetEnvironmentVariable("REPORTSDK_FUZZ_SEED");
        var seed = string.IsNullOrWhiteSpace(seedText) ? DefaultSeed
            : seedText.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? ulong.Parse(seedText[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(seedText, CultureInfo.InvariantCulture);
        return new FuzzSettings(count, seed, Int("REPORTSDK_FUZZ_ONLY"), Math.Max(1, Int("REPORTSDK_FUZZ_SAMPLE_EVERY") ?? 20));
    }

    /// <summary>The mutants every check runs on.</summary>
    public IEnumerable<int> Mutants => Only is { } only ? [only] : Enumerable.Range(0, Count);

    /// <summary>The mutants the build runs on: every <see cref="SampleEvery"/>th (or the one replayed).</summary>
    public IEnumerable<int> Sample => Only is { } only ? [only] : Enumerable.Range(0, Count).Where(i => i % SampleEvery == 0);

    /// <summary>The mutants of a good export that <c>LoadFuzzTests</c> runs: a quarter as many as <see cref="Mutants"/>, so that the project stays short.</summary>
    public IEnumerable<int> ExportMutants => Only is { } only ? [only] : Enumerable.Range(0, Math.Max(1, Count / 4));

    /// <summary>Whether mutant <paramref name="index"/> also goes through <c>reportsdk export</c> itself: every fifth of the sample (every 100th by default).</summary>
    public bool IsExportedByCommandLine(int index) => Only is not null || index % (SampleEvery * 5) == 0;

    /// <summary>How to run one mutant again.</summary>
    public string Replay(int index) => $"REPORTSDK_FUZZ_SEED={Seed} REPORTSDK_FUZZ_ONLY={index} dotnet test tests/ReportSdk.Fuzz.Tests";

    public override string ToString() => $"seed {Seed}, {Count} mutants{(Only is { } o ? $", only #{o}" : "")}, build every {SampleEvery}th";

    private static int? Int(string name)
        => Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
