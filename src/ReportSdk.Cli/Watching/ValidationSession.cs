using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Watching
{
    /// <summary>
    /// Validation that runs again and again over the same paths, as <c>validate --watch</c> does
    /// on every save: the files are read again each time and compiled as <c>reportsdk validate</c>
    /// compiles them (<see cref="DatasetLoader.Compile"/>), in one <see cref="CompileSession"/>
    /// kept from run to run, so that only what an edit changed is parsed and checked again. The
    /// findings are always those a fresh <c>reportsdk validate</c> gives.
    /// </summary>
    internal sealed class ValidationSession
    {
        private readonly IReadOnlyList<string> _paths;
        private readonly Action<string>? _warn;
        private readonly CompileSession _session = new();

        public ValidationSession(IReadOnlyList<string> paths, Action<string>? warn = null)
        {
            _paths = paths;
            _warn = warn;
        }

        /// <summary>How many reports the last run parsed (not reused), for tests and the benchmark.</summary>
        public int ParsedLastRun => _session.ParsedLastRun;

        /// <summary>How many reports the last run checked (not reused).</summary>
        public int CheckedLastRun => _session.CheckedLastRun;

        /// <summary>Reads the files under the paths again and returns every finding, reusing what did not change.</summary>
        /// <exception cref="FileNotFoundException">A path given no longer exists.</exception>
        public ValidationRun Run()
        {
            var dataset = DatasetLoader.Compile(DataFiles.Read(_paths, _warn), out _, _session);
            return new ValidationRun(dataset.Findings, dataset.FileCount, dataset.Reports.Count);
        }
    }

    /// <summary>The findings of one run, with the counts <c>reportsdk validate</c> prints.</summary>
    internal sealed record ValidationRun(IReadOnlyList<Finding> Findings, int FileCount, int ValidReports)
    {
        public int Errors => Findings.Count(f => f.Level == DiagnosticLevel.Error);
    }
}
