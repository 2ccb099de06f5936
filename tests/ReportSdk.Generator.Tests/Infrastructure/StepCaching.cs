using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>
/// What every run of the generator in these tests must show (<see cref="GeneratorHarness.Run(out Compilation)"/>
/// checks it after each run): run again on an equal compilation with equal inputs, every tracked
/// step's outputs and every source output are Cached or Unchanged; and every value a tracked
/// step outputs compares by value all the way down (<see cref="ValueEquality"/>), so that a
/// member compared by reference cannot hide behind steps whose inputs happened not to change.
/// </summary>
public static class StepCaching
{
    /// <summary>
    /// Every step name the generator declares (<see cref="TrackingNames"/>), read from the class so
    /// that a new step is checked without a list here; Roslyn's own steps (AdditionalTexts, …) hold its objects, not ours.
    /// </summary>
    public static IReadOnlySet<string> Declared { get; } = typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fails with every step output that re-ran in <paramref name="again"/> and every member of <paramref name="first"/>'s step outputs compared by reference.</summary>
    public static void AssertCachedOnRerun(GeneratorDriverRunResult first, GeneratorDriverRunResult again)
    {
        var problems = NotEquatable(first).Concat(Rerun(again)).ToList();
        Assert.True(problems.Count == 0, "the generator's steps would not stay cached:\n" + string.Join("\n", problems));
    }

    /// <summary>Every member of every tracked step's outputs that compares by reference, one line each.</summary>
    public static IEnumerable<string> NotEquatable(GeneratorDriverRunResult result)
        => result.Results
            .SelectMany(r => r.TrackedSteps)
            .Where(step => Declared.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).SelectMany(output => ValueEquality.Violations(output.Value, step.Key)))
            .Distinct();

    private static IEnumerable<string> Rerun(GeneratorDriverRunResult again)
    {
        foreach (var result in again.Results)
        {
            if (result.Exception is not null) yield return $"the second run threw {result.Exception}";
            foreach (var (name, runs) in result.TrackedSteps.Where(step => Declared.Contains(step.Key)).Concat(result.TrackedOutputSteps))
            {
                foreach (var output in runs.SelectMany(r => r.Outputs))
                {
                    if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        yield return $"{name}: {output.Reason} on the second run ({output.Value})";
                    }
                }
            }
        }
    }
}
