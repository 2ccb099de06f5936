using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Validation;
using Xunit.Abstractions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// Mutants of a good export through <see cref="ReportDataset.Load(Stream)"/>: it refuses with
/// <see cref="System.IO.InvalidDataException"/> and nothing else, and what it accepts, <c>validate</c>
/// accepts when the same data is written back as YAML (the same change made to the data file it came
/// from). An export holds no source text (and no <c>written</c>), so the rules that read it — a quote
/// in its source, in its section, once, a value in its quote, a heading, the text's hash — are
/// validate's alone. A field with no place in the YAML (the dataset's version and content hash) is
/// held to the compiler's own rule on it (<see cref="ValueRules"/>).
/// </summary>
[Collection(FuzzCollection.Name)]
public class LoadFuzzTests(ITestOutputHelper output)
{
    public static readonly string[] Categories = ["load crashes", "load accepts what validate rejects", "harness errors (not the product's)"];

    /// <summary>The rules that read what an export does not hold: the source text, and a figure's <c>written</c>.</summary>
    public static readonly IReadOnlySet<string> SourceRules = new HashSet<string>(StringComparer.Ordinal)
    {
        Rules.QuoteNotFound.Id, Rules.ValueNotInQuote.Id, Rules.QuoteAmbiguous.Id, Rules.SourceHashMismatch.Id,
        Rules.SourceMissing.Id, Rules.HeadingNotFound.Id, Rules.QuoteOutsideSection.Id,
    };

    /// <summary>
    /// The rules the loader does not apply, because the export does not hold all they read: an
    /// indicator's other admitted units (RS2005: the export names one unit per indicator, YAML may
    /// admit several, such as 100m-yuan or 100m-usd) and the national list of divisions (RS2009:
    /// the compiler's, not carried by the runtime). Counted, not failed.
    /// </summary>
    public static readonly IReadOnlySet<string> NotInExport = new HashSet<string>(StringComparer.Ordinal)
    {
        Rules.UnitMismatch.Id, Rules.RegionMismatch.Id,
    };

    [Fact]
    public void Load_refuses_with_its_one_exception_and_accepts_only_what_validate_accepts_written_back_as_yaml()
    {
        var settings = FuzzSettings.FromEnvironment();
        var corpus = Corpus.Data;
        var good = DatasetCompiler.Compile(corpus.Files);
        Assert.False(good.HasErrors, "the real data has errors: " + string.Join("; ", good.Findings.Take(3)));
        var mutator = new ExportMutator(corpus, ExportRoundTrip.Export(good));
        var log = new FuzzLog($"load: {settings.ExportMutants.Count()} mutants of a good export", settings);

        Parallel.ForEach(settings.ExportMutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            ExportMutant mutant;
            try
            {
                mutant = mutator.Make(settings.Seed, index);
            }
            catch (Exception e)
            {
                log.Fail("harness errors (not the product's)", Stand(index, settings, "harness", "the export mutator failed"), e.ToString());
                return;
            }
            var asMutant = Stand(index, settings, mutant.Kind, mutant.Description);
            log.Mutant(asMutant);
            var load = Budget.Run(() => ExportRoundTrip.Load(mutant.Json), Budget.PerMutant);
            log.Time("load", load.Elapsed, index);
            if (load.TimedOut)
            {
                log.Fail("load crashes", asMutant, "ReportDataset.Load ran longer than 5 s");
                return;
            }
            if (load.Error is System.IO.InvalidDataException refused)
            {
                log.Count("refused by Load");
                if (settings.Only is not null) output.WriteLine($"{mutant}\nrefused: {refused.Message}");
                return;
            }
            if (load.Error is not null)
            {
                log.Fail("load crashes", asMutant, "ReportDataset.Load threw " + load.Error);
                return;
            }
            log.Count("accepted by Load");
            var loaded = load.Result!;
            if (mutant.Yaml is null)
            {
                // No place in the YAML: the compiler's rule on the field itself.
                if (ValueRules.IsBlank(loaded.Info.Version) || !ValueRules.IsSha256(loaded.Info.ContentHash))
                {
                    log.Fail("load accepts what validate rejects", asMutant, $"Load accepted version '{loaded.Info.Version}', contentHash '{loaded.Info.ContentHash}'");
                }
                else
                {
                    log.Count("accepted by Load, held to ValueRules (no place in the YAML)");
                }
                return;
            }
            var files = (mutant.WholeDataSet ? corpus.Files : corpus.OneReport(mutant.SampleReport)).Select(f => f.Path == mutant.Yaml.Path ? mutant.Yaml : f).ToList();
            var compiled = DatasetCompiler.Compile(files);
            var errors = compiled.Findings.Where(f => f.Level == DiagnosticLevel.Error).ToList();
            var rejected = errors.Where(f => !SourceRules.Contains(f.Id) && !NotInExport.Contains(f.Id)).ToList();
            if (rejected.Count > 0)
            {
                log.Fail("load accepts what validate rejects", asMutant, $"Load accepted the export; validate rejects the same data as YAML: {Yaml.Visible(rejected[0].ToString(), 300)}", rejected.Count);
            }
            else if (errors.Count > 0)
            {
                var why = errors.Any(f => NotInExport.Contains(f.Id)) ? "under a rule on what the export does not hold" : "for the source alone";
                log.Count($"accepted by Load, rejected by validate {why}: " + string.Join(" ", errors.Select(f => f.Id).Distinct().Order()));
            }
            else
            {
                log.Count("accepted by Load and by validate as YAML");
            }
            if (settings.Only is not null) output.WriteLine($"{mutant}\n{string.Join("\n", compiled.Findings.Take(20))}");
        });

        output.WriteLine(log.Summary(Categories));
        if (log.Failures.Count > 0) output.WriteLine(log.Describe(int.MaxValue));
        Assert.True(log.Failures.Count == 0, log.Describe());
    }

    // The log speaks of Mutants; an export mutant stands in as one, with its description.
    private static Mutant Stand(int index, FuzzSettings settings, string kind, string description)
    {
        var nothing = new InputFile("export.json", "");
        return new Mutant(index, SplitMix64.SeedOf(settings.Seed ^ 0x4A534F4E, index), kind, nothing, nothing, description, "");
    }
}
