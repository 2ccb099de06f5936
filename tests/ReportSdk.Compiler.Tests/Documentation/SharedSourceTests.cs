using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Documentation;

/// <summary>
/// A source file compiled into more than one project lives in src/Shared, as its README.md says, and
/// src/Shared holds nothing that one project alone compiles: the layout shows what is shared.
/// </summary>
public class SharedSourceTests
{
    private static readonly string SharedFolder = Path.Combine(RepoPaths.Root, "src", "Shared");

    /// <summary>The projects of src/ and generator/: the runtime, the tool and its library, the compiler, the generator.</summary>
    private static IEnumerable<string> Projects()
        => new[] { "src", "generator" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.csproj", SearchOption.AllDirectories));

    /// <summary>The files a project compiles from outside its own folder, each as a full path.</summary>
    private static IEnumerable<string> LinkedFiles(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        foreach (var include in XDocument.Load(project).Descendants("Compile").Select(c => (string?)c.Attribute("Include")).OfType<string>())
        {
            var path = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')));
            var wildcard = path.IndexOf('*', StringComparison.Ordinal);
            if (wildcard < 0)
            {
                yield return path;
                continue;
            }
            // "…/Layout/*.cs" or "…/Payload/**/*.cs": the files the wildcard takes.
            var root = path[..path.LastIndexOf('/', wildcard)];
            var recursive = path.Contains("**", StringComparison.Ordinal);
            var pattern = new Regex("^" + Regex.Escape(Path.GetFileName(path)).Replace("\\*", ".*") + "$");
            foreach (var file in Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
            {
                if (pattern.IsMatch(Path.GetFileName(file))) yield return file;
            }
        }
    }

    [Fact]
    public void Every_file_a_project_compiles_from_elsewhere_is_in_src_Shared()
    {
        var outside = Projects()
            .SelectMany(p => LinkedFiles(p).Select(f => (Project: Path.GetRelativePath(RepoPaths.Root, p), File: f)))
            .Where(l => !l.File.StartsWith(SharedFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(l => $"{l.Project}: {Path.GetRelativePath(RepoPaths.Root, l.File)}")
            .ToList();

        Assert.True(outside.Count == 0, "compiled from another project's folder; move the file to src/Shared:\n" + string.Join("\n", outside));
    }

    [Fact]
    public void Every_file_of_src_Shared_is_compiled_by_at_least_two_projects_and_listed_in_its_readme()
    {
        var compiledBy = Projects().SelectMany(p => LinkedFiles(p).Select(f => (Project: p, File: f))).ToLookup(l => l.File, l => l.Project);
        var readme = File.ReadAllText(Path.Combine(SharedFolder, "README.md"));

        var wrong = Directory.EnumerateFiles(SharedFolder, "*.cs", SearchOption.AllDirectories)
            .Select(file => (Name: Path.GetRelativePath(SharedFolder, file).Replace('\\', '/'), Projects: compiledBy[file].Distinct().Count()))
            .Where(f => f.Projects < 2 || !(readme.Contains($"`{f.Name}`", StringComparison.Ordinal) || readme.Contains($"`{Path.GetDirectoryName(f.Name)!.Replace('\\', '/')}/*.cs`", StringComparison.Ordinal)))
            .Select(f => $"{f.Name}: compiled by {f.Projects} project(s)")
            .ToList();

        Assert.True(wrong.Count == 0, "src/Shared holds files one project alone compiles, or that its README.md does not list:\n" + string.Join("\n", wrong));
    }
}
