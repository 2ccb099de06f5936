using ReportSdk.Compiler.Text;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// What no text value of the command line may be, whatever the option: empty or only spaces, a
    /// lone <c>-</c> (reportsdk reads and writes files by name, never standard input through '-'),
    /// or holding a line break or another control character (a pasted value cut in the wrong place).
    /// Each is a usage error that names the option and what to give instead, before any file is
    /// touched; <see cref="Apply"/> puts the rule on every text option and argument of the tree, so
    /// a new one has it too.
    /// </summary>
    internal static class TextValues
    {
        /// <summary>Adds the rule to every text option and argument under <paramref name="command"/> (choices check their own values).</summary>
        public static void Apply(Command command)
        {
            foreach (var option in command.Options.Where(o => IsText(o.ValueType) && o.Validators.Count == 0))
            {
                option.Validators.Add(result => Check(result, option.Name, command));
            }
            foreach (var argument in command.Arguments.Where(a => IsText(a.ValueType)))
            {
                argument.Validators.Add(result => Check(result, $"<{argument.Name}>", command));
            }
            foreach (var subcommand in command.Subcommands) Apply(subcommand);
        }

        /// <summary>Why <paramref name="value"/> cannot be the value of <paramref name="name"/>, or null.</summary>
        public static string? Problem(string name, string value)
        {
            if (value.Trim().Length == 0) return $"{name} is {(value.Length == 0 ? "empty" : "only spaces")}: give a value";
            if (value == "-") return $"{name} '-': reportsdk reads and writes files by name, not standard input or output through '-'; give a file or folder";
            if (value.Any(char.IsControl)) return $"{name} '{LineText.Escape(value)}' holds a line break or another control character: give the value on one line";
            return null;
        }

        private static void Check(SymbolResult result, string name, Command command)
        {
            foreach (var token in result.Tokens)
            {
                if (Problem(name, token.Value) is { } problem) result.AddError($"{problem} (see 'reportsdk help {command.Name}')");
            }
        }

        private static bool IsText(Type type) => type == typeof(string) || type == typeof(string[]) || type == typeof(IReadOnlyList<string>);
    }
}
