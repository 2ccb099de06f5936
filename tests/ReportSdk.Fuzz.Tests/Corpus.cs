using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Testing;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// The real data under <c>data/</c>, read once into memory: the registries, every report and
/// every source text, with full paths as MSBuild gives them to the generator.
/// </summary>
internal sealed class Corpus
{
    private static readonly Lazy<Corpus> Loaded = new(Load);

    private Corpus(IReadOnlyList<InputFile> files)
    {
        Files = files;
        Reports = files.Where(f => DatasetCompiler.IsReport(f.Path)).ToList();
        Registries = files.Where(f => DatasetCompiler.IsRegistry(f.Path)).ToList();
        Sources = files.Where(f => DatasetCompiler.IsSource(f.Path)).ToList();
        SourceOfReport = Reports.ToDictionary(r => r.Path, r => SourcePathOf(r), StringComparer.Ordinal);
    }

    /// <summary>The corpus of this repository.</summary>
    public static Corpus Data => Loaded.Value;

    /// <summary>Every data file, in path order.</summary>
    public IReadOnlyList<InputFile> Files { get; }

    public IReadOnlyList<InputFile> Reports { get; }

    public IReadOnlyList<InputFile> Registries { get; }

    public IReadOnlyList<InputFile> Sources { get; }

    /// <summary>The full path of each report's source text (as its <c>source.text</c> names it).</summary>
    public IReadOnlyDictionary<string, string> SourceOfReport { get; }

    public InputFile File(string path) => Files.Single(f => f.Path == path);

    /// <summary>The report whose source text is <paramref name="sourcePath"/>, if any.</summary>
    public InputFile? ReportOfSource(string sourcePath)
        => Reports.FirstOrDefault(r => SourceOfReport[r.Path] == sourcePath);

    /// <summary>
    /// What a build of one report needs: the registries, the report and its source text. The
    /// sampled build runs on these files only, to keep the C# small.
    /// </summary>
    public IReadOnlyList<InputFile> OneReport(string reportPath)
        => Registries.Append(File(reportPath)).Concat(Sources.Where(s => s.Path == SourceOfReport[reportPath])).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    private static Corpus Load()
    {
        var root = Path.Combine(RepoPaths.Root, "data");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => DatasetCompiler.IsYaml(f) || DatasetCompiler.IsSource(f))
            .Select(f => SourcePaths.Normalize(f))
            .Order(StringComparer.Ordinal)
            .Select(f => new InputFile(f, System.IO.File.ReadAllText(f)))
            .ToList();
        return new Corpus(files);
    }

    private static string SourcePathOf(InputFile report)
    {
        var line = report.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("text: ", StringComparison.Ordinal) && l.EndsWith(".txt", StringComparison.Ordinal));
        var relative = line is null ? "../../sources/" + Path.GetFileNameWithoutExtension(report.Path) + ".txt" : line["text: ".Length..].Trim('"');
        return SourcePaths.Resolve(report.Path, relative);
    }
}
