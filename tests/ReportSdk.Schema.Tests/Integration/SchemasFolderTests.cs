using ReportSdk.Testing;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Tests.Fixtures;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Schema.Tests.Integration;

/// <summary>The curated data in /schemas must pass every rule.</summary>
public class SchemasFolderTests
{
    public static TheoryData<string> ReportFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in ReportPaths())
        {
            data.Add(Path.GetRelativePath(Path.Combine(RepoPaths.Root, "schemas"), path).Replace('\\', '/'));
        }
        return data;
    }

    private static IEnumerable<string> ReportPaths()
        => Directory.EnumerateFiles(Path.Combine(Path.Combine(RepoPaths.Root, "schemas"), "reports"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal);

    private static IReadOnlyList<ParsedRegistry> ParseRegistries()
        => RegistryParser.FileNames
            .Select(name => Path.Combine(Path.Combine(RepoPaths.Root, "schemas"), name))
            .Select(path => RegistryParser.Parse(SourcePaths.Normalize(path), File.ReadAllText(path)))
            .ToList();

    private static RegistrySpec Registry() => RegistryMerger.Merge(ParseRegistries());

    private static IReadOnlyList<Finding> ValidateReport(string path, RegistrySpec registry, out ReportSpec? report)
    {
        var full = SourcePaths.Normalize(path);
        var parsed = ReportParser.Parse(full, File.ReadAllText(path));
        var findings = parsed.Diagnostics.ToList();
        report = parsed.Report;
        if (report is not null)
        {
            var sourcePath = SourcePaths.Resolve(full, report.Source.Text.Value);
            var source = File.Exists(sourcePath) ? new SourceDocument(sourcePath, File.ReadAllText(sourcePath)) : null;
            findings.AddRange(ReportValidator.Validate(report, registry, source));
        }
        return findings;
    }

    [Fact]
    public void Registries_have_no_findings()
    {
        var files = ParseRegistries();
        var findings = files.SelectMany(f => f.Diagnostics).Concat(RegistryValidator.Validate(RegistryMerger.Merge(files))).ToList();

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
        var registry = RegistryMerger.Merge(files);
        Assert.NotEmpty(registry.Units);
        Assert.NotEmpty(registry.Indicators);
        Assert.NotEmpty(registry.Regions);
    }

    [Fact]
    public void Schemas_folder_holds_reports()
    {
        Assert.NotEmpty(ReportFiles());
    }

    [Theory]
    [MemberData(nameof(ReportFiles))]
    public void Report_has_no_findings(string relativePath)
    {
        var findings = ValidateReport(Path.Combine(Path.Combine(RepoPaths.Root, "schemas"), relativePath), Registry(), out var report);

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
        Assert.NotNull(report);
        Assert.NotEmpty(report.Sections);
    }

    [Fact]
    public void Report_ids_and_symbols_are_unique_across_the_dataset()
    {
        var registry = Registry();
        var identities = new List<ReportIdentity>();
        foreach (var path in ReportPaths())
        {
            ValidateReport(path, registry, out var report);
            identities.Add(report!.Identity);
        }

        var findings = DatasetValidator.CheckUnique(identities);

        Assert.True(findings.Count == 0, FindingAssert.Describe(findings));
    }
}
