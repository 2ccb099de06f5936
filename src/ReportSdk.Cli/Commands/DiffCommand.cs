using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSdk.Cli.Diffing;
using ReportSdk.Cli.Loading;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk diff OLD NEW</c>: what was added, removed and changed between two dataset
    /// versions — two export JSON files or two git refs — and the smallest version bump the
    /// policy of docs/versioning.md allows. With <c>--fail-on LEVEL</c> it exits
    /// <see cref="ExitCodes.BumpAtLeastFailOn"/> (3) when that bump or a larger one is needed.
    /// </summary>
    internal static class DiffCommand
    {
        public static Command Create(CommandContext context)
        {
            var oldArgument = new Argument<string>("old") { Description = "The older version: an export JSON file or a git ref" };
            var newArgument = new Argument<string>("new") { Description = "The newer version: an export JSON file or a git ref" };
            var data = new Option<string>("--data") { Description = "For git refs: the data folder in the repository", DefaultValueFactory = _ => DataFolder.Default };
            var failOn = FailOnOption();
            var command = new Command("diff", "Compare two dataset versions and say which version bump they need") { oldArgument, newArgument, data, failOn };
            command.SetAction(result =>
            {
                var (before, after) = (result.GetValue(oldArgument)!, result.GetValue(newArgument)!);
                // --data is read only for a git ref: given with two export files, it is a mistake to say, not to ignore.
                if (result.GetResult(data) is { Implicit: false } && File.Exists(before) && File.Exists(after))
                {
                    context.Error.WriteLine("reportsdk: --data is for git refs only, and both versions are export files: leave it out");
                    return ExitCodes.Usage;
                }
                return Run(context, before, after, result.GetValue(data)!, result.GetResult(data) is null or { Implicit: true }, FailOnLevel(result.GetValue(failOn)));
            });
            return command;
        }

        /// <summary>
        /// <c>--fail-on major|minor|patch</c>: exit <see cref="ExitCodes.BumpAtLeastFailOn"/> when the
        /// changes need that bump or a larger one, so CI can stop an unplanned breaking change. Any
        /// other value is a usage error that names the accepted ones.
        /// </summary>
        private static Option<string?> FailOnOption()
        {
            var option = new Option<string?>("--fail-on")
            {
                Description = $"Exit {ExitCodes.BumpAtLeastFailOn} when the changes need this version bump or a larger one: major, minor or patch",
                HelpName = "major|minor|patch",
            };
            option.Validators.Add(result =>
            {
                var value = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (value is not null && FailOnLevel(value) == VersionBump.None)
                {
                    result.AddError($"--fail-on takes major, minor or patch, not '{value}'");
                }
            });
            return option;
        }

        /// <summary>The bump a --fail-on value names; <see cref="VersionBump.None"/> for none or an unknown value.</summary>
        private static VersionBump FailOnLevel(string? value) => value switch
        {
            "major" => VersionBump.Major,
            "minor" => VersionBump.Minor,
            "patch" => VersionBump.Patch,
            _ => VersionBump.None,
        };

        private static int Run(CommandContext context, string oldVersion, string newVersion, string dataFolder, bool defaultFolder, VersionBump failOn)
        {
            var before = Load(context, oldVersion, dataFolder, defaultFolder, out var exitCode);
            if (before is null) return exitCode;
            var after = Load(context, newVersion, dataFolder, defaultFolder, out exitCode);
            if (after is null) return exitCode;

            var changes = DatasetDiff.Compare(before.Export, after.Export, before.IndicatorCodes, after.IndicatorCodes);
            foreach (var change in changes) context.Output.WriteLine(change.ToString());
            var counts = string.Join(", ", new[] { "removed", "added", "changed" }.Select(k => $"{changes.Count(c => c.Kind == k)} {k}"));
            var required = DatasetDiff.RequiredBump(changes);
            context.Output.WriteLine($"smallest version bump allowed: {Name(required)} ({counts})");
            if (failOn != VersionBump.None && required >= failOn)
            {
                context.Error.WriteLine($"reportsdk: the changes need a {Name(required)} version bump (--fail-on {Name(failOn)})");
                return ExitCodes.BumpAtLeastFailOn;
            }
            return ExitCodes.Ok;
        }

        private static string Name(VersionBump bump) => bump.ToString().ToLowerInvariant();

        private static DatasetSource? Load(CommandContext context, string version, string dataFolder, bool defaultFolder, out int exitCode)
        {
            exitCode = ExitCodes.Ok;
            if (File.Exists(version))
            {
                try
                {
                    return DatasetSource.FromExport(version);
                }
                catch (InvalidDataException e)
                {
                    context.Error.WriteLine($"reportsdk: {version} is not an export that ReportDataset.Load accepts: {e.Message}");
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
            // A ref from before the data folder's rename holds schemas/: read with the warning, as the folder here would be.
            if (defaultFolder && !DatasetSource.HasFolder(version, DataFolder.Default) && DatasetSource.HasFolder(version, DataFolder.OldName))
            {
                context.Warn(DataFolder.OldNameCode, $"{version}: " + DataFolder.OldNameMessage.Replace("(git mv schemas data)", "(git mv schemas data), or give --data"));
                dataFolder = DataFolder.OldName;
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
