namespace ReportSdk.Schema.Model
{
    /// <summary>A numbered section (一、), subsection (（一）) or item (一是) and its children.</summary>
    public sealed record SectionSpec(
        Located<string> Key,
        string Number,
        Located<string> Title,
        Located<string?> Role,
        EquatableArray<SectionSpec> Children,
        TextLocation Location);
}
