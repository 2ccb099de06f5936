using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using Xunit.Abstractions;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// Every mutant of the real data, through what <c>reportsdk validate</c> runs
/// (<see cref="DatasetCompiler.Compile"/> on the whole data set with one file changed): no
/// exception escapes, no internal error (RS9001), nothing takes more than 5 s, every finding lies
/// inside its file, what validate accepts the runtime reads back, and export and
/// <see cref="ReportDataset.Load(Stream)"/> agree with validate: an accepted data set exports, loads, and
/// loads as the compiler resolved it; every 100th mutant (<see cref="FuzzSettings.IsExportedByCommandLine"/>) also
/// goes through <c>reportsdk export</c> itself, which must refuse what validate rejects.
/// </summary>
[Collection(FuzzCollection.Name)]
public class ValidateFuzzTests(ITestOutputHelper output)
{
    public static readonly string[] Categories =
        ["crashes", "hangs", "internal errors (RS9001)", "unlocated findings", "runtime read failures", "export/load disagreements"];

    [Fact]
    public void Validate_never_crashes_hangs_or_mislocates_a_finding_and_what_it_accepts_reads_back()
    {
        var settings = FuzzSettings.FromEnvironment();
        var corpus = Corpus.Data;
        var mutator = new Mutator(corpus);
        var log = new FuzzLog("validate: every mutant, whole data set", settings);
        // The first compile of a process spends seconds in the JIT: not a mutant's time.
        DatasetCompiler.Compile(corpus.Files);
        var slow = new System.Collections.Concurrent.ConcurrentBag<Mutant>();

        // One mutant per core at a time; each is checked alone, under its own time budget.
        Parallel.ForEach(settings.Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            if (!Mutants.Make(mutator, settings, index, log, out var mutant)) return;
            log.Mutant(mutant);
            var files = mutant.AllFiles(corpus);
            var run = Budget.Run(() => DatasetCompiler.Compile(files), Budget.PerMutant);
            if (run.TimedOut)
            {
                slow.Add(mutant);
                return;
            }
            log.Time("validate", run.Elapsed, index);
            if (run.Error is not null)
            {
                log.Fail("crashes", mutant, "DatasetCompiler.Compile threw " + run.Error);
                return;
            }
            Check(run.Result!, files, mutant, log);
            if (settings.IsExportedByCommandLine(index)) CommandLineExport.Check(files, run.Result!, mutant, log);
            if (settings.Only is not null) Replay(mutant, run.Result!);
        });

        // Over the budget while sharing the machine: once more alone, and a hang only if it is over again.
        foreach (var mutant in slow.OrderBy(m => m.Index))
        {
            log.Count("over the budget once, run again alone");
            var files = mutant.AllFiles(corpus);
            var again = Budget.Run(() => DatasetCompiler.Compile(files), Budget.PerMutant);
            log.Time("validate", again.Elapsed, mutant.Index);
            if (again.TimedOut) log.Fail("hangs", mutant, $"DatasetCompiler.Compile ran longer than {Budget.PerMutant.TotalSeconds} s, twice");
            else if (again.Error is not null) log.Fail("crashes", mutant, "DatasetCompiler.Compile threw " + again.Error);
            else Check(again.Result!, files, mutant, log);
        }

        output.WriteLine(log.Summary(Categories));
        if (log.Failures.Count > 0) output.WriteLine(log.Describe(int.MaxValue));
        Assert.True(log.Failures.Count == 0, log.Describe());
    }

    private static void Check(CompiledDataset dataset, IReadOnlyList<InputFile> files, Mutant mutant, FuzzLog log)
    {
        var locations = new Locations(files);
        foreach (var finding in dataset.Findings) log.Rule(finding.Id);
        log.Count("findings", dataset.Findings.Count);

        var internalErrors = dataset.Findings.Where(f => f.Id == Rules.InternalError.Id).ToList();
        if (internalErrors.Count > 0) log.Fail("internal errors (RS9001)", mutant, internalErrors[0].ToString(), internalErrors.Count);

        var unlocated = dataset.Findings.Select(f => (Finding: f, Problem: locations.Problem(f))).Where(p => p.Problem is not null).ToList();
        if (unlocated.Count > 0) log.Fail("unlocated findings", mutant, $"{unlocated[0].Problem}: {Shown(unlocated[0].Finding)}", unlocated.Count);

        foreach (var finding in dataset.Findings)
        {
            if (locations.Inconsistency(finding) is { } why) log.Note("findings whose line/column and offset disagree (not asserted)", mutant, $"{why}: {Shown(finding)}");
        }

        if (dataset.HasErrors)
        {
            log.Count("rejected by validate");
            return;
        }
        log.Count("accepted by validate");
        var read = Budget.Run(() => { RuntimeRead.Everything(dataset); return true; }, Budget.PerMutant);
        log.Time("runtime read", read.Elapsed, mutant.Index);
        if (read.TimedOut || read.Error is not null)
        {
            log.Fail("runtime read failures", mutant, read.TimedOut ? "reading the accepted data took more than 5 s" : "validate accepted the data, but the runtime reader threw " + read.Error);
            return;
        }
        var roundTrip = Budget.Run(() => ExportRoundTrip.Check(dataset), Budget.PerMutant);
        log.Time("export and load", roundTrip.Elapsed, mutant.Index);
        if (roundTrip.TimedOut) log.Fail("export/load disagreements", mutant, "exporting and loading the accepted data took more than 5 s");
        else if (roundTrip.Error is not null) log.Fail("export/load disagreements", mutant, "validate accepted the data, but export and ReportDataset.Load threw " + roundTrip.Error);
        else if (roundTrip.Result is { } difference) log.Fail("export/load disagreements", mutant, "the loaded export is not the compiled dataset: " + difference);
        else log.Count("exported and loaded as compiled");
    }

    /// <summary>With REPORTSDK_FUZZ_ONLY: the mutant in full, for a look at what it does.</summary>
    private void Replay(Mutant mutant, CompiledDataset dataset)
    {
        output.WriteLine(mutant.ToString());
        var changed = FirstChange(mutant.Original.Text, mutant.Mutated.Text);
        output.WriteLine($"first change at character {changed}: {Yaml.Visible(mutant.Original.Text.Substring(changed, Math.Min(80, mutant.Original.Text.Length - changed)))}");
        output.WriteLine($"                      now: {Yaml.Visible(mutant.Mutated.Text.Substring(changed, Math.Min(80, mutant.Mutated.Text.Length - changed)))}");
        output.WriteLine($"{dataset.Findings.Count} findings, {dataset.Reports.Count} reports with data:");
        foreach (var finding in dataset.Findings.Take(50)) output.WriteLine("  " + Shown(finding));
    }

    private static int FirstChange(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Shown(Finding finding) => Yaml.Visible(finding.ToString(), 300);
}
