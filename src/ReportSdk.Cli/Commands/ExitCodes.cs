namespace ReportSdk.Cli.Commands
{
    /// <summary>The exit codes of every command.</summary>
    internal static class ExitCodes
    {
        /// <summary>Everything is fine.</summary>
        public const int Ok = 0;

        /// <summary>The data has errors (or, for coverage, unaccounted numbers).</summary>
        public const int DataErrors = 1;

        /// <summary>The command line is wrong: unknown option, missing file…</summary>
        public const int Usage = 2;

        /// <summary>
        /// <c>diff --fail-on LEVEL</c>: the changes need that version bump or a larger one. A code of
        /// its own, so that CI can tell "this change needs a release decision" from broken data (1)
        /// and a wrong command line (2).
        /// </summary>
        public const int BumpAtLeastFailOn = 3;
    }
}
