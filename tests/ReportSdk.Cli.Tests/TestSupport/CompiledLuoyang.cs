using ReportSdk.Luoyang;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>The compiled <c>ReportSdk.Luoyang</c> dataset as the CLI's writers take it.</summary>
internal static class CompiledLuoyang
{
    /// <summary>The export of the compiled dataset with its own <see cref="Reports.Dataset"/> info.</summary>
    public static string ExportJson() => Cli.Export.DatasetJsonWriter.ToJson(Reports.Dataset, Reports.Registry, Reports.All);
}
