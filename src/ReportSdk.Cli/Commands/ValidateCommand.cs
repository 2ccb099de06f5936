using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Schema.Diagnostics;

namespace ReportSdk.Cli.Commands
{
    /// <summary><c>reportsdk validate [PATH…] [--format text|github|sarif|json]</c>: every finding of every file, for CI.</summary>
    internal static class ValidateCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "github", "sarif", "json");
            var command = new Command("validate", "Check report YAML, registries and quotes; exit 1 on any error") { paths, format };
            command.SetAction(result => Run(context, CommandContext.PathsOrDefault(result.GetValue(paths)), Parse(result.GetValue(format)!)));
            return command;
        }

        public static int Run(CommandContext context, System.Collections.Generic.IReadOnlyList<string> paths, FindingFormat format)
        {
            Schema.Compiling.CompiledDataset dataset;
            try
            {
                dataset = DatasetLoader.Load(paths);
            }
            catch (FileNotFoundException e)
            {
                context.Error.WriteLine("reportsdk: " + e.Message);
                return ExitCodes.Usage;
            }
            FindingWriter.Write(context.Output, dataset.Findings, format, CommandContext.ToolVersion);
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
