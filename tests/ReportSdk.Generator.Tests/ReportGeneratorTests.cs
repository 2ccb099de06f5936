using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Pipeline;
using ReportSdk.Generator.Tests.Infrastructure;
using ReportSdk.Testing;

namespace ReportSdk.Generator.Tests;

public class ReportGeneratorTests
{
    [Theory]
    [InlineData("Report.demo-2021-gwr.g.cs")]
    [InlineData("ReportSdk.Registry.g.cs")]
    [InlineData("ReportSdk.Reports.g.cs")]
    public void Generated_source_matches_its_approved_snapshot(string hintName)
    {
        var result = new GeneratorHarness(GeneratorHarness.FixtureFiles()).Run();

        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName);
        Snapshot.Match(Path.Combine(RepoPaths.TestProject("ReportSdk.Generator.Tests"), "Snapshots", hintName), source.SourceText.ToString());
    }

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings_including_missing_xml_docs()
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());

        var result = harness.Run(out var output);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Compiled_report_holds_exactly_the_values_written_in_the_yaml()
    {
        var report = LoadDemoReport(GeneratorHarness.FixtureFiles());

        Assert.Equal("示范区区长 \"代\" \\ <b>", report.Speaker.Title);
        var gdp = report.Actuals.Get("gdp");
        Assert.Equal(512.40m, gdp.Quantity!.Value);
        Assert.Equal("512.40", gdp.Quantity.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("a note with </summary> & \"quotes\"", report.Targets.Get("specialized-enterprises").Note);
        Assert.Equal("key-work/industry/enterprises", report.Targets.Get("specialized-enterprises").Section.Path);
        var schools = report.Actuals.Get("new-schools").Quantity!;
        Assert.Equal((1m, 2m, Bound.Range, "所"), (schools.Value, schools.Max!.Value, schools.Bound, schools.Measure));
        Assert.True(report.Targets.Get("pollution-control").IsQualitative);
        Assert.Equal("demo-city", report.Region.Parent!.Code);
    }

    [Fact]
    public void Every_input_replaced_by_an_identical_copy_leaves_every_step_cached_or_unchanged()
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Run();
        foreach (var path in harness.Files.Select(f => f.Path).ToList())
        {
            // A new object with the same text, as the IDE hands over after a save without changes.
            harness.Edit(Path.GetFileName(path), text => new string(text.AsSpan()));
        }

        var second = harness.Run();

        var steps = second.Results.Single().TrackedSteps;
        Assert.All(typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!), name => Assert.True(steps.ContainsKey(name), $"step {name} did not run"));
        Assert.All(TrackedOutputs(second), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"a step produced a new value: {o.Reason} {o.Value}"));
        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output ran again: {o.Reason}"));
    }

    [Fact]
    public void Editing_one_report_reruns_only_that_reports_steps()
    {
        var files = GeneratorHarness.FixtureFiles();
        var demo = files.Single(f => f.Path.EndsWith("demo-2021-gwr.yaml", StringComparison.Ordinal));
        files.Add(new InMemoryAdditionalText(demo.Path.Replace("demo-2021-gwr.yaml", "copy-2021-gwr.yaml"),
            demo.Text.Replace("id: demo-2021-gwr", "id: copy-2021-gwr").Replace("symbol: Demo2021", "symbol: Copy2021")));
        var harness = new GeneratorHarness(files);
        harness.Run();

        harness.Edit("copy-2021-gwr.yaml", text => text.Replace("label: 生产总值增长,", "label: 地区生产总值增长,"));
        var result = harness.Run();

        foreach (var step in new[] { TrackingNames.ParseReport, TrackingNames.PairSource, TrackingNames.CheckReport, TrackingNames.ResolveReport })
        {
            var outputs = result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(2, outputs.Count);
            Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, outputs.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }
        var sources = result.Results.Single().TrackedSteps[TrackingNames.ReadSource].SelectMany(s => s.Outputs);
        Assert.All(sources, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var entries = result.Results.Single().TrackedSteps[TrackingNames.DatasetEntries].SelectMany(s => s.Outputs);
        Assert.All(entries, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"the entry class would be re-emitted: {o.Reason}"));
    }

    [Fact]
    public void A_comment_only_edit_re_emits_nothing()
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Run();

        // A comment above everything moves every location, but changes no data.
        harness.Edit("demo-2021-gwr.yaml", text => "# reviewed again\n" + text);
        var result = harness.Run().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.ParseReport].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.ResolveReport].SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output ran again: {o.Reason}"));
    }

    [Fact]
    public void A_wrong_quote_is_an_RS3001_located_in_the_yaml_and_the_generator_does_not_fail()
    {
        var files = GeneratorHarness.FixtureFiles();
        var harness = new GeneratorHarness(files);
        harness.Edit("demo-2021-gwr.yaml", text => text.Replace("quote: 生产总值增长8%以上}", "quote: 生产总值增长9%以上}"));

        var result = harness.Run();

        var run = result.Results.Single();
        Assert.Null(run.Exception);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("RS3001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("demo-2021-gwr.yaml", span.Path, StringComparison.Ordinal);
        var line = File.ReadAllLines(span.Path).ToList().FindIndex(l => l.Contains("key: gdp-growth, indicator: gdp-growth, label: 生产总值增长"));
        Assert.Equal(line, span.StartLinePosition.Line);
        // Its names are still printed, without data, so that code using the report compiles.
        var facade = run.GeneratedSources.Single(s => s.HintName == "Report.demo-2021-gwr.g.cs").SourceText.ToString();
        Assert.Contains("throw new global::System.InvalidOperationException", facade, StringComparison.Ordinal);
        Assert.DoesNotContain("\"u8", facade, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_yaml_is_an_RS1001_not_a_generator_failure()
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles());
        harness.Edit("demo-2021-gwr.yaml", _ => "id: [unclosed\n  - \"\n\u0000\u0001");

        var run = harness.Run().Results.Single();

        Assert.Null(run.Exception);
        Assert.Contains(run.Diagnostics, d => d.Id == "RS1001" && d.Location.GetLineSpan().Path.EndsWith("demo-2021-gwr.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Namespace_and_entry_class_come_from_msbuild_properties()
    {
        var harness = new GeneratorHarness(GeneratorHarness.FixtureFiles(), "Other.Place");

        var run = harness.Run().Results.Single();

        Assert.All(run.GeneratedSources, s => Assert.Contains("namespace Other.Place", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    public void Output_is_byte_identical_in_any_culture(string culture)
    {
        var invariant = Generate(CultureInfo.InvariantCulture);

        var local = Generate(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(invariant, local);
    }

    private static string Generate(CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            var run = new GeneratorHarness(GeneratorHarness.FixtureFiles()).Run().Results.Single();
            return string.Join("\n---\n", run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> TrackedOutputs(GeneratorDriverRunResult result)
        => result.Results.Single().TrackedSteps
            .Where(step => typeof(TrackingNames).GetFields().Any(f => (string)f.GetValue(null)! == step.Key))
            .SelectMany(step => step.Value)
            .SelectMany(run => run.Outputs);

    private static Report LoadDemoReport(List<InMemoryAdditionalText> files)
    {
        var harness = new GeneratorHarness(files);
        harness.Run(out var output);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        var get = assembly.GetType("Demo.Data.Reports")!.GetMethod("Get")!;
        return (Report)get.Invoke(null, ["demo-2021-gwr"])!;
    }
}
