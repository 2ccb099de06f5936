namespace ReportSdk.Generator.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can see which steps re-ran.</summary>
    public static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string ReadInput = nameof(ReadInput);
        public const string ParseReport = nameof(ParseReport);
        public const string ParseRegistry = nameof(ParseRegistry);
        public const string CheckRegistry = nameof(CheckRegistry);
        public const string ReportUnits = nameof(ReportUnits);
        public const string ResolveRegistry = nameof(ResolveRegistry);
        public const string ReadSource = nameof(ReadSource);
        public const string PairSource = nameof(PairSource);
        public const string CheckReport = nameof(CheckReport);
        public const string ReportFindings = nameof(ReportFindings);
        public const string ReportEntries = nameof(ReportEntries);
        public const string UniqueReports = nameof(UniqueReports);
        public const string ResolveReport = nameof(ResolveReport);
        public const string DatasetEntries = nameof(DatasetEntries);
        public const string HashReport = nameof(HashReport);
        public const string ContentHash = nameof(ContentHash);
    }
}
