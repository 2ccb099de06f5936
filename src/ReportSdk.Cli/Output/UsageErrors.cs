using ReportSdk.Compiler.Diagnostics;
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The parser's errors in plain words, each with what to do: an unknown command with the one
    /// it was likely meant to be, an option value with what the option takes (<c>--year takes a
    /// whole number, e.g. 2021, not 'abc'</c>) instead of a .NET type name.
    /// </summary>
    internal static class UsageErrors
    {
        private static readonly Regex CannotParse = new(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        private static readonly Regex NotRecognized = new(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<list>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        private static readonly Regex Unrecognized = new(@"^Unrecognized command or argument '(?<value>.*)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
        private static readonly Regex MissingValue = new(@"^Required argument missing for option: '(?<option>[^']+)'\.?$", RegexOptions.CultureInvariant);
        private static readonly Regex UnknownOption = new(@"^unknown option '(?<value>.*)'$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        /// <summary>One line per distinct error of <paramref name="result"/>, in the parser's order.</summary>
        public static IEnumerable<string> Explain(ParseResult result)
        {
            var lines = result.Errors.Select(e => Explain(e, result)).Distinct(StringComparer.Ordinal).ToList();
            // "valdate" is both an unknown command and a missing one: the first says it all.
            // The first unknown command is the mistake; the tokens after it are unmatched only because of it.
            var unknownCommand = lines.FirstOrDefault(l => l.StartsWith("unknown command", StringComparison.Ordinal));
            return unknownCommand is null ? lines : new[] { unknownCommand };
        }

        private static string Explain(ParseError error, ParseResult result)
        {
            var message = error.Message;
            var command = result.CommandResult.Command;
            if (CannotParse.Match(message) is { Success: true } parse)
            {
                return $"{parse.Groups["option"].Value} takes {Words(parse.Groups["type"].Value)}, not '{parse.Groups["value"].Value}'";
            }
            if (NotRecognized.Match(message) is { Success: true } choice)
            {
                var allowed = Regex.Matches(choice.Groups["list"].Value, "'([^']*)'").Select(m => m.Groups[1].Value).ToList();
                var option = OptionOf(error) is { } name ? name + " takes" : "expected";
                var value = choice.Groups["value"].Value;
                return $"{option} one of {string.Join(", ", allowed)}, not '{value}'{Hints.DidYouMean(value, allowed)}";
            }
            if (Unrecognized.Match(message) is { Success: true } unrecognized)
            {
                var value = unrecognized.Groups["value"].Value;
                var subcommands = command.Subcommands.Select(c => c.Name).ToList();
                if (subcommands.Count > 0 && !value.StartsWith("-", StringComparison.Ordinal))
                {
                    return $"unknown command '{value}'{Hints.DidYouMean(value, subcommands)}";
                }
                return value.StartsWith("-", StringComparison.Ordinal)
                    ? $"unknown option '{value}'{Hints.DidYouMean(value, OptionNames(command))}"
                    : $"unexpected argument '{value}' for '{command.Name}'";
            }
            if (UnknownOption.Match(message) is { Success: true } unknown)
            {
                return message + Hints.DidYouMean(unknown.Groups["value"].Value, OptionNames(command));
            }
            if (MissingValue.Match(message) is { Success: true } missing)
            {
                return $"{missing.Groups["option"].Value} needs a value";
            }
            if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            {
                return $"'{command.Name}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}";
            }
            return message;
        }

        /// <summary>What a value of a .NET type is, in words.</summary>
        private static string Words(string type)
        {
            if (type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal)) return "a whole number, e.g. 2021";
            if (type.Contains("Decimal", StringComparison.Ordinal) || type.Contains("Double", StringComparison.Ordinal)) return "a number, e.g. 8.5";
            if (type.Contains("Boolean", StringComparison.Ordinal)) return "true or false";
            return "a value of another kind";
        }

        private static string? OptionOf(ParseError error)
        {
            for (var symbol = error.SymbolResult; symbol is not null; symbol = symbol.Parent)
            {
                if (symbol is OptionResult option) return option.Option.Name;
            }
            return null;
        }

        private static IEnumerable<string> OptionNames(Command command)
            => command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }
}
