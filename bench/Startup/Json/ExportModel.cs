using System.Text.Json.Serialization;

namespace Startup.Json;

/// <summary>The export of src/ReportSdk.Cli/Export/DatasetJsonWriter.cs: <c>{ "dataset": {…}, "reports": [ … ] }</c>.</summary>
public sealed class ExportDocument
{
    public DatasetDto Dataset { get; set; } = new();

    public List<ReportDto> Reports { get; set; } = [];
}

public sealed class DatasetDto
{
    public string Version { get; set; } = "";

    public string ContentHash { get; set; } = "";
}

public sealed class ReportDto
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public RegionDto Region { get; set; } = new();

    public string Delivered { get; set; } = "";

    public int ReviewYear { get; set; }

    public int PlanYear { get; set; }

    public string Title { get; set; } = "";

    public string Session { get; set; } = "";

    public SpeakerDto Speaker { get; set; } = new();

    public List<SectionDto> Sections { get; set; } = [];

    public List<FigureDto> Targets { get; set; } = [];

    public List<FigureDto> Actuals { get; set; } = [];
}

public sealed class RegionDto
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Code { get; set; } = "";
}

public sealed class SpeakerDto
{
    public string Name { get; set; } = "";

    public string Title { get; set; } = "";
}

public sealed class SectionDto
{
    public string Key { get; set; } = "";

    public string Path { get; set; } = "";

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public string Role { get; set; } = "";

    public List<SectionDto> Children { get; set; } = [];
}

public sealed class FigureDto
{
    public string Key { get; set; } = "";

    public string? Indicator { get; set; }

    public string Label { get; set; } = "";

    public decimal? Value { get; set; }

    public decimal? Max { get; set; }

    public string? Unit { get; set; }

    public string? Measure { get; set; }

    public string? Bound { get; set; }

    public string Period { get; set; } = "";

    public string Kind { get; set; } = "";

    public bool Headline { get; set; }

    public bool Aspirational { get; set; }

    public bool Qualitative { get; set; }

    public string Section { get; set; } = "";

    public string Quote { get; set; } = "";

    public string? Note { get; set; }

    public string? ConflictsWith { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ExportDocument))]
internal sealed partial class ExportContext : JsonSerializerContext;
