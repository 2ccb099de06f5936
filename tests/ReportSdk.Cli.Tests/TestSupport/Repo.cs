using ReportSdk.Testing;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>The repository's curated data folder, for CLI runs on the real data.</summary>
internal static class Repo
{
    /// <summary>The folder holding ReportSdk.sln.</summary>
    public static string Root => RepoPaths.Root;

    /// <summary>The absolute path of the curated data folder (data).</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary>An absolute path below <see cref="Data"/>.</summary>
    public static string DataFile(params string[] parts) => Path.Combine(new[] { Data }.Concat(parts).ToArray());
}
