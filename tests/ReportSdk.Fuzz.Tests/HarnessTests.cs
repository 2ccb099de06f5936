using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Fuzz.Tests;

/// <summary>The harness itself: the data it mutates is clean, its mutants are reproducible and varied.</summary>
public class HarnessTests
{
    [Fact]
    public void The_unmutated_data_validates_without_an_error()
    {
        var corpus = Corpus.Data;
        Assert.Equal(5, corpus.Reports.Count);
        Assert.Equal(3, corpus.Registries.Count);
        Assert.Equal(5, corpus.Sources.Count);
        var dataset = DatasetCompiler.Compile(corpus.Files);
        Assert.Empty(dataset.Findings.Where(f => f.Level == ReportSdk.Compiler.Diagnostics.DiagnosticLevel.Error).Select(f => f.ToString()));
        Assert.Equal(5, dataset.Reports.Count);
    }

    [Fact]
    public void Each_report_alone_builds_clean_so_the_sampled_agreement_starts_from_a_clean_build()
    {
        var corpus = Corpus.Data;
        foreach (var report in corpus.Reports)
        {
            var files = corpus.OneReport(report.Path);
            var build = BuildHarness.Generate(files);
            Assert.Null(build.GeneratorException);
            Assert.Equal(
                DatasetCompiler.Compile(files).Findings.Select(BuildFuzzTests.Describe).Order(StringComparer.Ordinal),
                build.GeneratorDiagnostics.Select(BuildFuzzTests.Describe).Order(StringComparer.Ordinal));
            Assert.Empty(BuildHarness.Compile(build.Output).Select(d => d.ToString()));
            Assert.Contains(build.Output.SyntaxTrees, t => t.FilePath.EndsWith("Report." + Path.GetFileNameWithoutExtension(report.Path) + ".g.cs", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_mutant_is_the_same_whenever_it_is_made_so_one_can_be_replayed_alone()
    {
        var mutator = new Mutator(Corpus.Data);
        foreach (var index in new[] { 0, 1, 17, 999, 123456 })
        {
            var first = mutator.Make(FuzzSettings.DefaultSeed, index);
            var again = mutator.Make(FuzzSettings.DefaultSeed, index);
            Assert.Equal(first.Mutated, again.Mutated);
            Assert.Equal(first.Description, again.Description);
            Assert.NotEqual(first.Mutated.Text, mutator.Make(FuzzSettings.DefaultSeed + 1, index).Mutated.Text);
        }
    }

    [Fact]
    public void Every_mutant_of_the_run_can_be_made_and_the_run_has_every_kind_in_every_kind_of_file()
    {
        var corpus = Corpus.Data;
        var mutator = new Mutator(corpus);
        var settings = FuzzSettings.FromEnvironment();
        var mutants = Enumerable.Range(0, Math.Max(1000, settings.Count)).Select(i => mutator.Make(settings.Seed, i)).ToList();
        Assert.Equal(Mutator.Kinds.Order(StringComparer.Ordinal), mutants.Select(m => m.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(mutants, m => DatasetCompiler.IsRegistry(m.Mutated.Path));
        Assert.Contains(mutants, m => DatasetCompiler.IsSource(m.Mutated.Path));
        Assert.Contains(mutants, m => DatasetCompiler.IsReport(m.Mutated.Path));
        Assert.True(mutants.Count(m => m.Mutated.Text != m.Original.Text) >= mutants.Count * 99 / 100, "most mutants change their file");
    }
}
