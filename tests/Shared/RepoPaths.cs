namespace ReportSdk.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The source folder of a test project, such as tests/ReportSdk.Tests.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportSdk.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("ReportSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
