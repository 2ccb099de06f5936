using ReportSdk.Compiler.Model;
using System.Text;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Loading;

public class DatasetLoaderTests
{
    [Fact]
    public void Curated_data_loads_every_report_without_findings()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Data });

        Assert.Empty(dataset.Findings);
        Assert.False(dataset.HasErrors);
        Assert.Equal(Reports.All.Select(r => r.Id), dataset.Reports.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(dataset.Reports.Select(r => r.Id), dataset.Specs.Select(s => s.Id.Value));
        Assert.Equal(Reports.All.Count, dataset.Sources.Count);
        Assert.All(dataset.Specs, r => Assert.NotNull(dataset.SourceOf(r)));
        Assert.NotEmpty(dataset.Registry.Spec.Units);
        Assert.NotEmpty(dataset.Registry.Spec.Indicators);
        Assert.NotEmpty(dataset.Registry.Spec.Regions);
        // Every unit listed, then the composed ones the indicators name (10k-yuan-per-person).
        Assert.Equal(dataset.Registry.Spec.Units.Select(u => u.Code.Value), dataset.Registry.Resolved.Units.Take(dataset.Registry.Spec.Units.Count).Select(u => u.Code));
        Assert.All(dataset.Registry.Resolved.Units.Skip(dataset.Registry.Spec.Units.Count), u => Assert.True(UnitComposition.IsScaled(u.Code), u.Code));
        Assert.Equal(dataset.Registry.Spec.Indicators.Count, dataset.Registry.Resolved.Indicators.Count);
        Assert.Equal(dataset.Registry.Spec.Regions.Count, dataset.Registry.Resolved.Regions.Count);
    }

    [Fact]
    public void Content_hash_equals_the_compiled_datasets()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Data });

        Assert.Equal(Reports.Dataset.ContentHash, dataset.ContentHash);
    }

    [Fact]
    public void Content_hash_does_not_depend_on_where_the_folder_lies()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyData();

        Assert.Equal(DatasetLoader.Load(new[] { Repo.Data }).ContentHash, DatasetLoader.Load(new[] { copy }).ContentHash);
    }

    [Fact]
    public void Content_hash_does_not_depend_on_line_endings()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyData();
        var units = Path.Combine(copy, "units.yaml");
        File.WriteAllText(units, File.ReadAllText(units).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

        var dataset = DatasetLoader.Load(new[] { copy });

        Assert.Equal(Reports.Dataset.ContentHash, dataset.ContentHash);
        Assert.False(dataset.HasErrors);
    }

    [Fact]
    public void Content_hash_changes_when_one_character_of_a_source_changes()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyData();
        var source = Path.Combine(copy, "sources", "luoyang-2021-gwr.txt");
        File.AppendAllText(source, "。");

        Assert.NotEqual(Reports.Dataset.ContentHash, DatasetLoader.Load(new[] { copy }).ContentHash);
    }

    [Fact]
    public void File_count_counts_yaml_and_text_files_only()
    {
        using var temp = new TempFolder();
        var copy = temp.CopyData();
        var before = DatasetLoader.Load(new[] { copy });
        File.WriteAllText(Path.Combine(copy, "README.md"), "# not data");
        File.WriteAllText(Path.Combine(copy, "notes.json"), "{}");

        var after = DatasetLoader.Load(new[] { copy });

        Assert.Equal(before.FileCount, after.FileCount);
        Assert.Equal(before.ContentHash, after.ContentHash);
        Assert.False(after.HasErrors);
    }

    [Fact]
    public void The_same_path_given_twice_is_read_once()
    {
        var once = DatasetLoader.Load(new[] { Repo.Data });
        var twice = DatasetLoader.Load(new[] { Repo.Data, Repo.Data, Repo.DataFile("units.yaml") });

        Assert.Equal(once.FileCount, twice.FileCount);
        Assert.Equal(once.ContentHash, twice.ContentHash);
        Assert.Empty(twice.Findings);
    }

    [Fact]
    public void A_missing_path_throws_file_not_found_naming_it()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nothing-here");

        var e = Assert.Throws<FileNotFoundException>(() => DatasetLoader.Load(new[] { missing }));

        Assert.Equal(missing, e.FileName);
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_loads_nothing_and_has_no_errors()
    {
        using var temp = new TempFolder();

        var dataset = DatasetLoader.Load(new[] { temp.Path });

        Assert.Equal(0, dataset.FileCount);
        Assert.Empty(dataset.Reports);
        Assert.False(dataset.HasErrors);
    }

    [Fact]
    public void An_invalid_report_is_left_out_while_the_others_load()
    {
        using var copy = new BrokenCopy();

        var dataset = DatasetLoader.Load(new[] { copy.Root });

        Assert.True(dataset.HasErrors);
        Assert.Equal(new[] { "RS2002", "RS3001" }, dataset.Findings.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(dataset.Reports, r => r.Id == "luoyang-2021-gwr");
        Assert.DoesNotContain(dataset.Specs, r => r.Id.Value == "luoyang-2021-gwr");
        Assert.Equal(Reports.All.Count - 1, dataset.Reports.Count);
    }

    [Fact]
    public void Reports_read_from_the_yaml_export_byte_for_byte_as_the_compiled_reports()
    {
        var read = DatasetLoader.Read(DatasetLoader.Load(new[] { Repo.Data }), Reports.Dataset.Version);

        // the export writes every field of every report, section, figure and registry entry
        var cli = DatasetJsonWriter.ToJson(Reports.Dataset, read.Registry, read.Reports);
        var compiled = DatasetJsonWriter.ToJson(Reports.Dataset, ReportSdk.Luoyang.Reports.Registry, Reports.All);

        Assert.Equal(Reports.All.Select(r => r.Id), read.Reports.Select(r => r.Id));
        if (!Encoding.UTF8.GetBytes(cli).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(compiled)))
        {
            var at = FirstDifference(cli, compiled);
            Assert.Fail($"the CLI's objects differ from the compiled dataset's at char {at}:\nCLI:      …{Excerpt(cli, at)}…\ncompiled: …{Excerpt(compiled, at)}…");
        }
    }

    [Fact]
    public void Read_stamps_the_version_given_and_the_content_hash_of_the_data()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Data });

        var read = DatasetLoader.Read(dataset, "9.8.7");

        Assert.Equal(("9.8.7", dataset.ContentHash), (read.Info.Version, read.Info.ContentHash));
        Assert.Equal(dataset.PrintedRegistry.Units.Select(u => u.Code), read.Registry.Units.Select(u => u.Code));
        Assert.Equal(dataset.PrintedRegistry.Indicators.Select(i => i.Code), read.Registry.Indicators.Select(i => i.Code));
        Assert.Equal(dataset.PrintedRegistry.Regions.Select(r => r.Code), read.Registry.Regions.Select(r => r.Code));
    }

    [Fact]
    public void Sample_data_compiles_and_reads_without_findings()
    {
        var compiled = SampleReports.Compile();

        var read = DatasetLoader.Read(compiled, "1.0.0");

        Assert.False(compiled.HasErrors);
        var report = Assert.Single(read.Reports);
        Assert.Equal("test-2021-gwr", report.Id);
        Assert.Same(read.Registry.Units[0], report.Targets.Get("growth").Quantity!.Unit);
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, Math.Min(at, text.Length) - 80);
        return text.Substring(start, Math.Min(text.Length, at + 80) - start);
    }
}
