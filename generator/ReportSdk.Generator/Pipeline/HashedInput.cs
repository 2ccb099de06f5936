namespace ReportSdk.Generator.Pipeline
{
    /// <summary>An input file's path and the SHA-256 of its text, for the dataset's content hash.</summary>
    internal sealed record HashedInput(string Path, string Sha256);
}
