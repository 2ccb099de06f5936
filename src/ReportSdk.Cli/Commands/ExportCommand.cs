using System.CommandLine;
using System.IO;
using System.Text;
using ReportSdk.Cli.Export;

namespace ReportSdk.Cli.Commands
{
    /// <summary><c>reportsdk export [--format json|csv] [--out FILE] [PATH…]</c>: the whole dataset, exactly as curated.</summary>
    internal static class ExportCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var format = new Option<string>("--format") { Description = "json (reports with sections, targets, actuals) or csv (one row per figure)", DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong("json", "csv");
            var output = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
            var command = new Command("export", "Export the dataset as JSON or CSV") { paths, format, output };
            command.SetAction(result => Run(context, CommandContext.PathsOrDefault(result.GetValue(paths)), result.GetValue(format)!, result.GetValue(output)));
            return command;
        }

        private static int Run(CommandContext context, System.Collections.Generic.IReadOnlyList<string> paths, string format, string? outFile)
        {
            var dataset = context.LoadValid(paths, out var exitCode);
            if (dataset is null) return exitCode;
            var loaded = CommandContext.Read(dataset);
            using var stream = new MemoryStream();
            if (format == "csv")
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
                DatasetCsvWriter.Write(writer, loaded.Reports);
            }
            else
            {
                DatasetJsonWriter.Write(stream, loaded.Info, loaded.Registry, loaded.Reports);
            }
            if (outFile is null)
            {
                context.Output.Write(Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF'));
            }
            else
            {
                File.WriteAllBytes(outFile, stream.ToArray());
            }
            return ExitCodes.Ok;
        }
    }
}
