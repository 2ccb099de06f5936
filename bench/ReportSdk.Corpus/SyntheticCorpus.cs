using System.Text;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Corpus;

/// <summary>A file of the corpus: its path relative to the corpus folder ('/'-separated) and its text.</summary>
public sealed record CorpusFile(string RelativePath, string Text);

/// <summary>
/// A deterministic synthetic dataset in the exact format of <c>data/</c>: the registries copied
/// from it, <c>reports/&lt;region&gt;/syn-NNNN.yaml</c> and <c>sources/syn-NNNN.txt</c>. Every report
/// is checked with the compiler's own steps (<see cref="DatasetCompiler.ParseReport"/> and
/// <see cref="DatasetCompiler.CheckReport"/>, which the generator runs too); a draw with a finding
/// (a quote that happens to occur twice) is drawn again, so the output always validates.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The registry files copied from the real data, and the JSON schemas editors use.</summary>
    public static readonly string[] CopiedFiles = ["units.yaml", "indicators.yaml", "regions.yaml", "report.schema.json", "registry.schema.json"];

    private const int MaxAttempts = 50;

    /// <summary>The registries of <paramref name="schemasFolder"/> (the repository's data/).</summary>
    public static IReadOnlyList<CorpusFile> Registries(string schemasFolder)
        => CopiedFiles.Select(name => new CorpusFile(name, File.ReadAllText(Path.Combine(schemasFolder, name)))).ToList();

    /// <summary>The registries and reports 1…<paramref name="count"/>, each report followed by its source.</summary>
    public static IReadOnlyList<CorpusFile> Generate(int count, int seed, string schemasFolder)
    {
        var files = new List<CorpusFile>(Registries(schemasFolder));
        var registry = ParseRegistry(files);
        for (var i = 1; i <= count; i++) files.AddRange(Report(i, seed, registry));
        return files;
    }

    /// <summary>Report <paramref name="index"/> of the corpus with this seed: its YAML and its source text.</summary>
    internal static IReadOnlyList<CorpusFile> Report(int index, int seed, CheckedRegistry registry)
    {
        var problems = new List<string>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var report = SyntheticReport.Create(index, Rng.For(seed, index, attempt), registry.Spec);
            var yamlPath = $"reports/{report.Region}/{report.Id}.yaml";
            var sourcePath = $"sources/{report.Id}.txt";
            var findings = Check(yamlPath, report.Yaml, sourcePath, report.Source, registry);
            if (findings.Count == 0) return [new CorpusFile(yamlPath, report.Yaml), new CorpusFile(sourcePath, report.Source)];
            problems.Add($"attempt {attempt}: {findings[0]}");
        }
        throw new InvalidOperationException($"report {index} failed its checks {MaxAttempts} times:\n" + string.Join("\n", problems.Take(5)));
    }

    /// <summary>The registry files among <paramref name="files"/>, parsed, merged and checked by the compiler.</summary>
    internal static CheckedRegistry ParseRegistry(IEnumerable<CorpusFile> files)
    {
        var registry = new CompileSession().CheckRegistry(files
            .Where(f => DatasetCompiler.IsRegistry(f.RelativePath))
            .Select(f => new InputFile(f.RelativePath, f.Text)));
        var problems = registry.Findings.Select(d => d.ToString()).ToList();
        if (problems.Count > 0) throw new InvalidOperationException("the registries have findings:\n" + string.Join("\n", problems));
        return registry;
    }

    /// <summary>
    /// Writes the corpus under <paramref name="folder"/>: removes reports and sources that are not
    /// part of it and rewrites only files whose text changed, so that an unchanged corpus leaves
    /// the compiled synthetic dataset up to date (no recompilation of a thousand reports).
    /// </summary>
    public static void Write(string folder, IReadOnlyList<CorpusFile> files)
    {
        var wanted = new HashSet<string>(files.Select(f => Path.GetFullPath(Path.Combine(folder, f.RelativePath))), StringComparer.Ordinal);
        foreach (var sub in new[] { "reports", "sources" })
        {
            var path = Path.Combine(folder, sub);
            if (!Directory.Exists(path)) continue;
            foreach (var stale in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(Path.GetFullPath(f))).ToList())
            {
                File.Delete(stale);
            }
        }
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var manifest = new CorpusFile(ManifestName, string.Join("\n", files.Select(f => f.RelativePath)) + "\n");
        foreach (var file in files.Append(manifest))
        {
            var path = Path.Combine(folder, file.RelativePath);
            if (File.Exists(path) && File.ReadAllText(path) == file.Text) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, utf8);
        }
    }

    /// <summary>
    /// The list of the corpus's files, rewritten only when it changes. A compiled dataset lists it
    /// as a compile input: MSBuild does not notice removed additional files, so without it a
    /// smaller corpus would leave the old, larger dataset in place.
    /// </summary>
    public const string ManifestName = "corpus.manifest";

    /// <summary>Every finding the generator would report for this report (errors and warnings), as text.</summary>
    private static List<string> Check(string yamlPath, string yaml, string sourcePath, string source, CheckedRegistry registry)
    {
        // The paths only locate findings here; the source is handed over directly.
        var parsed = DatasetCompiler.ParseReport(new InputFile(yamlPath, yaml));
        var report = DatasetCompiler.CheckReport(parsed, new SourceDocument(sourcePath, source), registry);
        var findings = report.Findings.Select(f => f.ToString()).ToList();
        if (findings.Count == 0 && report.Resolved is null) findings.Add("checked without findings, but not resolved");
        return findings;
    }
}
