using System.CommandLine;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>One command line of the argument fuzz: the arguments, what was made odd in them, and whether that may be right there (<see cref="OddValue.MayBeValid"/>).</summary>
internal sealed record ArgumentCase(string[] Args, string What, bool MayBeValid = false)
{
    /// <summary>The command line as a shell would show it, each argument quoted.</summary>
    public override string ToString() => string.Join(" ", Args.Select(a => "'" + a.Replace("\n", "\\n", StringComparison.Ordinal) + "'")) + " (" + What + ")";
}

/// <summary>
/// The argument fuzz's command lines, from the command tree itself (<see cref="Program.Root"/>), so
/// that a new command, argument or option is covered without being listed here. Each command runs
/// with good values for what it needs (<see cref="OddInputs.Data"/> for its paths, the export for
/// <c>diff</c>) and one of them, or one option, odd: every odd value of <see cref="OddInputs"/> for a
/// text, a few bad numbers for a number, a flag with each odd path and with a value of its own — a
/// sample per kind of value, not every combination.
/// </summary>
internal static class ArgumentCases
{
    private static readonly string[] BadNumbers = ["", "abc", "-1", "0", "99999999999", "2021.5", "２０２１"];

    public static IEnumerable<ArgumentCase> All(Command root, OddInputs inputs)
    {
        foreach (var (command, path) in Commands(root, []))
        {
            foreach (var argument in command.Arguments)
            {
                foreach (var odd in inputs.Values)
                {
                    yield return new([.. path, .. Baseline(command, inputs, replacing: argument, odd.Value), .. RequiredOptions(command, inputs, except: null)], $"{argument.Name}: {odd.What}", odd.MayBeValid);
                }
            }
            foreach (var option in command.Options.Where(o => o is not System.CommandLine.Help.HelpOption and not VersionOption))
            {
                var others = RequiredOptions(command, inputs, except: option);
                if (option.ValueType == typeof(bool))
                {
                    yield return new([.. path, .. Baseline(command, inputs), .. others, option.Name + "=maybe"], $"{option.Name} with a value");
                    var paths = command.Arguments.FirstOrDefault();
                    if (paths is null) continue;
                    foreach (var odd in inputs.Values)
                    {
                        yield return new([.. path, .. Baseline(command, inputs, replacing: paths, odd.Value), .. others, option.Name], $"{option.Name}, {paths.Name}: {odd.What}", odd.MayBeValid);
                    }
                    continue;
                }
                var values = option.ValueType == typeof(int) || option.ValueType == typeof(int?)
                    ? BadNumbers.Select(n => new OddValue("number " + n, n))
                    : inputs.Values;
                foreach (var odd in values)
                {
                    yield return new([.. path, .. Baseline(command, inputs), .. others, option.Name, odd.Value], $"{option.Name}: {odd.What}", odd.MayBeValid);
                }
                yield return new([.. path, .. Baseline(command, inputs), .. others, option.Name], $"{option.Name} without its value");
            }
        }
    }

    private static IEnumerable<(Command Command, string[] Path)> Commands(Command parent, string[] path)
    {
        foreach (var command in parent.Subcommands)
        {
            string[] here = [.. path, command.Name];
            yield return (command, here);
            foreach (var below in Commands(command, here)) yield return below;
        }
    }

    /// <summary>Good values for the command's arguments, one of them replaced by <paramref name="value"/>.</summary>
    private static IEnumerable<string> Baseline(Command command, OddInputs inputs, Argument? replacing = null, string? value = null)
    {
        foreach (var argument in command.Arguments)
        {
            if (argument == replacing) yield return value!;
            else
            {
                yield return argument.Name switch
                {
                    "old" or "new" => inputs.Export,
                    "folder" => inputs.Fresh(),
                    "command" => "validate",
                    _ => inputs.Data,
                };
            }
        }
    }

    /// <summary>Good values for the command's required options (and for <c>new-report</c>'s data folder), but for <paramref name="except"/>.</summary>
    private static IEnumerable<string> RequiredOptions(Command command, OddInputs inputs, Option? except)
    {
        foreach (var option in command.Options.Where(o => o != except))
        {
            string? good = (command.Name, option.Name) switch
            {
                (_, "--source") => inputs.SourceText,
                (_, "--id") => "fuzz-2021-gwr",
                ("new-report", "--out") => inputs.NewReportData,
                _ when option.Required => inputs.Data,
                _ => null,
            };
            if (good is null) continue;
            yield return option.Name;
            yield return good;
        }
    }
}
