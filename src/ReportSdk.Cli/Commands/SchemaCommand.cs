using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Curation.EditorSchemas;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk schema [PATH…] [--out DIR]</c>: prints the code lists of the registries under
    /// PATH (units, indicators, regions, with the section roles) as <c>codes.schema.json</c>, the
    /// schema that report.schema.json and registry.schema.json refer to, so that editors complete
    /// exactly these codes; and writes those two schemas beside it (the tool's own copies), because
    /// an editor finds codes.schema.json beside the schema that refers to it. Only the registries
    /// are read and checked: a report with an unknown code is what the schema is for, not a reason
    /// to refuse it. Exit 1 when the registries have errors, 2 on a usage problem (no registries,
    /// a folder that does not exist).
    /// </summary>
    internal static class SchemaCommand
    {
        public static Command Create(CommandContext context)
        {
            var paths = CommandContext.PathsArgument();
            paths.Description = "The data folder, or registry or report files (default: data)";
            var output = new Option<string?>("--out") { Description = "Folder to write codes.schema.json to (default: the folder of the registries)" };
            var command = new Command("schema", "Write codes.schema.json: the registries' codes for completion in editors") { paths, output };
            command.SetAction(result => Run(context, context.PathsOrDefault(result.GetValue(paths)), result.GetValue(output)));
            return command;
        }

        private static int Run(CommandContext context, IReadOnlyList<string> paths, string? outFolder)
        {
            if (!context.TryReadFiles(paths, out var given)) return ExitCodes.Usage;
            // The registries given, else those above the first report given (as every command finds them).
            var files = given.Where(f => DatasetCompiler.IsRegistry(f.Path)).Concat(DataFiles.MissingRegistries(given)).ToList();
            if (files.Count == 0)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: no registries ({string.Join(", ", Compiler.Parsing.RegistryParser.FileNames)}) under {string.Join(", ", paths.Select(p => $"'{p}'"))}"));
                return ExitCodes.Usage;
            }
            var registry = new CompileSession().CheckRegistry(files);
            if (registry.HasErrors)
            {
                FindingWriter.Write(context.Error, registry.Findings, FindingFormat.Text, CommandContext.ToolVersion);
                context.Error.WriteLine("reportsdk: the registries have errors; no schema written");
                return ExitCodes.DataErrors;
            }

            var folder = outFolder ?? Path.GetDirectoryName(Path.GetFullPath(files.OrderBy(f => f.Path, StringComparer.Ordinal).First().Path))!;
            if (!Directory.Exists(folder))
            {
                context.Error.WriteLine("reportsdk: " + LineText.Escape(File.Exists(folder)
                    ? $"--out '{folder}' is a file; give the folder to write {CodeListSchemaWriter.FileName} to"
                    : $"--out folder '{folder}' does not exist"));
                return ExitCodes.Usage;
            }
            var counts = $"{registry.Resolved.Units.Count} units, {registry.Resolved.Indicators.Count} indicators, {registry.Resolved.Regions.Count} regions, {Compiler.Model.Codes.SectionRoles.Count} section roles";
            var schemas = new List<(string Name, byte[] Bytes, string Note)> { (CodeListSchemaWriter.FileName, CodeListSchemaWriter.Write(registry.Resolved), counts) };
            schemas.AddRange(EditorSchemas.Names.Select(name => (name, EditorSchemas.Read(name), "the tool's copy")));
            foreach (var (name, bytes, note) in schemas)
            {
                var target = Path.Combine(folder, name);
                // An unchanged file is left alone, so its time stamp says when it last changed.
                if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
                {
                    context.Output.WriteLine(LineText.Escape($"{DataFiles.Display(target)} is up to date ({note})"));
                    continue;
                }
                try
                {
                    AtomicFile.WriteAllBytes(target, bytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return context.CannotWrite(target, e);
                }
                context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(target)} ({note})"));
            }
            return ExitCodes.Ok;
        }
    }
}
