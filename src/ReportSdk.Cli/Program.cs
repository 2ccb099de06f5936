using ReportSdk.Compiler.Text;
using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using System.Threading;
using ReportSdk.Cli.Commands;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli
{
    /// <summary>The <c>reportsdk</c> command line.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            return Run(args, Console.Out, Console.Error);
        }

        /// <summary>Runs a command line with the given output streams; returns the exit code (0 ok, 1 data errors, 2 usage, 3 diff --fail-on reached).</summary>
        public static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error)
            => Run(args, output, error, Environment.GetEnvironmentVariable);

        /// <summary>As <see cref="Run(string[], System.IO.TextWriter, System.IO.TextWriter)"/>, with the environment variables the commands see.</summary>
        public static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error, Func<string, string?> environment)
            => Run(args, output, error, environment, CancellationToken.None);

        /// <summary>
        /// As <see cref="Run(string[], System.IO.TextWriter, System.IO.TextWriter, Func{string, string?})"/>;
        /// <paramref name="cancel"/> stops a command that runs until Ctrl+C (<c>validate --watch</c>) as Ctrl+C would.
        /// </summary>
        internal static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error, Func<string, string?> environment, CancellationToken cancel)
        {
            var root = Root(new CommandContext(output, error, environment));
            if (args.Length == 0)
            {
                // No command is a usage error (exit 2, as git and dotnet do); the help goes to
                // standard error, so that standard output only ever holds a command's results.
                HelpCommand.Write(root, null, error);
                return ExitCodes.Usage;
            }
            try
            {
                // Parsed inside the handlers: a validator of ours that throws is a bug to report in one line too.
                var result = root.Parse(args);
                if (result.Errors.Count > 0)
                {
                    foreach (var message in UsageErrors.Explain(result)) error.WriteLine("reportsdk: " + LineText.Escape(message));
                    error.WriteLine("Run 'reportsdk --help' for usage.");
                    return ExitCodes.Usage;
                }
                // Our own handlers below turn exceptions into one-line messages and exit codes.
                using var limit = InputFiles.LimitFrom(environment);
                var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
                return cancel.CanBeCanceled ? result.InvokeAsync(configuration, cancel).GetAwaiter().GetResult() : result.Invoke(configuration);
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                error.WriteLine("reportsdk: " + LineText.Escape(e.Message));
                return e is ReadOnlyFileException ? ExitCodes.DataErrors : ExitCodes.Usage;
            }
            catch (Exception e)
            {
                // A bug of ours, not of the data: say so in one line; REPORTSDK_DEBUG=1 shows the stack.
                error.WriteLine($"reportsdk: internal error ({e.GetType().Name}): {LineText.Escape(e.Message)}");
                if (Environment.GetEnvironmentVariable("REPORTSDK_DEBUG") == "1") error.WriteLine(e);
                return ExitCodes.DataErrors;
            }
        }

        /// <summary>
        /// The command tree: every command with its options and arguments. Tests walk it, so that a
        /// new command or option is covered without being listed again.
        /// </summary>
        internal static Command Root(CommandContext context)
        {
            // A Command named explicitly, not a RootCommand, which takes the executable's file name
            // (ReportSdk.Cli) for the usage line: help says "Usage: reportsdk" however it is started.
            var root = new Command("reportsdk", "reportsdk: typed, validated Chinese government report data")
            {
                new System.CommandLine.Help.HelpOption(),
                new VersionOption(),
                ValidateCommand.Create(context),
                ExportCommand.Create(context),
                TargetsCommand.Create(context),
                CoverageCommand.Create(context),
                DiffCommand.Create(context),
                SchemaCommand.Create(context),
                SiteCommand.Create(context),
                InitCommand.Create(context),
                NewReportCommand.Create(context),
                HashCommand.Create(context),
                DraftCommand.Create(context),
                HelpCommand.Create(context),
            };
            TextValues.Apply(root);
            return root;
        }
    }
}
