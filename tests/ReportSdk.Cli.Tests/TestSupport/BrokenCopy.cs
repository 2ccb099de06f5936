using System.Text.RegularExpressions;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>
/// A copy of the curated data in a temporary folder with exactly two errors in
/// luoyang-2021-gwr.yaml: the quote of its first target gets words that are not in the source
/// (RS3001), and the unit of its second target becomes an unknown code (RS2002).
/// </summary>
internal sealed class BrokenCopy : IDisposable
{
    public const string UnknownUnit = "no-such-unit";
    public const string AddedWords = "（测试添加的字）";

    private readonly TempFolder _folder = new();

    public BrokenCopy()
    {
        Root = _folder.CopyData();
        ReportPath = Path.Combine(Root, "reports", "luoyang", "luoyang-2021-gwr.yaml");
        var lines = File.ReadAllText(ReportPath).Split('\n');
        var targets = Array.IndexOf(lines, "targets:");
        if (targets < 0) throw new InvalidOperationException("luoyang-2021-gwr.yaml has no 'targets:' line");

        var quote = new Regex("^(?<indent>\\s+)quote: \"(?<text>[^\"]+)\"$");
        var quoteIndex = FindLine(lines, targets + 1, quote);
        var original = quote.Match(lines[quoteIndex]).Groups["text"].Value;
        EditedQuote = original + AddedWords;
        lines[quoteIndex] = quote.Match(lines[quoteIndex]).Groups["indent"].Value + "quote: \"" + EditedQuote + "\"";
        QuoteLine = quoteIndex + 1;
        QuoteColumn = lines[quoteIndex].IndexOf('"', StringComparison.Ordinal) + 1;

        var unit = new Regex("^(?<indent>\\s+)unit: (?<code>[a-z0-9-]+)$");
        var unitIndex = FindLine(lines, quoteIndex + 1, unit);
        lines[unitIndex] = unit.Match(lines[unitIndex]).Groups["indent"].Value + "unit: " + UnknownUnit;
        UnitLine = unitIndex + 1;
        UnitColumn = lines[unitIndex].IndexOf(UnknownUnit, StringComparison.Ordinal) + 1;

        File.WriteAllText(ReportPath, string.Join('\n', lines));
    }

    /// <summary>The copied data folder (absolute).</summary>
    public string Root { get; }

    /// <summary>The edited report (absolute).</summary>
    public string ReportPath { get; }

    /// <summary>The edited report as the CLI prints it.</summary>
    public string DisplayPath => CliRunner.Display(ReportPath);

    public string EditedQuote { get; }

    public int QuoteLine { get; }

    /// <summary>The column of the quote's opening '"', where its YAML scalar starts.</summary>
    public int QuoteColumn { get; }

    public int UnitLine { get; }

    public int UnitColumn { get; }

    public void Dispose() => _folder.Dispose();

    private static int FindLine(string[] lines, int start, Regex pattern)
    {
        for (var i = start; i < lines.Length; i++)
        {
            if (pattern.IsMatch(lines[i])) return i;
        }
        throw new InvalidOperationException($"no line matching {pattern} after line {start}");
    }
}
