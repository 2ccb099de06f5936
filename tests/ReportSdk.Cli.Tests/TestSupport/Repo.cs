using ReportSdk.Testing;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>The repository's curated data folder, for CLI runs on the real data.</summary>
internal static class Repo
{
    /// <summary>The folder holding ReportSdk.sln.</summary>
    public static string Root => RepoPaths.Root;

    /// <summary>The absolute path of the curated data folder (schemas).</summary>
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>An absolute path below <see cref="Schemas"/>.</summary>
    public static string SchemaFile(params string[] parts) => Path.Combine(new[] { Schemas }.Concat(parts).ToArray());
}
