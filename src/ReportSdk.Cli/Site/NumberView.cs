namespace ReportSdk.Cli.Site
{
    /// <summary>
    /// A number of the source text that no quote holds: dismissed (with the reason and the dismissal's
    /// YAML line) or unaccounted for (a figure not captured yet). Numbers inside quotes need no mark of their own.
    /// </summary>
    /// <param name="Anchor">Its id on the report page: <c>n-INDEX</c>, in text order.</param>
    /// <param name="Number">The number as written (2021, 十五).</param>
    /// <param name="Line">1-based line of the source text.</param>
    /// <param name="SectionPath">The deepest section holding it; empty before the first.</param>
    /// <param name="Dismissed">True when a dismissal accounts for it, false when nothing does.</param>
    /// <param name="Reason">The dismissal's reason (year, name…); null when unaccounted.</param>
    /// <param name="DismissedText">The dismissal's text; null when unaccounted.</param>
    /// <param name="Note">The dismissal's note, if any.</param>
    /// <param name="YamlPlace">Where the dismissal was curated (<c>file.yaml:LINE</c>); null when unaccounted.</param>
    /// <param name="Context">A few characters around it.</param>
    internal sealed record NumberView(
        string Anchor,
        string Number,
        int Line,
        string SectionPath,
        bool Dismissed,
        string? Reason,
        string? DismissedText,
        string? Note,
        string? YamlPlace,
        string Context)
    {
        /// <summary>The hover text of its mark.</summary>
        public string Description => Dismissed
            ? $"dismissed ({Reason}): {DismissedText}{(Note is null ? "" : " — " + Note)} — {YamlPlace}"
            : "unaccounted: no target, actual or dismissal holds this number";
    }
}
