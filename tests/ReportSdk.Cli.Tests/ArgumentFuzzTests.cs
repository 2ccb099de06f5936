using System.Diagnostics;
using ReportSdk.Cli.Commands;
using ReportSdk.Cli.Tests.TestSupport;
using Xunit.Abstractions;

namespace ReportSdk.Cli.Tests;

/// <summary>It changes the current folder, so it runs alone.</summary>
[CollectionDefinition(nameof(CurrentFolderCollection), DisableParallelization = true)]
public sealed class CurrentFolderCollection
{
}

/// <summary>
/// Every command and option of the command tree with bad arguments (<see cref="ArgumentCases"/>,
/// <see cref="OddInputs"/>): each run ends with exit 1 or 2 and says why, never an internal error
/// or a stack trace, and nothing hangs; only a value that may be right where it stands
/// (<see cref="OddValue.MayBeValid"/>) may be accepted. docs/reliability.md gives the figures.
/// </summary>
[Collection(nameof(CurrentFolderCollection))]
public class ArgumentFuzzTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [Fact]
    public void Every_command_and_option_given_bad_arguments_ends_in_exit_1_or_2_with_a_message_never_an_internal_error()
    {
        using var inputs = new OddInputs();
        var before = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(inputs.Scratch);
        try
        {
            var root = Program.Root(new CommandContext(TextWriter.Null, TextWriter.Null));
            var cases = ArgumentCases.All(root, inputs).ToList();
            var failures = new List<string>();
            var clock = Stopwatch.StartNew();
            var exits = new SortedDictionary<int, int>();
            foreach (var fuzzCase in cases)
            {
                var result = Run(fuzzCase.Args);
                if (result is not null) exits[result.ExitCode] = exits.GetValueOrDefault(result.ExitCode) + 1;
                if (result?.ExitCode == 0) log.WriteLine("accepted: " + fuzzCase);
                var problem = Check(fuzzCase, result);
                if (problem is not null) failures.Add(problem);
                inputs.Restore();
            }
            log.WriteLine($"{cases.Count} command lines over {root.Subcommands.Count} commands in {clock.Elapsed.TotalSeconds:0.0} s; exit codes: {string.Join(", ", exits.Select(e => $"{e.Key}: {e.Value}"))}; {failures.Count} failures");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
            Assert.True(cases.Count > 300, $"only {cases.Count} command lines: is the command tree walked?");
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
        }
    }

    private static string? Check(ArgumentCase fuzzCase, CliResult? result)
    {
        if (result is null) return $"{fuzzCase}: still running after {Budget.TotalSeconds} s";
        var all = result.Output + result.Error;
        var watching = fuzzCase.Args.Contains("--watch") && result.ExitCode == 0 && result.Output.Contains("watching for changes", StringComparison.Ordinal);
        if (all.Contains("internal error", StringComparison.OrdinalIgnoreCase) || all.Contains("   at ", StringComparison.Ordinal) || all.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase))
        {
            return $"{fuzzCase}: {result}";
        }
        var accepted = result.ExitCode == 0 && (watching || fuzzCase.MayBeValid);
        if (result.ExitCode is not (1 or 2) && !accepted) return $"{fuzzCase}: exit {result.ExitCode}, not 1 or 2\n{result}";
        // A mistake is said on standard error; coverage's exit 1 (numbers not accounted for) lists them on standard output.
        if (result.ExitCode != 0 && all.Trim().Length == 0) return $"{fuzzCase}: exit {result.ExitCode} with nothing said\n{result}";
        return null;
    }

    /// <summary>One run in process; <c>validate --watch</c> is stopped shortly after it starts, as Ctrl+C would; null when it does not end within <see cref="Budget"/>.</summary>
    private static CliResult? Run(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var watch = args.Contains("--watch");
        if (watch) stop.CancelAfter(TimeSpan.FromMilliseconds(300));
        var run = Task.Run(() =>
        {
            try
            {
                return Program.Run(args, output, error, _ => null, watch ? stop.Token : CancellationToken.None);
            }
            catch (Exception e)
            {
                // Escaped Program.Run's handlers: the process would die with a stack trace.
                error.WriteLine("Unhandled exception. " + e);
                return -1;
            }
        });
        if (!run.Wait(Budget)) return null;
        lock (output)
        {
            return new CliResult(run.Result, output.ToString(), error.ToString());
        }
    }
}
