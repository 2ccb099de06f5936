namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>A fresh folder under the system's temporary folder, deleted on dispose. Tests never write into the repository.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportsdk-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>An absolute path inside the folder.</summary>
    public string File(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

    /// <summary>Copies the curated data folder into <paramref name="name"/> here (<c>data</c> unless given) and returns the copy's path.</summary>
    public string CopyData(string name = "data")
    {
        var target = File(name);
        CopyFolder(Repo.Data, target);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is harmless
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(source)) CopyFolder(folder, System.IO.Path.Combine(target, System.IO.Path.GetFileName(folder)));
    }
}
