namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// Provenance of a report: the original document's name and hash, the normalized text that
    /// quotes are checked against (path relative to the YAML file) and the edits that made it.
    /// </summary>
    public sealed record SourceSpec(
        string Original,
        string OriginalSha256,
        Located<string> Text,
        Located<string> TextSha256,
        EquatableArray<string> Edits,
        EquatableArray<string> Notes);
}
