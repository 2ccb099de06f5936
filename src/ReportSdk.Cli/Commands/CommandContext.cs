using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>What every command shares: its output streams and loading the data with findings reported.</summary>
    internal sealed class CommandContext
    {
        private readonly Func<string, string?> _environment;

        public CommandContext(TextWriter output, TextWriter error, Func<string, string?>? environment = null)
        {
            Output = output;
            Error = error;
            _environment = environment ?? Environment.GetEnvironmentVariable;
        }

        public TextWriter Output { get; }

        public TextWriter Error { get; }

        /// <summary>
        /// An environment variable's value; null when it is not set or empty. Read through the
        /// context so that a test (or a host) decides what a command sees, e.g. GITHUB_STEP_SUMMARY.
        /// </summary>
        public string? EnvironmentVariable(string name) => _environment(name) is { Length: > 0 } value ? value : null;

        /// <summary>The tool's package version (from Nerdbank.GitVersioning), also the version of the data it exports.</summary>
        public static string ToolVersion { get; } =
            typeof(CommandContext).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PackageVersion")?.Value ?? "0.0.0";

        /// <summary>
        /// The PATH… argument every data command takes. A token that starts with '-' is an
        /// unknown option, not a path (a list argument would otherwise swallow it).
        /// </summary>
        public static System.CommandLine.Argument<string[]> PathsArgument()
        {
            var paths = new System.CommandLine.Argument<string[]>("paths")
            {
                Arity = System.CommandLine.ArgumentArity.ZeroOrMore,
                Description = "Report YAML files or folders (default: data)",
            };
            paths.Validators.Add(result =>
            {
                // A lone '-' is no option: TextValues says what it is.
                foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("-", StringComparison.Ordinal) && t.Value != "-"))
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            });
            return paths;
        }

        /// <summary>
        /// The paths given, or the data folder in the current folder when none were: <c>data</c>, or
        /// <c>schemas</c> (its old name) with warning REPORTSDK0002 when only that exists (<see cref="DataFolder"/>).
        /// </summary>
        public IReadOnlyList<string> PathsOrDefault(string[]? paths)
            => paths is { Length: > 0 } ? paths : new[] { DefaultDataFolder() };

        /// <summary>The data folder to use when none is given: <see cref="DataFolder.Resolve"/>, its warning on standard error.</summary>
        public string DefaultDataFolder() => DataFolder.Resolve(Warn);

        /// <summary>
        /// Loads the data. On a usage problem or data errors, reports them on standard error and
        /// returns null with the exit code to use.
        /// </summary>
        public Compiler.Compiling.CompiledDataset? LoadValid(IReadOnlyList<string> paths, out int exitCode) => LoadValid(paths, out exitCode, out _);

        /// <summary>
        /// As <see cref="LoadValid(IReadOnlyList{string}, out int)"/>; <paramref name="inputFiles"/>
        /// are the full paths of every file read (data files, registries, source texts).
        /// </summary>
        public Compiler.Compiling.CompiledDataset? LoadValid(IReadOnlyList<string> paths, out int exitCode, out IReadOnlyList<string> inputFiles)
        {
            inputFiles = Array.Empty<string>();
            if (!TryReadFiles(paths, out var files) || !HasReports(paths, files))
            {
                exitCode = ExitCodes.Usage;
                return null;
            }
            var dataset = DatasetLoader.Compile(files, out inputFiles);
            if (dataset.HasErrors)
            {
                FindingWriter.Write(Error, dataset.Findings, FindingFormat.Text, ToolVersion);
                Error.WriteLine($"reportsdk: the data has errors; run 'reportsdk validate' for details");
                exitCode = ExitCodes.DataErrors;
                return null;
            }
            exitCode = ExitCodes.Ok;
            return dataset;
        }

        /// <summary>
        /// The data files under <paramref name="paths"/>; a symbolic link not followed (a loop, a
        /// folder read already) is one warning line on standard error.
        /// </summary>
        /// <exception cref="FileNotFoundException">A path does not exist (a usage error).</exception>
        public IReadOnlyList<Compiler.Compiling.InputFile> ReadFiles(IReadOnlyList<string> paths)
            => DataFiles.Read(paths, Warn);

        /// <summary>
        /// <see cref="ReadFiles"/>, with a path that does not exist reported as a usage error
        /// (one line on standard error); false then, and the command exits <see cref="ExitCodes.Usage"/>.
        /// </summary>
        public bool TryReadFiles(IReadOnlyList<string> paths, out IReadOnlyList<Compiler.Compiling.InputFile> files)
        {
            try
            {
                files = ReadFiles(paths);
                return true;
            }
            catch (FileNotFoundException e)
            {
                Error.WriteLine("reportsdk: " + LineText.Escape(e.Message));
                files = Array.Empty<Compiler.Compiling.InputFile>();
                return false;
            }
        }

        /// <summary>
        /// Reports that <paramref name="file"/> could not be written (one line on standard error) and
        /// returns the exit code: <see cref="ExitCodes.DataErrors"/> for a read-only file, refused as
        /// a plain write would be; <see cref="ExitCodes.Usage"/> for a place that cannot take the file
        /// (a missing folder, a folder where the file should be).
        /// </summary>
        public int CannotWrite(string file, Exception e)
        {
            Error.WriteLine("reportsdk: " + LineText.Escape(e is ReadOnlyFileException ? e.Message : $"cannot write '{file}': {e.Message}"));
            return e is ReadOnlyFileException ? ExitCodes.DataErrors : ExitCodes.Usage;
        }

        /// <summary>
        /// Whether <paramref name="files"/> hold a report; when not (registries alone, source texts
        /// alone, an empty folder, a file of another kind), says so on standard error: a command on
        /// no report at all is a wrong path, not an empty result.
        /// </summary>
        public bool HasReports(IReadOnlyList<string> paths, IReadOnlyList<Compiler.Compiling.InputFile> files)
        {
            if (files.Any(f => Compiler.Compiling.DatasetCompiler.IsReport(f.Path))) return true;
            var registries = files.Any(f => Compiler.Compiling.DatasetCompiler.IsRegistry(f.Path)) ? " (only registries)" : "";
            Error.WriteLine(LineText.Escape($"reportsdk: no report files (*.yaml) under {string.Join(", ", paths.Select(p => $"'{p}'"))}{registries}"));
            return false;
        }

        /// <summary>One warning line on standard error: <c>reportsdk: warning: …</c>, kept on one line.</summary>
        public void Warn(string message) => Error.WriteLine("reportsdk: warning: " + LineText.Escape(message));

        /// <summary>One warning line with a code on standard error: <c>reportsdk: warning CODE: …</c>, as MSBuild writes one.</summary>
        public void Warn(string code, string message) => Error.WriteLine($"reportsdk: warning {code}: " + LineText.Escape(message));

        /// <summary>The runtime objects of a compiled dataset, stamped with the tool's version.</summary>
        public static ReportDataset Read(Compiler.Compiling.CompiledDataset dataset) => DatasetLoader.Read(dataset, ToolVersion);
    }
}
