using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Cli.Export;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk export [--format json|csv] [--out FILE] [PATH…]</c>: the whole dataset, exactly
    /// as curated. <c>--out</c> never names a file the export reads, and the file is replaced
    /// whole (a temporary file and a rename) or not at all.
    /// </summary>
    internal static class ExportCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var format = new Option<string>("--format") { Description = "json (reports with sections, targets, actuals) or csv (one row per figure)", DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong("json", "csv");
            var output = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
            var command = new Command("export", "Export the dataset as JSON or CSV") { paths, format, output };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(format)!, result.GetValue(output)));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, string format, string? outFile)
        {
            var dataset = context.LoadValid(paths, out var exitCode, out var inputFiles);
            if (dataset is null) return exitCode;
            if (outFile is not null && OutProblem(outFile, inputFiles) is { } problem)
            {
                context.Error.WriteLine("reportsdk: " + LineText.Escape(problem));
                return ExitCodes.Usage;
            }
            var loaded = CommandContext.Read(dataset);
            using var stream = new MemoryStream();
            if (format == "csv")
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true);
                FigureCsvWriter.Write(writer, loaded.Reports.SelectMany(FigureColumns.Of));
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
                try
                {
                    AtomicFile.WriteAllBytes(outFile, stream.ToArray());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return context.CannotWrite(outFile, e);
                }
            }
            return ExitCodes.Ok;
        }

        /// <summary>
        /// Why the export cannot be written to <paramref name="outFile"/>, or null: it is one of
        /// the files read (by real path, so another spelling of the path or a symbolic link to it
        /// counts too), a folder, or in a folder that does not exist.
        /// </summary>
        private static string? OutProblem(string outFile, IReadOnlyList<string> inputFiles)
        {
            string target;
            try
            {
                target = RealPaths.Of(outFile);
            }
            catch (IOException e)
            {
                return $"cannot write '{outFile}': {e.Message}";
            }
            var input = inputFiles.FirstOrDefault(file => RealPaths.Comparer.Equals(RealPaths.Of(file), target));
            if (input is not null)
            {
                var same = RealPaths.Comparer.Equals(Path.GetFullPath(outFile), Path.GetFullPath(input)) ? "" : $" ('{DataFiles.Display(input)}')";
                return $"refusing to write the export over '{outFile}', an input file of this export{same}; choose another --out file";
            }
            if (Directory.Exists(target)) return $"cannot write '{outFile}': it is a folder; give a file name";
            var folder = Path.GetDirectoryName(target);
            if (folder is not null && !Directory.Exists(folder)) return $"cannot write '{outFile}': folder '{Path.GetDirectoryName(Path.GetFullPath(outFile))}' does not exist";
            return null;
        }
    }
}
