namespace ReportSdk.Compiler.Compiling
{
    /// <summary>A report's id and the SHA-256 of its payload: its share of the dataset's content hash.</summary>
    internal sealed record ReportHash(string Id, string PayloadSha256);
}
