namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>
/// Creates symbolic links for tests. Where the system refuses them (Windows without developer
/// mode or the privilege), the tests that need them have nothing to check and return early.
/// </summary>
internal static class SymbolicLinks
{
    /// <summary>A link at <paramref name="path"/> to the folder <paramref name="target"/> (relative to the link's folder, or absolute).</summary>
    public static bool TryFolder(string path, string target) => Try(() => Directory.CreateSymbolicLink(path, target));

    /// <summary>A link at <paramref name="path"/> to the file <paramref name="target"/> (relative to the link's folder, or absolute).</summary>
    public static bool TryFile(string path, string target) => Try(() => File.CreateSymbolicLink(path, target));

    private static bool Try(Action create)
    {
        try
        {
            create();
            return true;
        }
        catch (Exception e) when (OperatingSystem.IsWindows() && e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
