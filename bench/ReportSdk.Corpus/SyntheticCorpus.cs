using System.Text;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Corpus;

/// <summary>A file of the corpus: its path relative to the corpus folder ('/'-separated) and its text.</summary>
public sealed record CorpusFile(string RelativePath, string Text);

/// <summary>
/// A deterministic synthetic dataset in the exact format of <c>schemas/</c>: the registries copied
/// from it, <c>reports/&lt;region&gt;/syn-NNNN.yaml</c> and <c>sources/syn-NNNN.txt</c>. Every report
/// is checked with the same <see cref="ReportValidator"/> the generator runs; a draw that fails a
/// check (a quote that happens to occur twice) is drawn again, so the output always validates.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>The registry files copied from the real data, and the JSON schemas editors use.</summary>
    public static readonly string[] CopiedFiles = ["units.yaml", "indicators.yaml", "regions.yaml", "report.schema.json", "registry.schema.json"];

    private const int MaxAttempts = 50;

    /// <summary>The registries of <paramref name="schemasFolder"/> (the repository's schemas/).</summary>
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
    public static IReadOnlyList<CorpusFile> Report(int index, int seed, RegistrySpec registry)
    {
        var problems = new List<string>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var report = SyntheticReport.Create(index, Rng.For(seed, index, attempt), registry);
            var yamlPath = $"reports/{report.Region}/{report.Id}.yaml";
            var sourcePath = $"sources/{report.Id}.txt";
            var findings = Check(yamlPath, report.Yaml, sourcePath, report.Source, registry);
            if (findings.Count == 0) return [new CorpusFile(yamlPath, report.Yaml), new CorpusFile(sourcePath, report.Source)];
            problems.Add($"attempt {attempt}: {findings[0]}");
        }
        throw new InvalidOperationException($"report {index} failed its checks {MaxAttempts} times:\n" + string.Join("\n", problems.Take(5)));
    }

    /// <summary>The merged registry of the registry files among <paramref name="files"/>.</summary>
    public static RegistrySpec ParseRegistry(IEnumerable<CorpusFile> files)
    {
        var parsed = files.Where(f => RegistryParser.IsRegistryFile(f.RelativePath)).Select(f => RegistryParser.Parse(f.RelativePath, f.Text)).ToList();
        var problems = parsed.SelectMany(p => p.Diagnostics).Select(d => d.ToString()).ToList();
        if (problems.Count > 0) throw new InvalidOperationException("the registries do not parse:\n" + string.Join("\n", problems));
        return RegistryMerger.Merge(parsed);
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
    private static List<string> Check(string yamlPath, string yaml, string sourcePath, string source, RegistrySpec registry)
    {
        // The paths only locate findings here; the source is handed over directly.
        var parsed = ReportParser.Parse(yamlPath, yaml);
        var findings = new List<Finding>(parsed.Diagnostics);
        if (parsed.Report is not null)
        {
            findings.AddRange(ReportValidator.Validate(parsed.Report, registry, new SourceDocument(sourcePath, source)));
        }
        return findings.Select(f => f.ToString()).ToList();
    }
}
