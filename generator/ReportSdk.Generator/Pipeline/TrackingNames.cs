namespace ReportSdk.Generator.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can see which steps re-ran.</summary>
    public static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string ReadInput = nameof(ReadInput);
        public const string ParseReport = nameof(ParseReport);
        public const string ParseRegistry = nameof(ParseRegistry);
        public const string MergeRegistry = nameof(MergeRegistry);
        public const string ReadSource = nameof(ReadSource);
        public const string PairSource = nameof(PairSource);
        public const string ValidateReport = nameof(ValidateReport);
        public const string ReportEntries = nameof(ReportEntries);
        public const string HashInput = nameof(HashInput);
        public const string ContentHash = nameof(ContentHash);
    }
}
