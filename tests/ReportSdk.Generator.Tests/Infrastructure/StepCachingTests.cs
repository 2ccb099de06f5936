using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSdk.Generator.Pipeline;
using Xunit.Sdk;

namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>
/// The check every generator run goes through fails when a step's output loses value equality,
/// shown on a small generator whose step, named as one of ours, outputs a record with a list.
/// </summary>
public class StepCachingTests
{
    private sealed record RegistryWithNotes(string Path, List<string> Notes);

    [Fact]
    public void A_step_output_with_a_member_compared_by_reference_fails_though_every_step_was_cached()
    {
        // Same inputs on the second run: the step is Cached without its output ever being compared.
        var (first, again) = RunTwice(context => context.RegisterSourceOutput(
            context.AdditionalTextsProvider
                .Select((text, _) => new RegistryWithNotes(text.Path, [text.Path]))
                .WithTrackingName(TrackingNames.ResolveRegistry),
            (_, _) => { }));

        var error = Assert.ThrowsAny<XunitException>(() => StepCaching.AssertCachedOnRerun(first, again));

        Assert.Contains("ResolveRegistry.Notes: List<String>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_gives_an_unequal_output_on_the_second_run_fails()
    {
        // The compilation is a new object on the second run, so the step runs again and its new output is compared.
        var (first, again) = RunTwice(context => context.RegisterSourceOutput(
            context.CompilationProvider.Select((compilation, _) => new object()).WithTrackingName(TrackingNames.ContentHash),
            (_, _) => { }));

        var error = Assert.ThrowsAny<XunitException>(() => StepCaching.AssertCachedOnRerun(first, again));

        Assert.Contains("ContentHash: Modified on the second run", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_with_equal_outputs_pass()
    {
        var (first, again) = RunTwice(context => context.RegisterSourceOutput(
            context.CompilationProvider.Select((compilation, _) => compilation.AssemblyName ?? "").WithTrackingName(TrackingNames.ContentHash),
            (_, _) => { }));

        StepCaching.AssertCachedOnRerun(first, again);
        Assert.Contains(TrackingNames.ContentHash, again.Results.Single().TrackedSteps.Keys);
    }

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Again) RunTwice(Action<IncrementalGeneratorInitializationContext> initialize)
    {
        var compilation = CSharpCompilation.Create("Probe");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new Probe(initialize).AsSourceGenerator()],
            [new InMemoryAdditionalText("/data/units.yaml", "units: []")],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        return (driver.GetRunResult(), driver.RunGenerators(compilation.Clone()).GetRunResult());
    }

    private sealed class Probe(Action<IncrementalGeneratorInitializationContext> initialize) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) => initialize(context);
    }
}
