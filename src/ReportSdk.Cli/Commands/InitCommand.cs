using ReportSdk.Compiler.Text;
using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Curating;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk init [DIR]</c>: a data folder ready for another team (default <c>data</c>): the
    /// registries, the JSON Schemas for editors and a small sample report with its source, which
    /// validate together; then the lines to put in the project file. Refuses to overwrite: when any
    /// of its files exists it writes nothing and exits 2, naming them.
    /// </summary>
    internal static class InitCommand
    {
        public static Command Create(CommandContext context)
        {
            // No default value here: the default is chosen when the command runs (data; schemas, its old name, where only that exists).
            var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = "The data folder to create (default: data)" };
            var command = new Command("init", "Create a data folder: registries, editor schemas and a sample report") { folder };
            command.SetAction(result => Run(context, result.GetValue(folder) ?? context.DefaultDataFolder()));
            return command;
        }

        private static int Run(CommandContext context, string folder)
        {
            if (File.Exists(folder))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: '{folder}' is a file; give a folder to create"));
                return ExitCodes.Usage;
            }
            var files = StarterData.Files().Select(f => (Full: Path.Combine(folder, f.Path.Replace('/', Path.DirectorySeparatorChar)), f.Bytes)).ToList();
            var existing = files.Where(f => File.Exists(f.Full) || Directory.Exists(f.Full)).Select(f => $"'{DataFiles.Display(f.Full)}'").ToList();
            if (existing.Count > 0)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: not overwriting {string.Join(", ", existing)}; nothing written (init a new folder, or remove them first)"));
                return ExitCodes.Usage;
            }
            foreach (var (full, bytes) in files)
            {
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(full))!);
                    AtomicFile.WriteAllBytes(full, bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return context.CannotWrite(DataFiles.Display(full), e);
                }
                context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(full)}"));
            }

            var dataset = DatasetLoader.Load(new[] { folder });
            if (dataset.HasErrors)
            {
                // The starter data is built into the tool and tested; errors here are a bug of ours.
                FindingWriter.Write(context.Error, dataset.Findings, FindingFormat.Text, CommandContext.ToolVersion);
                return ExitCodes.DataErrors;
            }
            context.Output.WriteLine($"the sample report validates: {dataset.Reports.Count} report, 0 errors");
            context.Output.WriteLine("");
            WriteProjectLines(context, folder);
            return ExitCodes.Ok;
        }

        /// <summary>
        /// Whether this reportsdk runs from an installed ReportSdk.Cli package (its files under the package's
        /// folder, …/reportsdk.cli/&lt;version&gt;/tools/…), which came from a feed that has ReportSdk of the same version.
        /// </summary>
        private static bool InstalledFromPackage()
        {
            var location = typeof(InitCommand).Assembly.Location.Replace('\\', '/');
            return location.Contains("/reportsdk.cli/" + CommandContext.ToolVersion.ToLowerInvariant() + "/", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>What the project file needs: the package, and the data folder when it is not ./data (the package's default).</summary>
        private static void WriteProjectLines(CommandContext context, string folder)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder)).Replace('\\', '/');
            var outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
            context.Output.WriteLine("Add to the project file (.csproj) of the project in this folder:");
            context.Output.WriteLine("  <ItemGroup>");
            context.Output.WriteLine($"    <PackageReference Include=\"ReportSdk\" Version=\"{CommandContext.ToolVersion}\" />");
            context.Output.WriteLine("  </ItemGroup>");
            // The ReportSdk package of this version is on the feed the tool came from; a tool built from source has no feed.
            if (!InstalledFromPackage())
            {
                context.Output.WriteLine(LineText.Escape($"ReportSdk {CommandContext.ToolVersion} is the version of this reportsdk, built from source: no package feed has it yet. "
                    + "Run 'dotnet pack ReportSdk.sln' in the ReportSdk repository and add its artifacts/packages folder as a source "
                    + "('dotnet nuget add source <repository>/artifacts/packages --name reportsdk'), or use the version of a ReportSdk package your feed has."));
            }
            if (relative != DataFolder.Default)
            {
                var value = outside ? Path.GetFullPath(folder).Replace('\\', '/') : "$(MSBuildProjectDirectory)/" + relative;
                context.Output.WriteLine("  <PropertyGroup>");
                context.Output.WriteLine(LineText.Escape($"    <ReportSdkDataFolder>{value}</ReportSdkDataFolder>"));
                context.Output.WriteLine("  </PropertyGroup>");
            }
            context.Output.WriteLine(LineText.Escape($"Next: reportsdk new-report --source FILE --id ID{(relative == DataFolder.Default ? "" : $" --out {folder}")} (the region is found in the text; --region to give it)"));
        }
    }
}
