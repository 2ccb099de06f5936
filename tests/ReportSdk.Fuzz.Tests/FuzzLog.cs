using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportSdk.Fuzz.Tests;

/// <summary>A failed check on one mutant: what failed, on which mutant, and the first evidence.</summary>
internal sealed record FuzzFailure(string Category, Mutant Mutant, string Detail);

/// <summary>The counts of a run and its failures, printed to the test output (never to a file).</summary>
internal sealed class FuzzLog(string title, FuzzSettings settings)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly SortedDictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TimeSpan Time, int Index)> _max = new(StringComparer.Ordinal);
    private readonly List<(string What, Mutant Mutant)> _notes = [];

    public List<FuzzFailure> Failures { get; } = [];

    // Mutants are checked in parallel: every method takes this lock.
    private readonly Lock _lock = new();

    public void Mutant(Mutant mutant)
    {
        lock (_lock) _kinds[mutant.Kind] = _kinds.GetValueOrDefault(mutant.Kind) + 1;
    }

    public void Count(string what, int by = 1)
    {
        lock (_lock) _counts[what] = _counts.GetValueOrDefault(what) + by;
    }

    public void Rule(string id)
    {
        lock (_lock) _rules[id] = _rules.GetValueOrDefault(id) + 1;
    }

    public void Time(string what, TimeSpan time, int index)
    {
        lock (_lock)
        {
            if (!_max.TryGetValue(what, out var max) || time > max.Time || (time == max.Time && index < max.Index)) _max[what] = (time, index);
            var total = "time: " + what + " (ms, total)";
            _counts[total] = _counts.GetValueOrDefault(total) + (int)time.TotalMilliseconds;
        }
    }

    /// <summary>A failure of <paramref name="mutant"/>; the category's count grows by <paramref name="count"/> (findings, say).</summary>
    public void Fail(string category, Mutant mutant, string detail, int count = 1)
    {
        Count(category, count);
        lock (_lock) Failures.Add(new FuzzFailure(category, mutant, detail));
    }

    /// <summary>Something counted but not failed, with an example mutant.</summary>
    public void Note(string what, Mutant mutant, string detail)
    {
        Count(what);
        lock (_lock)
        {
            // The three lowest mutant numbers, whatever order the parallel checks end in.
            _notes.Add(($"{what}: {detail}", mutant));
            var same = _notes.Where(n => n.What.StartsWith(what + ":", StringComparison.Ordinal)).OrderBy(n => n.Mutant.Index).ToList();
            if (same.Count > 3) _notes.Remove(same[^1]);
        }
    }

    public string Summary(IEnumerable<string> categories)
    {
        Failures.Sort((a, b) => a.Mutant.Index.CompareTo(b.Mutant.Index));
        _notes.Sort((a, b) => a.Mutant.Index.CompareTo(b.Mutant.Index));
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"== {title}: {settings}; {_watch.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        // Wall time depends on what else the machine runs; the process's CPU time much less.
        b.AppendLine(CultureInfo.InvariantCulture, $"test process CPU time so far: {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0} s; load average at the end: {LoadAverage()}");
        b.AppendLine(CultureInfo.InvariantCulture, $"mutants by kind: {string.Join(", ", _kinds.Select(k => $"{k.Key} {k.Value}"))} (total {_kinds.Values.Sum()})");
        foreach (var category in categories) b.AppendLine(CultureInfo.InvariantCulture, $"{category}: {_counts.GetValueOrDefault(category)}");
        foreach (var count in _counts.Where(c => !categories.Contains(c.Key))) b.AppendLine(CultureInfo.InvariantCulture, $"{count.Key}: {count.Value}");
        foreach (var (what, (time, index)) in _max.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"max time per mutant, {what}: {time.TotalMilliseconds:0} ms (#{index})");
        }
        if (_rules.Count > 0) b.AppendLine("findings by rule: " + string.Join(", ", _rules.Select(r => $"{r.Key} {r.Value}")));
        foreach (var (what, mutant) in _notes) b.AppendLine(CultureInfo.InvariantCulture, $"note, {mutant}: {what}");
        return b.ToString();
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>The failures, each with what to run to see it again; the first <paramref name="max"/> in full.</summary>
    public string Describe(int max = 12)
    {
        Failures.Sort((a, b) => a.Mutant.Index.CompareTo(b.Mutant.Index));
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{Failures.Count} failure(s):");
        foreach (var f in Failures.Take(max))
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"- {f.Category}: {f.Mutant}");
            b.AppendLine("  " + f.Detail.Replace("\n", "\n  ", StringComparison.Ordinal));
            b.AppendLine("  replay: " + settings.Replay(f.Mutant.Index));
        }
        if (Failures.Count > max)
        {
            var byCategory = string.Join(", ", Failures.GroupBy(f => f.Category).Select(g => $"{g.Key} {g.Count()}"));
            b.AppendLine(CultureInfo.InvariantCulture, $"… and {Failures.Count - max} more; all by category: {byCategory}");
            b.AppendLine("  indices: " + string.Join(" ", Failures.Skip(max).Select(f => f.Mutant.Index).Distinct().Take(200)));
        }
        return b.ToString();
    }
}
