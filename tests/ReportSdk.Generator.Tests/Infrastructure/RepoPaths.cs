namespace ReportSdk.Generator.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "ReportSdk.Generator.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ReportSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
