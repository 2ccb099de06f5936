using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Testing;

namespace ReportSdk.Curation.Tests.Corpus;

/// <summary>The documents of corpus/ (development and validation halves) and this repository's registries, for the corpus tests.</summary>
internal static class CorpusDocuments
{
    public static string Root => Path.Combine(RepoPaths.Root, "corpus");

    public static readonly string[] Halves = { "development", "validation" };

    /// <summary>Every document folder, as (half, name).</summary>
    public static IEnumerable<(string Half, string Name)> All()
        => Halves.SelectMany(half => Directory.GetDirectories(Path.Combine(Root, half)).Select(d => (half, Path.GetFileName(d)))).OrderBy(d => d.Item2, StringComparer.Ordinal);

    public static TheoryData<string, string> Theory()
    {
        var data = new TheoryData<string, string>();
        foreach (var (half, name) in All()) data.Add(half, name);
        return data;
    }

    public static string Folder(string half, string name) => Path.Combine(Root, half, name);

    /// <summary>The registries of data/, merged.</summary>
    public static RegistrySpec Registry()
        => RegistryMerger.Merge(RegistryParser.FileNames.Select(name =>
        {
            var path = Path.Combine(RepoPaths.Root, "data", name);
            return RegistryParser.Parse(path, File.ReadAllText(path));
        }));

    /// <summary>Findings as lines, for an assertion message.</summary>
    public static string Describe(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f => f.ToString()));
}
