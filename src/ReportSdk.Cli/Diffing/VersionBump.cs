namespace ReportSdk.Cli.Diffing
{
    /// <summary>The smallest semantic-version step a change allows (docs/versioning.md). Ordered: a larger value wins.</summary>
    public enum VersionBump
    {
        /// <summary>Nothing changed.</summary>
        None,

        /// <summary>A correction: value, bound, quote, label and other details.</summary>
        Patch,

        /// <summary>Something added: a report, section, target, actual or indicator.</summary>
        Minor,

        /// <summary>Something removed or renamed, or a target's unit or indicator changed.</summary>
        Major,
    }
}
