namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// The two fuzz runs each use every core: one collection, so that xunit runs them one after the
/// other and each mutant's time is its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection
{
    public const string Name = "fuzz";
}
