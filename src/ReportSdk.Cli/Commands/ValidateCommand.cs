using ReportSdk.Compiler.Text;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Cli.Watching;
using System.Threading;
using System.Threading.Tasks;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk validate [PATH…] [--format text|github|sarif|json]</c>: every finding of every
    /// file, for CI. Exit 0 when there is no error, 1 on data errors, 2 on a usage problem: a
    /// path that does not exist, or paths that hold no report file at all (nothing would be checked).
    /// With <c>--format github</c> and <c>GITHUB_STEP_SUMMARY</c> set, every finding is also
    /// appended to the step summary as a table.
    /// </summary>
    internal static class ValidateCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "github", "sarif", "json");
            var watch = new Option<bool>("--watch") { Description = "Keep watching: on each save, validate again and print only the findings that changed (+ new, - fixed), until Ctrl+C" };
            var command = new Command("validate", "Check report YAML, registries and quotes; exit 1 on any error, 2 when no report file is given") { paths, format, watch };
            command.SetAction((result, cancel) =>
            {
                var given = context.PathsOrDefault(result.GetValue(paths));
                var chosen = Parse(result.GetValue(format)!);
                return result.GetValue(watch) ? Watch(context, given, chosen, cancel) : Task.FromResult(Run(context, given, chosen));
            });
            return command;
        }

        /// <summary>--watch: for a person at a terminal, so text only; runs until Ctrl+C (the token).</summary>
        private static Task<int> Watch(CommandContext context, IReadOnlyList<string> paths, FindingFormat format, CancellationToken cancel)
        {
            if (format != FindingFormat.Text)
            {
                context.Error.WriteLine("reportsdk: --watch prints text; leave out --format");
                return Task.FromResult(ExitCodes.Usage);
            }
            var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                context.Error.WriteLine("reportsdk: " + LineText.Escape($"no such file or folder: {missing}"));
                return Task.FromResult(ExitCodes.Usage);
            }
            return ValidationWatch.RunAsync(paths, context.Output, context.Error, context.Warn, cancel);
        }

        public static int Run(CommandContext context, IReadOnlyList<string> paths, FindingFormat format)
        {
            if (!context.TryReadFiles(paths, out var given)) return ExitCodes.Usage;
            // Registries alone, source texts alone or an empty folder: nothing a CI run means to check.
            if (!context.HasReports(paths, given)) return ExitCodes.Usage;
            var dataset = DatasetLoader.Compile(given, out _);
            // On GitHub, every finding goes to the step summary first, so that the annotations'
            // notice can point there for the ones GitHub does not show.
            var stepSummary = format == FindingFormat.Github ? context.EnvironmentVariable(StepSummary.Variable) : null;
            var inStepSummary = stepSummary is not null && StepSummary.TryAppend(stepSummary, FindingWriter.Ordered(dataset.Findings), context.Warn);
            FindingWriter.Write(context.Output, dataset.Findings, format, CommandContext.ToolVersion, SourceRoot.OfCurrentFolder(), inStepSummary);
            if (format == FindingFormat.Text)
            {
                var errors = dataset.Findings.Count(f => f.Level == DiagnosticLevel.Error);
                var summary = $"{dataset.FileCount} files, {dataset.Reports.Count} valid reports, {errors} errors";
                (errors > 0 ? context.Error : context.Output).WriteLine(summary);
            }
            return dataset.HasErrors ? ExitCodes.DataErrors : ExitCodes.Ok;
        }

        private static FindingFormat Parse(string format) => format switch
        {
            "github" => FindingFormat.Github,
            "sarif" => FindingFormat.Sarif,
            "json" => FindingFormat.Json,
            _ => FindingFormat.Text,
        };
    }
}
