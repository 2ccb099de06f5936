using System.Text.RegularExpressions;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>What one in-process run of the command line produced.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Standard output split into lines (without the final empty line).</summary>
    public IReadOnlyList<string> OutputLines => CliRunner.Lines(Output);

    /// <summary>Standard error split into lines (without the final empty line).</summary>
    public IReadOnlyList<string> ErrorLines => CliRunner.Lines(Error);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>A compiler-style finding line: <c>file(line,col): error RS3001: message</c>.</summary>
internal sealed record FindingLine(string File, int Line, int Column, string Level, string Id, string Message)
{
    private static readonly Regex Pattern = new(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<level>error|warning) (?<id>RS\d{4}): (?<message>.*)$", RegexOptions.CultureInvariant);

    public static FindingLine? TryParse(string line)
    {
        var m = Pattern.Match(line);
        if (!m.Success) return null;
        return new FindingLine(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["level"].Value, m.Groups["id"].Value, m.Groups["message"].Value);
    }

    /// <summary>Parses a line that must be a finding; fails the test otherwise.</summary>
    public static FindingLine Parse(string line) => TryParse(line) ?? throw new Xunit.Sdk.XunitException($"not a finding line: '{line}'");
}

/// <summary>Runs <c>reportsdk</c> in process through <see cref="Program.Run(string[], TextWriter, TextWriter, Func{string, string?})"/>.</summary>
internal static class CliRunner
{
    /// <summary>
    /// Runs with no environment variables, so that a test run inside GitHub Actions (where
    /// GITHUB_STEP_SUMMARY is set) behaves as anywhere else and never writes to the real summary.
    /// </summary>
    public static CliResult Run(params string[] args) => RunWithEnvironment(new Dictionary<string, string>(), args);

    /// <summary>Runs with exactly the given environment variables visible to the commands.</summary>
    public static CliResult RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, output, error, name => environment.TryGetValue(name, out var value) ? value : null);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static IReadOnlyList<string> Lines(string text)
    {
        if (text.Length == 0) return Array.Empty<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    /// <summary>Fails if the text holds anything that looks like a .NET stack trace or an unhandled exception.</summary>
    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("internal error", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A path as the CLI prints it for a file outside the current folder: absolute, with '/'.</summary>
    public static string Display(string absolutePath) => Path.GetFullPath(absolutePath).Replace('\\', '/');
}
