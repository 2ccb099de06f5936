using System.Collections.Generic;

namespace ReportSdk.Curation.Intake
{
    /// <summary>A source text after the mechanical repairs, and one line for each repair made, as the YAML's <c>edits</c> records them.</summary>
    public sealed record NormalizedSource(string Text, IReadOnlyList<string> Edits);
}
