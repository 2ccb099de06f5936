namespace ReportSdk.Schema.Coverage
{
    /// <summary>One number in a report's source text: where it is and what accounts for it.</summary>
    /// <param name="Number">The digits as written, such as 5128.4.</param>
    /// <param name="Line">1-based line in the normalized source text.</param>
    /// <param name="SectionPath">The deepest section whose text holds it; empty before the first section.</param>
    /// <param name="Role">The role of that section's top-level section; empty before the first section.</param>
    /// <param name="Status">What accounts for it.</param>
    /// <param name="Context">A few characters around the number, whitespace removed.</param>
    public sealed record NumberOccurrence(string Number, int Line, string SectionPath, string Role, NumberStatus Status, string Context);
}
