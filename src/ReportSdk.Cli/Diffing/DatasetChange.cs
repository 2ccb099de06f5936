namespace ReportSdk.Cli.Diffing
{
    /// <summary>One difference between two dataset versions and the version bump it needs.</summary>
    /// <param name="Bump">The bump this change alone requires.</param>
    /// <param name="Kind">added, removed or changed.</param>
    /// <param name="Subject">What changed: report, section, target, actual or indicator.</param>
    /// <param name="Name">Its id or path, such as <c>luoyang-2021-gwr/gdp-growth</c>.</param>
    /// <param name="Detail">For a change: the fields with their old and new values.</param>
    public sealed record DatasetChange(VersionBump Bump, string Kind, string Subject, string Name, string Detail)
    {
        public override string ToString()
            => $"{Bump.ToString().ToLowerInvariant(),-6} {Kind,-8} {Subject,-9} {Name}{(Detail.Length == 0 ? "" : ": " + Detail)}";
    }
}
