namespace ReportSdk.Compiler.Resolving
{
    /// <summary>What the entry class needs of a report: its id, its property and its class.</summary>
    internal sealed record DatasetEntry(string Id, string Symbol, string ClassName)
    {
        public static DatasetEntry Of(ResolvedReport report) => new(report.Id, report.Symbol, report.ClassName);
    }
}
