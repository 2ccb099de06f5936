using System.Globalization;
using ReportSdk.Cli.Export;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Resolving;
using ReportSdk.Compiler.Writing;

namespace ReportSdk.Fuzz.Tests;

/// <summary>
/// An accepted data set through the other door: exported to JSON as <c>reportsdk export</c> writes it
/// (<see cref="DatasetJsonWriter"/> over the runtime's reading of the payloads), loaded back with
/// <see cref="ReportDataset.Load(Stream)"/>, and compared with what the compiler resolved — the same
/// reports, sections and figures, every value as the exact text curated.
/// </summary>
internal static class ExportRoundTrip
{
    /// <summary>The version the in-process export writes; the command line writes the package's.</summary>
    public const string Version = "1.2.3";

    /// <summary>The export of an accepted data set, as bytes.</summary>
    public static byte[] Export(CompiledDataset dataset)
    {
        var read = ReportDataset.FromPayloads(
            new DatasetInfo(Version, dataset.ContentHash),
            PayloadWriter.Write(dataset.PrintedRegistry),
            dataset.Reports.Select(PayloadWriter.Write).ToList());
        using var stream = new MemoryStream();
        DatasetJsonWriter.Write(stream, read.Info, read.Registry, read.Reports);
        return stream.ToArray();
    }

    /// <summary>Loads <paramref name="json"/>; throws what <see cref="ReportDataset.Load(Stream)"/> throws.</summary>
    public static ReportDataset Load(byte[] json)
    {
        using var stream = new MemoryStream(json, writable: false);
        return ReportDataset.Load(stream);
    }

    /// <summary>
    /// Exports, loads, and compares field by field: null when the loaded dataset is the compiled one,
    /// else the first difference. An exception of the export or the load escapes to the caller.
    /// </summary>
    public static string? Check(CompiledDataset dataset) => Difference(dataset, Load(Export(dataset)));

    /// <summary>The first difference between what the compiler resolved and what the loader built, or null.</summary>
    public static string? Difference(CompiledDataset compiled, ReportDataset loaded)
    {
        if (loaded.Info.ContentHash != compiled.ContentHash) return $"contentHash: compiled {compiled.ContentHash}, loaded {loaded.Info.ContentHash}";
        var registry = compiled.PrintedRegistry;
        var units = registry.Units.Select(u => $"{u.Code} {u.Name} {u.English} {u.Dimension} {u.Scale}").ToList();
        var loadedUnits = loaded.Registry.Units.Select(u => $"{u.Code} {u.Name} {u.English} {u.Dimension} {u.Scale.ToString(CultureInfo.InvariantCulture)}").ToList();
        if (Differs("registries.units", units, loadedUnits) is { } unitDifference) return unitDifference;
        var indicators = registry.Indicators.Select(i => $"{i.Code} {i.Name} {i.English} {i.Unit} {i.Kind}").ToList();
        var loadedIndicators = loaded.Registry.Indicators.Select(i => $"{i.Code} {i.Name} {i.English} {i.Unit.Code} {i.Kind.ToCode()}").ToList();
        if (Differs("registries.indicators", indicators, loadedIndicators) is { } indicatorDifference) return indicatorDifference;
        var regions = registry.Regions.Select(r => $"{r.Code} {r.Name} {r.English} {r.GbCode} {r.Level} {r.Parent}").ToList();
        var loadedRegions = loaded.Registry.Regions.Select(r => $"{r.Code} {r.Name} {r.English} {r.GbCode} {r.Level.ToCode()} {r.Parent?.Code}").ToList();
        if (Differs("registries.regions", regions, loadedRegions) is { } regionDifference) return regionDifference;

        var reports = compiled.Reports.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (Differs("report ids", reports.Select(r => r.Id).ToList(), loaded.Reports.Select(r => r.Id).ToList()) is { } idDifference) return idDifference;
        for (var i = 0; i < reports.Count; i++)
        {
            var (expected, actual) = (reports[i], loaded.Reports[i]);
            var header = $"{expected.Kind} {expected.Region} {expected.Delivered} {expected.Session} {expected.SpeakerName} {expected.SpeakerTitle} {expected.Title} {expected.ReviewYear} {expected.PlanYear}";
            var loadedHeader = $"{actual.Kind.ToCode()} {actual.Region.Code} {actual.Delivered.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {actual.Session} {actual.Speaker.Name} {actual.Speaker.Title} {actual.Title} {actual.ReviewYear} {actual.PlanYear}";
            if (header != loadedHeader) return $"{expected.Id}: header '{header}', loaded '{loadedHeader}'";
            var sections = Flatten(expected.Sections).Select(s => $"{s.Path} {s.Number} {s.Title} {s.Role}").ToList();
            var loadedSections = actual.Sections.Descendants().Select(s => $"{s.Path} {s.Number} {s.Title} {s.Role.ToCode()}").ToList();
            if (Differs(expected.Id + " sections", sections, loadedSections) is { } sectionDifference) return sectionDifference;
            if (Differs(expected.Id + " targets", expected.Targets.Select(Shown).ToList(), actual.Targets.Select(t => Shown(t)).ToList()) is { } targetDifference) return targetDifference;
            if (Differs(expected.Id + " actuals", expected.Actuals.Select(Shown).ToList(), actual.Actuals.Select(a => Shown(a)).ToList()) is { } actualDifference) return actualDifference;
        }
        return null;
    }

    private static IEnumerable<ResolvedSection> Flatten(IEnumerable<ResolvedSection> sections)
        => sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    // Every field of a figure, values as text: 8.0 must stay 8.0, not 8.
    private static string Shown(ResolvedFigure f)
        => string.Join(" | ", f.Key, f.Label, f.Indicator, f.Value, f.Max, f.Unit, f.Measure, f.Bound, f.Period, f.Kind, f.Headline, f.Aspirational, f.SectionPath, f.Quote, f.Note, f.ConflictsWith);

    private static string Shown(Figure f)
        => string.Join(" | ", f.Key, f.Label, f.Indicator?.Code, f.Quantity?.Value.ToString(CultureInfo.InvariantCulture), f.Quantity?.Max?.ToString(CultureInfo.InvariantCulture),
            f.Quantity?.Unit.Code, f.Quantity?.Measure, f.Quantity?.Bound.ToCode(), f.Period.ToString(), f.Kind.ToCode(), f.Headline, f.Aspirational, f.Section.Path, f.Quote, f.Note, f.ConflictsWith);

    private static string? Differs(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var (e, a) = (i < expected.Count ? expected[i] : "(none)", i < actual.Count ? actual[i] : "(none)");
            if (e != a) return $"{what}[{i}]: compiled '{Yaml.Visible(e, 200)}', loaded '{Yaml.Visible(a, 200)}'";
        }
        return null;
    }
}
