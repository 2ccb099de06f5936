namespace ReportSdk
{
    /// <summary>What a compiled dataset holds: its package version and a hash of its inputs.</summary>
    public sealed class DatasetInfo
    {
        /// <summary>Creates the info; datasets are generated with these, not written by hand.</summary>
        public DatasetInfo(string version, string contentHash)
        {
            Version = version;
            ContentHash = contentHash;
        }

        /// <summary>The dataset's version (the NuGet package version it ships in).</summary>
        public string Version { get; }

        /// <summary>SHA-256 over the normalized inputs (report YAML, registries, source texts): equal data, equal hash.</summary>
        public string ContentHash { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Version} ({ContentHash})";
    }
}
