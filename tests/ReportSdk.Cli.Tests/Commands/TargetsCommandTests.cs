using System.Globalization;
using ReportSdk.Cli.Tests.TestSupport;
using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.Commands;

public class TargetsCommandTests
{
    private static readonly string[] Columns = { "report", "region", "indicator", "label", "value", "max", "unit", "bound", "period", "kind", "headline" };

    [Fact]
    public void Gdp_growth_targets_of_every_report_are_listed_in_period_order()
    {
        var rows = Targets("--indicator", "gdp-growth");

        Assert.Equal(
            new[] { "luoyang-2017-gwr", "luoyang-2021-gwr", "jianxi-2021-gwr", "luolong-2021-plan", "luoyang-2023-gwr" },
            rows.Select(r => r["report"]));
        Assert.All(rows, r => Assert.Equal("gdp-growth", r["indicator"]));
        Assert.All(rows, r => Assert.Equal("percent", r["unit"]));
        var periods = rows.Select(r => int.Parse(r["period"].Split('-')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(periods.Order().ToList(), periods);
        Assert.Equal(new[] { "2017", "2021", "2021", "2021", "2023" }, rows.Select(r => r["period"]));
    }

    [Fact]
    public void Gdp_growth_row_of_luoyang_2021_shows_the_curated_target()
    {
        var row = Assert.Single(Targets("--indicator", "gdp-growth"), r => r["report"] == "luoyang-2021-gwr");
        var target = Reports.Get("luoyang-2021-gwr").Targets.Single(t => t.Indicator?.Code == "gdp-growth");

        Assert.Equal(target.Region.Code, row["region"]);
        Assert.Equal(target.Label, row["label"]);
        Assert.Equal("at-least", row["bound"]);
        Assert.Equal("8", row["value"]);
        Assert.Equal("annual", row["kind"]);
        Assert.Equal("true", row["headline"]);
    }

    [Fact]
    public void Rows_within_one_period_are_ordered_by_region_code_then_report()
    {
        var rows = Targets();
        var regions = Reports.All.Select(r => r.Region).DistinctBy(r => r.Code).ToDictionary(r => r.Code, r => r.GbCode, StringComparer.Ordinal);

        var keys = rows.Select(r => (Period: r["period"], Region: regions[r["region"]], Report: r["report"])).ToList();
        var sorted = keys.OrderBy(k => int.Parse(k.Period.Split('-')[0], CultureInfo.InvariantCulture))
            .ThenBy(k => int.Parse(k.Period.Split('-')[^1], CultureInfo.InvariantCulture))
            .ThenBy(k => k.Region, StringComparer.Ordinal).ThenBy(k => k.Report, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
    }

    [Fact]
    public void Without_filters_every_target_is_listed_and_counted()
    {
        var result = CliRunner.Run("targets", Repo.Data);
        var total = Reports.All.Sum(r => r.Targets.Count);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal($"{total} targets", result.OutputLines[^1]);
        Assert.Equal(total, TableReader.Read(result.OutputLines.SkipLast(1).ToList()).Count);
    }

    [Fact]
    public void Region_filter_keeps_only_that_regions_targets()
    {
        var rows = Targets("--region", "jianxi");
        var expected = Reports.All.SelectMany(r => r.Targets).Count(t => t.Region.Code == "jianxi");

        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("jianxi-2021-gwr", r["report"]));
        Assert.All(rows, r => Assert.Equal(Regions.Jianxi.Code, r["region"]));
    }

    [Fact]
    public void Year_filter_keeps_targets_whose_period_includes_the_year()
    {
        var rows = Targets("--year", "2023");
        var expected = Reports.All.SelectMany(r => r.Targets).Where(t => t.Period.Contains(2023)).ToList();

        Assert.NotEmpty(rows);
        Assert.Equal(expected.Count, rows.Count);
        Assert.Contains(rows, r => r["period"] == "2023");
        Assert.Contains(rows, r => r["period"].Contains('-', StringComparison.Ordinal));
        Assert.All(rows, r => Assert.True(Period.Parse(r["period"]).Contains(2023), r["period"]));
    }

    [Fact]
    public void Filters_combine()
    {
        var rows = Targets("--indicator", "gdp-growth", "--region", "luoyang", "--year", "2021");

        var row = Assert.Single(rows);
        Assert.Equal("luoyang-2021-gwr", row["report"]);
    }

    [Fact]
    public void Filters_that_match_nothing_print_the_header_and_zero()
    {
        var result = CliRunner.Run("targets", "--year", "1900", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, result.OutputLines.Count);
        Assert.Equal(Columns, result.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("0 targets", result.OutputLines[2]);
    }

    [Fact]
    public void Range_targets_show_value_and_max_in_their_own_columns()
    {
        var range = Reports.All.SelectMany(r => r.Targets).FirstOrDefault(t => t.Quantity?.Max is not null);
        Assert.NotNull(range);

        // Labels may be cut to fit the table's width: the row is found by its label as the table shows it.
        var label = range.Label;
        var row = Assert.Single(Targets("--region", range.Region.Code), r => r["report"] == range.Report.Id && r["bound"] == "range"
            && (r["label"] == label || (r["label"].EndsWith('…') && label.StartsWith(r["label"].TrimEnd('…'), StringComparison.Ordinal))));

        Assert.Equal(range.Quantity!.Value.ToString(CultureInfo.InvariantCulture), row["value"]);
        Assert.Equal(range.Quantity.Max!.Value.ToString(CultureInfo.InvariantCulture), row["max"]);
    }

    [Fact]
    public void Qualitative_targets_and_only_they_show_no_bound_value_or_unit()
    {
        var qualitative = Reports.All.SelectMany(r => r.Targets).Count(t => t.IsQualitative);
        var rows = Targets().Where(r => r["bound"] == "").ToList();

        Assert.Equal(qualitative, rows.Count);
        Assert.All(rows, r => Assert.Equal("", r["value"]));
        Assert.All(rows, r => Assert.Equal("", r["unit"]));
    }

    [Fact]
    public void Unknown_indicator_is_a_usage_error_listing_the_known_ones()
    {
        var result = CliRunner.Run("targets", "--indicator", "no-such-indicator", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("unknown indicator 'no-such-indicator'", result.Error, StringComparison.Ordinal);
        Assert.Contains("gdp-growth", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_region_is_a_usage_error_listing_the_known_ones()
    {
        var result = CliRunner.Run("targets", "--region", "atlantis", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("unknown region 'atlantis'", result.Error, StringComparison.Ordinal);
        Assert.Contains("jianxi", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_of_the_table_line_up_in_display_width()
    {
        var result = CliRunner.Run("targets", "--indicator", "gdp-growth", Repo.Data);
        var table = result.OutputLines.SkipLast(1).ToList();
        var dashes = table[1];

        // every cell of every line starts at a column where the dashed rule has a gap before it
        var starts = new List<int> { 0 };
        for (var i = 1; i < dashes.Length; i++)
        {
            if (dashes[i] == '-' && dashes[i - 1] == ' ') starts.Add(i);
        }
        Assert.Equal(Columns.Length, starts.Count);
        foreach (var line in table.Where(l => l != dashes))
        {
            foreach (var start in starts.Skip(1))
            {
                if (ReportSdk.Cli.Output.TextTable.Width(line) <= start) continue; // trailing empty cells are trimmed
                var before = TableReader.SliceByColumns(line, start - 2, start);
                Assert.True(before == "  ", $"no two-space gap before column {start} in '{line}'");
            }
        }
    }

    private static List<Dictionary<string, string>> Targets(params string[] options)
    {
        var result = CliRunner.Run(new[] { "targets" }.Concat(options).Append(Repo.Data).ToArray());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Columns, result.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = TableReader.Read(result.OutputLines.SkipLast(1).ToList());
        Assert.Equal($"{rows.Count} targets", result.OutputLines[^1]);
        return rows;
    }
}

public class TargetsCommandFormatTests
{
    private const string ExportCsvHeader = "report,region,regionName,list,key,indicator,label,value,max,unit,measure,bound,period,kind,headline,aspirational,qualitative,section,quote,note,conflictsWith";

    [Fact]
    public void Csv_and_json_give_the_columns_of_the_csv_export_in_its_order()
    {
        var export = CsvReader.Read(CliRunner.Run("export", "--format", "csv", Repo.Data).Output);
        var csv = CsvReader.Read(CliRunner.Run("targets", "--format", "csv", Repo.Data).Output);
        using var json = System.Text.Json.JsonDocument.Parse(CliRunner.Run("targets", "--format", "json", Repo.Data).Output);

        Assert.Equal(ExportCsvHeader, string.Join(",", export[0]));
        Assert.Equal(export[0], csv[0]);
        Assert.All(json.RootElement.EnumerateArray(), target => Assert.Equal(export[0], target.EnumerateObject().Select(p => p.Name)));
        // Each target's row is the export's row of that target, cell for cell.
        Assert.Equal(export.Skip(1).Where(r => r[3] == "target").Select(r => string.Join("\u001f", r)).Order(StringComparer.Ordinal),
            csv.Skip(1).Select(r => string.Join("\u001f", r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_fits_120_columns_cutting_long_cells_with_an_ellipsis()
    {
        var result = CliRunner.Run("targets", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(result.OutputLines, l => Assert.True(ReportSdk.Cli.Output.TextTable.Width(l) <= 120, $"{ReportSdk.Cli.Output.TextTable.Width(l)} columns: {l}"));
        Assert.Contains(result.OutputLines, l => l.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void Json_gives_every_target_whole()
    {
        var result = CliRunner.Run("targets", "--format", "json", "--indicator", "gdp-growth", "--region", "luoyang", "--year", "2021", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var target = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("luoyang-2021-gwr", target.GetProperty("report").GetString());
        Assert.Equal(8m, target.GetProperty("value").GetDecimal());
        Assert.Equal("at-least", target.GetProperty("bound").GetString());
        Assert.Equal("生产总值增长8%以上", target.GetProperty("quote").GetString());
        Assert.True(target.GetProperty("headline").GetBoolean());
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_target_with_labels_whole()
    {
        var result = CliRunner.Run("targets", "--format", "csv", Repo.Data);
        var table = CliRunner.Run("targets", Repo.Data);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvReader.Read(result.Output);
        Assert.Equal(ExportCsvHeader, string.Join(",", rows[0]));
        Assert.Equal(table.OutputLines.Count - 3, rows.Count - 1);
        var labels = Luoyang.Reports.All.SelectMany(r => r.Targets).Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Contains(r[6], labels));
    }

    [Fact]
    public void Headline_keeps_only_headline_targets()
    {
        var result = CliRunner.Run("targets", "--headline", "--format", "csv", Repo.Data);

        var rows = CsvReader.Read(result.Output).Skip(1).ToList();
        Assert.Equal(Luoyang.Reports.All.SelectMany(r => r.Targets).Count(t => t.Headline), rows.Count);
        Assert.All(rows, r => Assert.Equal("true", r[14]));
    }

    [Fact]
    public void An_unknown_region_suggests_the_closest_code()
    {
        var result = CliRunner.Run("targets", "--region", "luoyng", Repo.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("reportsdk: unknown region 'luoyng'; did you mean 'luoyang'? known: luoyang", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999")]
    public void A_year_that_is_no_year_is_a_usage_error_not_an_empty_list(string year)
    {
        var result = CliRunner.Run("targets", Repo.Data, "--year", year);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"reportsdk: --year takes a year, e.g. 2021, not '{year}'", result.ErrorLines[0]);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void A_folder_without_reports_is_a_usage_error_not_an_empty_list()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("targets", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"reportsdk: no report files (*.yaml) under '{temp.Path}'", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }
}
