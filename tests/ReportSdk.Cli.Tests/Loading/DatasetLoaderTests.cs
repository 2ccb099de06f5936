using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Loading;

public class DatasetLoaderTests
{
    [Fact]
    public void Curated_data_loads_every_report_without_findings()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Schemas });

        Assert.Empty(dataset.Findings);
        Assert.False(dataset.HasErrors);
        Assert.Equal(Reports.All.Select(r => r.Id), dataset.Reports.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(Reports.All.Count, dataset.Sources.Count);
        Assert.All(dataset.Reports, r => Assert.NotNull(dataset.SourceOf(r)));
        Assert.NotEmpty(dataset.Registry.Units);
        Assert.NotEmpty(dataset.Registry.Indicators);
        Assert.NotEmpty(dataset.Registry.Regions);
    }

    [Fact]
    public void Content_hash_equals_the_compiled_datasets()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Schemas });

        Assert.Equal(Reports.Dataset.ContentHash, dataset.ContentHash);
    }

    [Fact]
    public void Content_hash_does_not_depend_on_where_the_folder_lies()
    {
        using var temp = new TempFolder();
        var copy = temp.CopySchemas();

        Assert.Equal(DatasetLoader.Load(new[] { Repo.Schemas }).ContentHash, DatasetLoader.Load(new[] { copy }).ContentHash);
    }

    [Fact]
    public void Content_hash_does_not_depend_on_line_endings()
    {
        using var temp = new TempFolder();
        var copy = temp.CopySchemas();
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
        var copy = temp.CopySchemas();
        var source = Path.Combine(copy, "sources", "luoyang-2021-gwr.txt");
        File.AppendAllText(source, "。");

        Assert.NotEqual(Reports.Dataset.ContentHash, DatasetLoader.Load(new[] { copy }).ContentHash);
    }

    [Fact]
    public void File_count_counts_yaml_and_text_files_only()
    {
        using var temp = new TempFolder();
        var copy = temp.CopySchemas();
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
        var once = DatasetLoader.Load(new[] { Repo.Schemas });
        var twice = DatasetLoader.Load(new[] { Repo.Schemas, Repo.Schemas, Repo.SchemaFile("units.yaml") });

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
        Assert.DoesNotContain(dataset.Reports, r => r.Id.Value == "luoyang-2021-gwr");
        Assert.Equal(Reports.All.Count - 1, dataset.Reports.Count);
    }

    [Fact]
    public void Reports_built_from_the_yaml_equal_the_compiled_reports()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Schemas });
        var built = new ReportBuilder(dataset.Registry).Build(dataset.Reports);

        Assert.Equal(Reports.All.Select(r => r.Id), built.Select(r => r.Id));
        foreach (var (compiled, parsed) in Reports.All.Zip(built))
        {
            Assert.Equal(compiled.Targets.Select(t => (t.Key, t.Quantity?.Value, t.Quantity?.Max, t.Period, t.Kind, t.Section.Path, t.Quote)),
                parsed.Targets.Select(t => (t.Key, t.Quantity?.Value, t.Quantity?.Max, t.Period, t.Kind, t.Section.Path, t.Quote)));
            Assert.Equal(compiled.Actuals.Select(t => (t.Key, t.Quantity?.Value, t.Quantity?.Bound, t.Indicator?.Code)),
                parsed.Actuals.Select(t => (t.Key, t.Quantity?.Value, t.Quantity?.Bound, t.Indicator?.Code)));
            Assert.Equal(compiled.Sections.Descendants().Select(s => (s.Path, s.Number, s.Title, s.Role)),
                parsed.Sections.Descendants().Select(s => (s.Path, s.Number, s.Title, s.Role)));
        }
    }
}
