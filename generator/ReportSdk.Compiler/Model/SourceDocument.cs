namespace ReportSdk.Compiler.Model
{
    /// <summary>A normalized source text as read from disk (or from the compiler's additional files).</summary>
    public sealed record SourceDocument(string Path, string Text);
}
