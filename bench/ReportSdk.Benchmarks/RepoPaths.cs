using System.Reflection;

namespace ReportSdk.Benchmarks;

/// <summary>The repository, found from the build-time path or by walking up to ReportSdk.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Data => Path.Combine(Root, "data");

    private static string Find()
    {
        var stamped = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ReportSdk.sln"))) return Path.GetFullPath(stamped);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ReportSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
