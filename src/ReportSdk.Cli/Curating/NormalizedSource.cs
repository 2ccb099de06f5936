using System.Collections.Generic;

namespace ReportSdk.Cli.Curating
{
    /// <summary>A source text after the mechanical repairs, and one line for each repair made, as the YAML's <c>edits</c> records them.</summary>
    internal sealed record NormalizedSource(string Text, IReadOnlyList<string> Edits);
}
