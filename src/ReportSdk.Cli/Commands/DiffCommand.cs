using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.Cli.Diffing;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk diff OLD NEW</c>: what was added, removed and changed between two dataset
    /// versions — two export JSON files or two git refs — and the smallest version bump the
    /// policy of docs/versioning.md allows.
    /// </summary>
    internal static class DiffCommand
    {
        public static Command Create(CommandContext context)
        {
            var oldArgument = new Argument<string>("old") { Description = "The older version: an export JSON file or a git ref" };
            var newArgument = new Argument<string>("new") { Description = "The newer version: an export JSON file or a git ref" };
            var data = new Option<string>("--data") { Description = "For git refs: the data folder in the repository", DefaultValueFactory = _ => "schemas" };
            var command = new Command("diff", "Compare two dataset versions and say which version bump they need") { oldArgument, newArgument, data };
            command.SetAction(result => Run(context, result.GetValue(oldArgument)!, result.GetValue(newArgument)!, result.GetValue(data)!));
            return command;
        }

        private static int Run(CommandContext context, string oldVersion, string newVersion, string dataFolder)
        {
            var before = Load(context, oldVersion, dataFolder, out var exitCode);
            if (before is null) return exitCode;
            var after = Load(context, newVersion, dataFolder, out exitCode);
            if (after is null) return exitCode;

            var changes = DatasetDiff.Compare(before.Export, after.Export, before.IndicatorCodes, after.IndicatorCodes);
            foreach (var change in changes) context.Output.WriteLine(change.ToString());
            var counts = string.Join(", ", new[] { "removed", "added", "changed" }.Select(k => $"{changes.Count(c => c.Kind == k)} {k}"));
            context.Output.WriteLine($"smallest version bump allowed: {DatasetDiff.RequiredBump(changes).ToString().ToLowerInvariant()} ({counts})");
            return ExitCodes.Ok;
        }

        private static DatasetSource? Load(CommandContext context, string version, string dataFolder, out int exitCode)
        {
            exitCode = ExitCodes.Ok;
            if (File.Exists(version))
            {
                try
                {
                    return DatasetSource.FromExport(version);
                }
                catch (JsonException e)
                {
                    context.Error.WriteLine($"reportsdk: {version} is not an export JSON file: {e.Message}");
                    exitCode = ExitCodes.DataErrors;
                    return null;
                }
                catch (System.Collections.Generic.KeyNotFoundException)
                {
                    context.Error.WriteLine($"reportsdk: {version} is JSON but not a reportsdk export");
                    exitCode = ExitCodes.DataErrors;
                    return null;
                }
            }
            if (!DatasetSource.IsGitRef(version))
            {
                context.Error.WriteLine($"reportsdk: '{version}' is neither an export file nor a git ref of the repository here");
                exitCode = ExitCodes.Usage;
                return null;
            }
            var source = DatasetSource.FromGitRef(version, dataFolder, out var problem);
            if (source is null)
            {
                context.Error.WriteLine("reportsdk: " + problem);
                exitCode = ExitCodes.DataErrors;
            }
            return source;
        }
    }
}
