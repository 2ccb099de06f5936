namespace ReportSdk.Compiler.Model
{
    /// <summary>A numbered section (一、), subsection (（一）) or item (一是) and its children.</summary>
    public sealed record SectionSpec(
        Located<string> Key,
        string Number,
        Located<string> Title,
        Located<string?> Role,
        EquatableArray<SectionSpec> Children,
        TextLocation Location)
    {
        /// <summary>
        /// The report's preamble (<c>preamble: true</c>): the text before the first numbered heading, where
        /// a plan often states its 主要预期目标 and a news digest the year's figures. It has no number or
        /// title, stands first among the top-level sections, and its text runs from the start of the source
        /// to the next top-level heading.
        /// </summary>
        public bool IsPreamble { get; init; }
    }
}
