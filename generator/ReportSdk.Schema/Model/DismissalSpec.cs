namespace ReportSdk.Schema.Model
{
    /// <summary>Numbers in the source that are not facts (years, names, ordinals…), and why.</summary>
    public sealed record DismissalSpec(
        Located<string> Text,
        Located<string> Reason,
        Located<string?> Section,
        string? Note,
        TextLocation Location);
}
