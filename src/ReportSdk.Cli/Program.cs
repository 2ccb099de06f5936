using System;
using System.CommandLine;
using System.Linq;
using System.Text;
using ReportSdk.Cli.Commands;
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

        /// <summary>Runs a command line with the given output streams; returns the exit code (0 ok, 1 data errors, 2 usage).</summary>
        public static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            var context = new CommandContext(output, error);
            var root = new RootCommand("reportsdk: typed, validated Chinese government report data")
            {
                ValidateCommand.Create(context),
                ExportCommand.Create(context),
                TargetsCommand.Create(context),
                CoverageCommand.Create(context),
                DiffCommand.Create(context),
            };
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var message in result.Errors.Select(e => e.Message).Distinct()) error.WriteLine("reportsdk: " + LineText.Escape(message));
                error.WriteLine("Run 'reportsdk --help' for usage.");
                return ExitCodes.Usage;
            }
            try
            {
                // Our own handlers below turn exceptions into one-line messages and exit codes.
                return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                error.WriteLine("reportsdk: " + LineText.Escape(e.Message));
                return ExitCodes.Usage;
            }
            catch (Exception e)
            {
                // A bug of ours, not of the data: say so in one line; REPORTSDK_DEBUG=1 shows the stack.
                error.WriteLine($"reportsdk: internal error ({e.GetType().Name}): {LineText.Escape(e.Message)}");
                if (Environment.GetEnvironmentVariable("REPORTSDK_DEBUG") == "1") error.WriteLine(e);
                return ExitCodes.DataErrors;
            }
        }
    }
}
