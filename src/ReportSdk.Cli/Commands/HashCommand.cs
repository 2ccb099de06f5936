using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Curating;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk hash [PATH…] [--write] [--originals DIR]</c>: recomputes <c>textSha256</c> (and
    /// <c>originalSha256</c>, when the original is in DIR) of every report under PATH from its files.
    /// Without --write it only reports: exit 1 when a hash differs, one line each,
    /// <c>file(line,col): textSha256 old → new</c>. With --write it puts the new values in place and
    /// leaves every other byte of the file as it was. Exit 2 on a usage problem.
    /// </summary>
    internal static class HashCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            var write = new Option<bool>("--write") { Description = "Write the new hashes into the YAML (every other byte is kept)" };
            var originals = new Option<string?>("--originals") { Description = "Folder of the documents as received, by the names in source.original; without it originalSha256 is kept as written" };
            var command = new Command("hash", "Recompute the source hashes of reports from their files; --write puts them in place") { paths, write, originals };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(write), result.GetValue(originals)));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, bool write, string? originals)
        {
            if (!context.TryReadFiles(paths, out var given)) return ExitCodes.Usage;
            if (originals is not null && !Directory.Exists(originals))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: --originals folder '{originals}' does not exist"));
                return ExitCodes.Usage;
            }
            var reports = given.Where(f => DatasetCompiler.IsReport(f.Path)).ToList();
            if (reports.Count == 0)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: no report files (*.yaml) under {string.Join(", ", paths.Select(p => $"'{p}'"))}"));
                return ExitCodes.Usage;
            }

            int upToDate = 0, differing = 0, failed = 0;
            var notChecked = new List<string>();
            foreach (var report in reports)
            {
                SourceHashCheck check;
                try
                {
                    check = SourceHashCheck.Run(report.Path, originals);
                }
                catch (InvalidDataException e)
                {
                    context.Error.WriteLine(LineText.Escape($"{report.Path}{(e.Message.StartsWith("(", StringComparison.Ordinal) ? "" : ": ")}{e.Message.TrimStart(':', ' ')}"));
                    failed++;
                    continue;
                }
                if (check.OriginalNotFound is not null) notChecked.Add(report.Path);
                if (check.Changes.Count == 0)
                {
                    upToDate++;
                    continue;
                }
                differing++;
                foreach (var change in check.Changes)
                {
                    var line = $"{report.Path}({change.Scalar.Location.Line},{change.Scalar.Location.Column}): {change.Field} {Shown(change.Old)} → {change.New}";
                    context.Output.WriteLine(LineText.Escape(write ? line + " (written)" : line));
                }
                if (!write) continue;
                try
                {
                    AtomicFile.WriteAllBytes(report.Path, check.Updated().ToBytes());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
                {
                    return context.CannotWrite(report.Path, e);
                }
            }

            if (notChecked.Count > 0)
            {
                // Said once, not per report: it is how the data is kept, not a fault of one file.
                var where = originals is null ? "no --originals folder was given" : $"their originals are not in '{originals}'";
                context.Output.WriteLine(LineText.Escape($"originalSha256 kept as written in {notChecked.Count} of {reports.Count} reports: {where} (the hash of the document as received is taken when it comes in)"));
            }
            var summary = $"{reports.Count} reports: {upToDate} up to date, {differing} {(write ? "updated" : "differ")}{(failed > 0 ? $", {failed} not readable" : "")}";
            (differing > 0 && !write || failed > 0 ? context.Error : context.Output).WriteLine(summary);
            return failed > 0 || (differing > 0 && !write) ? ExitCodes.DataErrors : ExitCodes.Ok;
        }

        private static string Shown(string value) => value.Length == 0 ? "(empty)" : value;
    }
}
