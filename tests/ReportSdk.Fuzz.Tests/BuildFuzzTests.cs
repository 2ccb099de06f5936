using System.Globalization;
using Microsoft.CodeAnalysis;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Text;
using Xunit.Abstractions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// A sample of the mutants (every Nth), built: one report with the registries and its source
/// text, through the generator inside a C# compilation, beside <see cref="DatasetCompiler.Compile"/>
/// on the same files. What validate accepts, the build compiles without error or warning; what
/// it rejects, the build rejects with the same located RS findings and nothing else; the
/// generator never throws.
/// </summary>
[Collection(FuzzCollection.Name)]
public class BuildFuzzTests(ITestOutputHelper output)
{
    public static readonly string[] Categories =
        ["crashes", "hangs", "generator crashes", "internal errors (RS9001)", "validate/build disagreements", "messages not on one line", "C# errors or warnings"];

    [Fact]
    public void Validate_and_build_agree_on_a_sample_of_mutants()
    {
        var settings = FuzzSettings.FromEnvironment();
        var corpus = Corpus.Data;
        var mutator = new Mutator(corpus);
        var log = new FuzzLog("build: a sample of the mutants, one report each", settings);
        // The first generator run and compilation of a process spend seconds in the JIT: not a mutant's time.
        BuildHarness.Compile(BuildHarness.Generate(corpus.OneReport(corpus.Reports[0].Path)).Output);

        var slow = new System.Collections.Concurrent.ConcurrentBag<Mutant>();
        Parallel.ForEach(settings.Sample, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            if (!Mutants.Make(mutator, settings, index, log, out var mutant)) return;
            log.Mutant(mutant);
            if (!Check(mutant.SampleFiles(corpus), mutant, log, lastChance: false)) slow.Add(mutant);
            if (settings.Only is not null) output.WriteLine($"{mutant}\nbuilt with {Path.GetFileName(mutant.SampleReport)}, the registries and its source text");
        });
        // Over the budget while sharing the machine: once more alone, and a hang only if it is over again.
        foreach (var mutant in slow.OrderBy(m => m.Index)) Check(mutant.SampleFiles(corpus), mutant, log, lastChance: true);

        output.WriteLine(log.Summary(Categories));
        if (log.Failures.Count > 0) output.WriteLine(log.Describe(int.MaxValue));
        Assert.True(log.Failures.Count == 0, log.Describe());
    }

    /// <summary>Both roads on the same files, and every rule of their agreement.</summary>
    /// <returns>False when a step ran over its budget and <paramref name="lastChance"/> is false: check it again later.</returns>
    internal static bool Check(IReadOnlyList<InputFile> files, Mutant mutant, FuzzLog log, bool lastChance)
    {
        var validate = Budget.Run(() => DatasetCompiler.Compile(files), Budget.PerMutant);
        var generate = Budget.Run(() => BuildHarness.Generate(files), Budget.PerMutant);
        if ((validate.TimedOut || generate.TimedOut) && !lastChance) return false;
        if (lastChance && mutant.Index >= 0) log.Count("over the budget once, run again alone");
        log.Time("validate", validate.Elapsed, mutant.Index);
        log.Time("generator", generate.Elapsed, mutant.Index);
        if (validate.TimedOut || generate.TimedOut)
        {
            log.Fail("hangs", mutant, $"{(validate.TimedOut ? "DatasetCompiler.Compile" : "the generator")} ran longer than {Budget.PerMutant.TotalSeconds} s, twice");
            return true;
        }
        if (validate.Error is not null || generate.Error is not null)
        {
            log.Fail("crashes", mutant, validate.Error is not null ? "DatasetCompiler.Compile threw " + validate.Error : "the generator driver threw " + generate.Error);
            return true;
        }
        var dataset = validate.Result!;
        var build = generate.Result!;
        // The driver repeats the generator's RS diagnostics; anything else (CS8785: the generator threw) is a crash.
        var driver = build.DriverDiagnostics.Where(d => !d.Id.StartsWith("RS", StringComparison.Ordinal)).ToList();
        if (build.GeneratorException is not null || driver.Count > 0)
        {
            log.Fail("generator crashes", mutant, build.GeneratorException?.ToString() ?? Yaml.Visible(driver[0].ToString(), 600), Math.Max(1, driver.Count));
        }

        var fromValidate = dataset.Findings.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var fromBuild = build.GeneratorDiagnostics.Select(Describe).Order(StringComparer.Ordinal).ToList();
        var internalErrors = fromValidate.Concat(fromBuild).Where(f => f.StartsWith(Rules.InternalError.Id, StringComparison.Ordinal)).ToList();
        if (internalErrors.Count > 0) log.Fail("internal errors (RS9001)", mutant, Yaml.Visible(internalErrors[0], 400), internalErrors.Count);
        // A message on more than one line is cut by MSBuild (error RS2002: unknown unit 'percent): the compiler escapes what it quotes.
        var broken = dataset.Findings.Select(f => f.Message).Concat(build.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)))
            .Where(m => m.Any(LineText.IsLineBreakOrControl)).ToList();
        if (broken.Count > 0) log.Fail("messages not on one line", mutant, Yaml.Visible(broken[0], 400), broken.Count);
        if (!fromValidate.SequenceEqual(fromBuild, StringComparer.Ordinal))
        {
            log.Fail("validate/build disagreements", mutant, FirstDifference(fromValidate, fromBuild));
        }

        var compile = Budget.Run(() => BuildHarness.Compile(build.Output), TimeSpan.FromSeconds(60));
        log.Time("C# compilation (not budgeted)", compile.Elapsed, mutant.Index);
        var csharp = compile.Result ?? [];
        if (compile.Error is not null) log.Fail("crashes", mutant, "the C# compilation threw " + compile.Error);
        if (dataset.HasErrors)
        {
            log.Count("rejected by validate");
        }
        else
        {
            log.Count("accepted by validate");
            // Only an emit sees some limits (a name too long for metadata); the accepted mutants are emitted too.
            if (csharp.Count == 0) csharp = BuildHarness.Emit(build.Output);
        }
        if (csharp.Count > 0)
        {
            log.Fail("C# errors or warnings", mutant,
                $"validate {(dataset.HasErrors ? $"rejected the data ({fromValidate.Count} findings)" : "accepted the data")}, but the build has {csharp.Count} C# diagnostic(s); first: {Yaml.Visible(csharp[0].ToString(), 400)}"
                + $"\n  generated line: {Yaml.Visible(LineOf(csharp[0]), 300)}",
                csharp.Count);
        }
        return true;
    }

    /// <summary>The generated line a C# diagnostic points at.</summary>
    private static string LineOf(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree) return "";
        var text = tree.GetText();
        return text.Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
    }

    /// <summary>A finding as validate prints it: id, file(line,col) and message.</summary>
    public static string Describe(Finding finding) => $"{finding.Id} {finding.Location}: {finding.Message}";

    /// <summary>A generator diagnostic the same way, from its Roslyn location.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string FirstDifference(List<string> validate, List<string> build)
    {
        var onlyValidate = validate.Except(build, StringComparer.Ordinal).ToList();
        var onlyBuild = build.Except(validate, StringComparer.Ordinal).ToList();
        var first = onlyValidate.Count > 0
            ? "only in validate: " + onlyValidate[0]
            : onlyBuild.Count > 0 ? "only in the build: " + onlyBuild[0] : "the same findings, but a different number of times";
        return Yaml.Visible($"validate {validate.Count} findings, build {build.Count}; {onlyValidate.Count} only in validate, {onlyBuild.Count} only in the build; first: {first}", 600);
    }
}
