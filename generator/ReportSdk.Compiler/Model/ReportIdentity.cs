namespace ReportSdk.Compiler.Model
{
    /// <summary>What must be unique about a report across a dataset: its id and its C# symbol.</summary>
    public sealed record ReportIdentity(string Path, Located<string> Id, Located<string> Symbol);
}
