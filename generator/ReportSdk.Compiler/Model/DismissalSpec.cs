namespace ReportSdk.Compiler.Model
{
    /// <summary>Numbers in the source that are not facts (years, names, ordinals…), and why.</summary>
    public sealed record DismissalSpec(
        Located<string> Text,
        Located<string> Reason,
        Located<string?> Section,
        string? Note,
        TextLocation Location)
    {
        /// <summary>Proposed by <c>reportsdk draft</c> and not yet checked by a curator (<c>unreviewed: true</c>, warning RS3011).</summary>
        public bool Unreviewed { get; init; }
    }
}
