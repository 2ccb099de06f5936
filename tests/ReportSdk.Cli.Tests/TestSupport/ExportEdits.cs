using System.Text.Json.Nodes;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>The export of the compiled Luoyang dataset with one change made to a report, for diff tests.</summary>
internal static class ExportEdits
{
    /// <summary>The export as the CLI writes it, unchanged.</summary>
    public static readonly string Export = CompiledLuoyang.ExportJson();

    /// <summary>The export with <paramref name="change"/> made to the report <paramref name="reportId"/>.</summary>
    public static string Edit(Action<JsonNode> change, string reportId = "luoyang-2021-gwr")
    {
        var root = JsonNode.Parse(Export)!;
        change(root["reports"]!.AsArray().Single(r => (string)r!["id"]! == reportId)!);
        return root.ToJsonString();
    }

    /// <summary>The target or actual <paramref name="key"/> of <paramref name="list"/> ("targets" or "actuals").</summary>
    public static JsonNode Figure(JsonNode report, string list, string key)
        => report[list]!.AsArray().Single(f => (string)f!["key"]! == key)!;

    public static void RemoveFigure(JsonNode report, string list, string key)
        => report[list]!.AsArray().Remove(Figure(report, list, key));

    /// <summary>A top-level section added at the end of the report (a minor change).</summary>
    public static void AddSection(JsonNode report)
        => report["sections"]!.AsArray().Add(new JsonObject
        {
            ["key"] = "closing", ["path"] = "closing", ["number"] = "五、", ["title"] = "结束语", ["role"] = "other", ["children"] = new JsonArray(),
        });
}
