using Json.Schema;
using ReportSdk.Testing;

namespace ReportSdk.Compiler.Tests.Fixtures;

/// <summary>
/// The JSON Schemas of data/, built by JsonSchema.Net as an editor reads them: a relative
/// <c>$ref</c> such as <c>codes.schema.json#/definitions/unit</c> resolves against the schema's
/// <c>$id</c> (https://reportsdk.local/schemas/…) and is loaded from the file of that name in
/// data/, the file an editor finds beside the schema on disk.
/// </summary>
internal static class SchemaFiles
{
    private const string BaseUri = "https://reportsdk.local/schemas/";

    // One registry for the test run: JsonSchema.Net refuses a second schema with the same $id in a registry.
    private static readonly object Gate = new();
    private static readonly Dictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);
    private static readonly List<string> FetchedFiles = new();
    private static readonly BuildOptions Options = CreateOptions();

    /// <summary>The files loaded through a <c>$ref</c> so far.</summary>
    public static IReadOnlyList<string> Fetched
    {
        get
        {
            lock (Gate) return FetchedFiles.ToList();
        }
    }

    /// <summary>The schema in data/<paramref name="file"/>, with every schema it refers to.</summary>
    public static JsonSchema Get(string file)
    {
        lock (Gate)
        {
            var id = new Uri(BaseUri + file);
            if (!Built.TryGetValue(file, out var schema))
            {
                schema = Options.SchemaRegistry.Get(id) as JsonSchema ?? JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "data", file)), Options);
                Built[file] = schema;
            }
            return schema;
        }
    }

    private static BuildOptions CreateOptions()
    {
        var registry = new SchemaRegistry
        {
            Fetch = (uri, registry) =>
            {
                var address = uri.GetLeftPart(UriPartial.Path);
                if (!address.StartsWith(BaseUri, StringComparison.Ordinal)) return null;
                var file = address[BaseUri.Length..];
                var path = Path.Combine(RepoPaths.Root, "data", file);
                if (file.Contains('/') || !File.Exists(path)) return null;
                FetchedFiles.Add(file);
                return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = registry });
            },
        };
        return new BuildOptions { SchemaRegistry = registry };
    }
}
