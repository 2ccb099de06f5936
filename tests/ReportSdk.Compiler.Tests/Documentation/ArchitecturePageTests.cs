using System.Text.RegularExpressions;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Documentation;

/// <summary>docs/architecture.md names only files and folders that exist: a move or a rename that forgets the page fails here.</summary>
public class ArchitecturePageTests
{
    // A path in backticks that starts at one of the repository's top folders: `src/ReportSdk/Reading/ReportReader.cs`, `src/Shared/Payload/Layout/`.
    private static readonly Regex CitedPath = new(@"`((?:src|generator|tests|docs|data|samples|bench|corpus|tools|\.ci)/[^`\s]*)`");

    [Fact]
    public void Every_path_the_page_cites_exists()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var cited = CitedPath.Matches(page).Select(m => m.Groups[1].Value).Distinct().ToList();

        var missing = cited.Where(path => !File.Exists(Path.Combine(RepoPaths.Root, path)) && !Directory.Exists(Path.Combine(RepoPaths.Root, path))).ToList();

        Assert.True(cited.Count > 50, $"only {cited.Count} paths found in docs/architecture.md: is the pattern still right?");
        Assert.True(missing.Count == 0, "docs/architecture.md cites paths that do not exist:\n" + string.Join("\n", missing));
    }
}
