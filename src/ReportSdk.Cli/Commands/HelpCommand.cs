using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Diagnostics;
using System.CommandLine;
using System.Linq;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk help [COMMAND]</c>: the same help as <c>--help</c>, for those who type it the
    /// way git and dotnet take it. Exit 0; an unknown command is a usage error with a suggestion.
    /// </summary>
    internal static class HelpCommand
    {
        public static Command Create(CommandContext context)
        {
            var name = new Argument<string?>("command") { Arity = ArgumentArity.ZeroOrOne, Description = "The command to explain" };
            var command = new Command("help", "Show help for reportsdk or one of its commands") { name };
            command.SetAction(result => Show(context, result.RootCommandResult.Command, result.GetValue(name)));
            return command;
        }

        /// <summary>Writes the help of <paramref name="root"/>, or of its command <paramref name="name"/>, to standard output.</summary>
        public static int Show(CommandContext context, Command root, string? name)
        {
            if (name is not null && !root.Subcommands.Any(c => c.Name == name))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: unknown command '{name}'{Hints.DidYouMean(name, root.Subcommands.Select(c => c.Name))}"));
                return ExitCodes.Usage;
            }
            return Write(root, name, context.Output);
        }

        /// <summary>The help text of the root or one command, written to <paramref name="output"/>.</summary>
        public static int Write(Command root, string? name, System.IO.TextWriter output)
        {
            var args = name is null ? new[] { "--help" } : new[] { name, "--help" };
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
        }
    }
}
