namespace ReportSdk.Compiler.Model
{
    /// <summary>Who delivered the report: name and official title.</summary>
    public sealed record SpeakerSpec(string Name, string Title);
}
