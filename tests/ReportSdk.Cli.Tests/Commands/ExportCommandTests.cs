using System.Text;
using System.Text.Json;
using ReportSdk.Cli.Commands;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Commands;

public class ExportCommandTests
{
    private static readonly string[] ReportFields =
        { "id", "kind", "region", "delivered", "reviewYear", "planYear", "title", "session", "speaker", "sections", "targets", "actuals" };

    private static readonly string[] FigureFields =
        { "key", "indicator", "label", "value", "max", "unit", "bound", "period", "kind", "headline", "aspirational", "qualitative", "section", "quote" };

    private static readonly string[] SectionFields = { "key", "path", "number", "title", "children" };

    [Fact]
    public void Json_export_of_the_yaml_equals_the_compiled_dataset_byte_for_byte()
    {
        var result = CliRunner.Run("export", "--format", "json", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        var expected = DatasetJsonWriter.ToJson(new DatasetInfo(CommandContext.ToolVersion, Reports.Dataset.ContentHash), ReportSdk.Luoyang.Reports.Registry, Reports.All);
        var actualBytes = Encoding.UTF8.GetBytes(result.Output);
        var expectedBytes = Encoding.UTF8.GetBytes(expected);
        if (!actualBytes.AsSpan().SequenceEqual(expectedBytes))
        {
            var first = FirstDifference(result.Output, expected);
            Assert.Fail($"the CLI's export differs from the compiled dataset's at char {first}:\nCLI:      …{Excerpt(result.Output, first)}…\ncompiled: …{Excerpt(expected, first)}…");
        }
    }

    [Fact]
    public void Json_export_carries_the_content_hash_of_the_compiled_dataset_and_the_tool_version()
    {
        var result = CliRunner.Run("export", Repo.Data);

        using var json = JsonDocument.Parse(result.Output);
        var dataset = json.RootElement.GetProperty("dataset");
        Assert.Equal(new[] { "version", "contentHash" }, dataset.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Reports.Dataset.ContentHash, dataset.GetProperty("contentHash").GetString());
        Assert.Equal(DatasetLoader.Load(new[] { Repo.Data }).ContentHash, dataset.GetProperty("contentHash").GetString());
        Assert.Matches("^[0-9a-f]{64}$", Reports.Dataset.ContentHash);
        Assert.Equal(CommandContext.ToolVersion, dataset.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(CommandContext.ToolVersion));
        Assert.DoesNotContain("+", CommandContext.ToolVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_default_format()
    {
        Assert.Equal(CliRunner.Run("export", "--format", "json", Repo.Data).Output, CliRunner.Run("export", Repo.Data).Output);
    }

    [Fact]
    public void Every_report_object_has_exactly_the_contract_fields()
    {
        using var json = Export();
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();

        Assert.Equal(Reports.All.Select(r => r.Id), reports.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(new[] { "dataset", "registries", "reports" }, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.All(reports, report =>
        {
            Assert.Equal(ReportFields.Order(StringComparer.Ordinal), report.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(new[] { "code", "id", "name" }, report.GetProperty("region").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(new[] { "name", "title" }, report.GetProperty("speaker").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(JsonValueKind.Number, report.GetProperty("reviewYear").ValueKind);
            Assert.Equal(JsonValueKind.Number, report.GetProperty("planYear").ValueKind);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", report.GetProperty("delivered").GetString());
            Assert.Matches(@"^\d{6}$", report.GetProperty("region").GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Array, report.GetProperty("sections").ValueKind);
            Assert.NotEqual(0, report.GetProperty("sections").GetArrayLength());
            Assert.Equal(JsonValueKind.Array, report.GetProperty("targets").ValueKind);
            Assert.Equal(JsonValueKind.Array, report.GetProperty("actuals").ValueKind);
        });
    }

    [Fact]
    public void Report_values_match_the_compiled_dataset()
    {
        using var json = Export();
        var report = json.RootElement.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "luoyang-2021-gwr");
        var compiled = Reports.Get("luoyang-2021-gwr");

        Assert.Equal("government-work-report", report.GetProperty("kind").GetString());
        Assert.Equal("luoyang", report.GetProperty("region").GetProperty("id").GetString());
        Assert.Equal(compiled.Region.Name, report.GetProperty("region").GetProperty("name").GetString());
        Assert.Equal(compiled.Region.GbCode, report.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("2021-02-07", report.GetProperty("delivered").GetString());
        Assert.Equal(2020, report.GetProperty("reviewYear").GetInt32());
        Assert.Equal(2021, report.GetProperty("planYear").GetInt32());
        Assert.Equal(compiled.Speaker.Name, report.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal(compiled.Targets.Count, report.GetProperty("targets").GetArrayLength());
        Assert.Equal(compiled.Actuals.Count, report.GetProperty("actuals").GetArrayLength());
    }

    [Fact]
    public void Every_section_has_the_contract_fields_at_every_depth()
    {
        using var json = Export();
        var count = 0;
        foreach (var report in json.RootElement.GetProperty("reports").EnumerateArray())
        {
            foreach (var section in report.GetProperty("sections").EnumerateArray()) count += CheckSection(section, "");
        }

        Assert.Equal(Reports.All.Sum(r => r.Sections.Descendants().Count()), count);
    }

    [Fact]
    public void Every_target_and_actual_has_at_least_the_contract_fields_with_their_json_types()
    {
        using var json = Export();
        var figures = json.RootElement.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("targets").EnumerateArray().Concat(r.GetProperty("actuals").EnumerateArray()))
            .ToList();

        Assert.Equal(Reports.All.Sum(r => r.Targets.Count + r.Actuals.Count), figures.Count);
        Assert.All(figures, f =>
        {
            var names = f.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var missing = FigureFields.Where(field => !names.Contains(field)).ToList();
            Assert.True(missing.Count == 0, "missing fields: " + string.Join(", ", missing));
            Assert.Equal(JsonValueKind.String, f.GetProperty("key").ValueKind);
            Assert.Equal(JsonValueKind.String, f.GetProperty("period").ValueKind);
            Assert.Matches(@"^\d{4}(-\d{4})?$", f.GetProperty("period").GetString());
            Assert.Contains(f.GetProperty("kind").GetString(), new[] { "annual", "five-year", "long-range", "task" });
            foreach (var flag in new[] { "headline", "aspirational", "qualitative" })
            {
                Assert.Contains(f.GetProperty(flag).ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            }
            var qualitative = f.GetProperty("qualitative").GetBoolean();
            Assert.Equal(qualitative ? JsonValueKind.Null : JsonValueKind.Number, f.GetProperty("value").ValueKind);
            Assert.Equal(qualitative ? JsonValueKind.Null : JsonValueKind.String, f.GetProperty("unit").ValueKind);
            Assert.Equal(qualitative ? JsonValueKind.Null : JsonValueKind.String, f.GetProperty("bound").ValueKind);
            var isRange = f.GetProperty("bound").ValueKind == JsonValueKind.String && f.GetProperty("bound").GetString() == "range";
            Assert.Equal(isRange ? JsonValueKind.Number : JsonValueKind.Null, f.GetProperty("max").ValueKind);
            Assert.False(string.IsNullOrEmpty(f.GetProperty("quote").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("section").GetString()));
            Assert.Contains(f.GetProperty("indicator").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
        });
    }

    [Fact]
    public void Gdp_of_luoyang_2020_is_the_json_number_5128_point_4_written_exactly()
    {
        var result = CliRunner.Run("export", Repo.Data);
        using var json = JsonDocument.Parse(result.Output);
        var gdp = json.RootElement.GetProperty("reports").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "luoyang-2021-gwr")
            .GetProperty("actuals").EnumerateArray().Single(a => a.GetProperty("key").GetString() == "gdp");

        Assert.Contains("\"value\": 5128.4", result.Output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, gdp.GetProperty("value").ValueKind);
        Assert.Equal("5128.4", gdp.GetProperty("value").GetRawText());
        Assert.Equal(5128.4m, gdp.GetProperty("value").GetDecimal());
        Assert.Equal("100m-yuan", gdp.GetProperty("unit").GetString());
        Assert.Equal("2020", gdp.GetProperty("period").GetString());
    }

    [Fact]
    public void Every_value_and_max_is_written_exactly_as_it_stands_in_the_yaml()
    {
        var dataset = DatasetLoader.Load(new[] { Repo.Data });
        using var json = Export();
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, StringComparer.Ordinal);
        var checkedNumbers = 0;

        foreach (var spec in dataset.Specs)
        {
            var report = reports[spec.Id.Value];
            foreach (var (list, figures) in new[] { ("targets", spec.Targets), ("actuals", spec.Actuals) })
            {
                var exported = report.GetProperty(list).EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, StringComparer.Ordinal);
                foreach (var figure in figures)
                {
                    var f = exported[figure.Key.Value];
                    if (figure.Value.Value is { } value)
                    {
                        Assert.Equal(value, f.GetProperty("value").GetRawText());
                        checkedNumbers++;
                    }
                    if (figure.Max.Value is { } max) Assert.Equal(max, f.GetProperty("max").GetRawText());
                }
            }
        }

        Assert.True(checkedNumbers > 100, $"only {checkedNumbers} numbers checked");
    }

    [Fact]
    public void Csv_export_has_one_row_per_target_and_actual()
    {
        var result = CliRunner.Run("export", "--format", "csv", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(result.Output.StartsWith('\uFEFF'), "standard output must not start with a byte-order mark");
        Assert.DoesNotContain("\r", result.Output, StringComparison.Ordinal);
        var records = CsvReader.Read(result.Output);
        Assert.Equal("report,region,regionName,list,key,indicator,label,value,max,unit,measure,bound,period,kind,headline,aspirational,qualitative,section,quote,note,conflictsWith",
            string.Join(",", records[0]));
        var rows = records.Skip(1).ToList();
        Assert.Equal(Reports.All.Sum(r => r.Targets.Count + r.Actuals.Count), rows.Count);
        Assert.All(rows, row => Assert.Equal(records[0].Count, row.Count));
        Assert.Equal(Reports.All.Sum(r => r.Targets.Count), rows.Count(r => r[3] == "target"));
        Assert.Equal(Reports.All.Sum(r => r.Actuals.Count), rows.Count(r => r[3] == "actual"));
        var gdp = Assert.Single(rows, r => r[0] == "luoyang-2021-gwr" && r[3] == "actual" && r[4] == "gdp");
        Assert.Equal("5128.4", gdp[7]);
        Assert.Equal("2020", gdp[12]);
    }

    [Fact]
    public void Csv_text_cells_with_commas_quotes_or_line_breaks_survive_a_round_trip()
    {
        var result = CliRunner.Run("export", "--format", "csv", Repo.Data);
        var rows = CsvReader.Read(result.Output).Skip(1).ToList();
        var figures = Reports.All.SelectMany(r => r.Targets.Select(t => ("target", (Figure)t)).Concat(r.Actuals.Select(a => ("actual", (Figure)a)))).ToList();
        var special = new[] { ',', '"', '\n' };

        Assert.Contains(figures, f => new[] { f.Item2.Label, f.Item2.Quote, f.Item2.Note ?? "" }.Any(text => text.IndexOfAny(special) >= 0));
        foreach (var (list, figure) in figures)
        {
            var row = Assert.Single(rows, r => r[0] == figure.Report.Id && r[3] == list && r[4] == figure.Key);
            Assert.Equal(figure.Label, row[6]);
            Assert.Equal(figure.Quote, row[18]);
            Assert.Equal(figure.Note ?? "", row[19]);
            Assert.Equal(figure.ConflictsWith ?? "", row[20]);
        }
    }

    [Fact]
    public void Out_writes_the_same_json_to_a_file_and_nothing_to_standard_output()
    {
        using var temp = new TempFolder();
        var file = temp.File("export.json");

        var result = CliRunner.Run("export", "--out", file, Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Output);
        var bytes = File.ReadAllBytes(file);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "the JSON file must not start with a byte-order mark");
        Assert.Equal(Encoding.UTF8.GetBytes(CliRunner.Run("export", Repo.Data).Output), bytes);
    }

    [Fact]
    public void Out_writes_csv_with_a_byte_order_mark_for_spreadsheets()
    {
        using var temp = new TempFolder();
        var file = temp.File("export.csv");

        var result = CliRunner.Run("export", "--format", "csv", "--out", file, Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Output);
        var bytes = File.ReadAllBytes(file);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "the CSV file starts with a byte-order mark");
        Assert.Equal(CliRunner.Run("export", "--format", "csv", Repo.Data).Output, Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public void Out_into_a_missing_folder_is_a_usage_error_with_a_one_line_message()
    {
        using var temp = new TempFolder();
        var file = temp.File("missing-folder", "export.json");

        var result = CliRunner.Run("export", "--out", file, Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.False(File.Exists(file));
        Assert.Contains("missing-folder", result.Error, StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    public static TheoryData<string> InputFiles => new()
    {
        "units.yaml",
        "indicators.yaml",
        "reports/luoyang/luoyang-2021-gwr.yaml",
        "sources/luoyang-2021-gwr.txt",
        "reports/../units.yaml",
        "./reports/luoyang/../../sources/jianxi-2021-gwr.txt",
    };

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void Out_over_an_input_file_is_refused_and_leaves_it_unchanged(string input)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var file = Path.Combine(root, input);
        var before = File.ReadAllBytes(file);

        foreach (var format in new[] { "json", "csv" })
        {
            var result = CliRunner.Run("export", "--format", format, "--out", file, root);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("", result.Output);
            var message = Assert.Single(result.ErrorLines);
            Assert.Contains("refusing to write the export over", message, StringComparison.Ordinal);
            Assert.Contains(file, message, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(file));
        }
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("units.yaml")]
    [InlineData("sources/luoyang-2021-gwr.txt")]
    public void Out_over_a_registry_or_source_text_read_for_the_report_given_is_refused(string input)
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var file = Path.Combine(root, input);
        var before = File.ReadAllBytes(file);

        var result = CliRunner.Run("export", "--out", file, Path.Combine(root, "reports", "luoyang", "luoyang-2021-gwr.yaml"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("refusing to write the export over", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void Out_through_a_symbolic_link_to_an_input_file_is_refused()
    {
        using var temp = new TempFolder();
        var root = temp.CopyData();
        var units = Path.Combine(root, "units.yaml");
        var before = File.ReadAllBytes(units);
        var link = temp.File("export.json");
        if (!SymbolicLinks.TryFile(link, units)) return;
        var folderLink = temp.File("linked-data");
        SymbolicLinks.TryFolder(folderLink, root);

        foreach (var target in new[] { link, Path.Combine(folderLink, "units.yaml") })
        {
            var result = CliRunner.Run("export", "--out", target, root);

            Assert.True(result.ExitCode == 2, result.ToString());
            var message = Assert.Single(result.ErrorLines);
            Assert.Contains("refusing to write the export over", message, StringComparison.Ordinal);
            Assert.Contains(CliRunner.Display(units), message, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(units));
            Assert.Equal(units, new FileInfo(link).LinkTarget);
        }
    }

    [Fact]
    public void Out_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var file = temp.File("export.json");
        File.WriteAllText(file, new string('x', 2_000_000));

        var result = CliRunner.Run("export", "--out", file, Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CliRunner.Run("export", Repo.Data).Output, File.ReadAllText(file));
        Assert.Equal(new[] { file }, Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Out_that_cannot_be_written_leaves_the_folder_as_it_was()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.File("export.json")).FullName;

        var result = CliRunner.Run("export", "--out", folder, Repo.Data);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Output);
        Assert.Contains("is a folder", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        CliRunner.AssertNoStackTrace(result.Error);
        Assert.Equal(new[] { folder }, Directory.GetFileSystemEntries(temp.Path));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Export_of_broken_data_exits_1_with_the_findings_on_standard_error()
    {
        using var copy = new BrokenCopy();

        var result = CliRunner.Run("export", copy.Root);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Output);
        var findings = result.ErrorLines.Select(FindingLine.TryParse).OfType<FindingLine>().ToList();
        Assert.Equal(new[] { "RS3001", "RS2002" }, findings.Select(f => f.Id));
        CliRunner.AssertNoStackTrace(result.Error);
    }

    private static JsonDocument Export()
    {
        var result = CliRunner.Run("export", Repo.Data);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Output);
    }

    private static int CheckSection(JsonElement section, string parentPath)
    {
        var names = section.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = SectionFields.Where(field => !names.Contains(field)).ToList();
        Assert.True(missing.Count == 0, "missing fields: " + string.Join(", ", missing));
        var key = section.GetProperty("key").GetString()!;
        Assert.Equal(parentPath.Length == 0 ? key : parentPath + "/" + key, section.GetProperty("path").GetString());
        var count = 1;
        foreach (var child in section.GetProperty("children").EnumerateArray()) count += CheckSection(child, section.GetProperty("path").GetString()!);
        return count;
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        return text.Substring(start, Math.Min(text.Length, at + 80) - start);
    }
}
