using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The proofs that the generator is incremental, on N synthetic reports with step tracking on:
/// <list type="number">
/// <item>an edit to one YAML file (one target label) re-runs only that file's per-file steps, and
/// changes only that report's generated file and the entry class (which holds the content hash);</item>
/// <item>a comment-only edit (<c># comment</c> prepended to one YAML) re-emits no source: every
/// <c>SourceOutput</c> output is Cached or Unchanged and no generated text changes.</item>
/// </list>
/// Both edits start from the same first run. Tabulates every tracked step by run reason; fails
/// (exit 1) if a check fails.
/// </summary>
public static class StepsProof
{
    /// <summary>Steps that have one output per input file (or per report).</summary>
    private static readonly string[] PerFileSteps =
    [
        TrackingNames.ReadInput, TrackingNames.ParseReport, TrackingNames.ParseRegistry, TrackingNames.ReadSource, TrackingNames.PairSource,
        TrackingNames.CheckReport, TrackingNames.ReportFindings, TrackingNames.ReportEntries, TrackingNames.ResolveReport,
        TrackingNames.DatasetEntries, TrackingNames.HashReport,
    ];

    private const string OutputStep = "SourceOutput";

    public static int Run(int count, string outFile)
    {
        var rig = GeneratorRig.Synthetic(count);
        var clock = Stopwatch.StartNew();
        var first = rig.CreateDriver(trackSteps: true).RunGenerators(rig.Compilation);
        var firstTime = clock.Elapsed;
        rig.Check(first);
        var before = first.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var target = rig.EditTarget();
        var editedPath = target.Path;
        var text = new StringBuilder();
        var failures = new List<string>();
        text.Append(CultureInfo.InvariantCulture, $"{count} synthetic reports ({rig.Files.Count} additional files); the edited file is `{Short(editedPath)}`. ");
        text.Append(CultureInfo.InvariantCulture, $"With step tracking on, the first run took {firstTime.TotalMilliseconds:0} ms. Each edit starts from that first run.\n");

        // 1. A curator's edit: one target label changed.
        clock.Restart();
        var labelRun = first.ReplaceAdditionalText(target, GeneratorRig.Edited(target)).RunGenerators(rig.Compilation);
        var labelTime = clock.Elapsed;
        rig.Check(labelRun);
        var labelResult = labelRun.GetRunResult().Results.Single();
        text.Append(CultureInfo.InvariantCulture, $"\n### Edit one target label (run after the edit: {labelTime.TotalMilliseconds:0} ms)\n\n");
        var labelFailures = new List<string>();
        Tabulate(text, labelResult, editedPath, labelFailures);
        var changed = ChangedSources(before, labelResult);
        var reportFile = "Report." + Path.GetFileNameWithoutExtension(editedPath) + ".g.cs";
        text.Append(CultureInfo.InvariantCulture, $"\nGenerated files whose text changed: {Files(changed)} (of {labelResult.GeneratedSources.Length}).\n");
        if (!changed.Contains(reportFile)) labelFailures.Add($"{reportFile} did not change");
        if (changed.Except([reportFile, "ReportSdk.Reports.g.cs"], StringComparer.Ordinal).Any()) labelFailures.Add("unexpected generated files changed: " + string.Join(", ", changed));
        var totalChars = labelResult.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        text.Append(CultureInfo.InvariantCulture, $"Generated C# for {count} reports: {labelResult.GeneratedSources.Length} files, {totalChars / 1e6:0.0} million characters.\n");
        text.Append(labelFailures.Count == 0
            ? "\nCheck (one-file edit): passed: every per-file step ran for the edited file only.\n"
            : "\nCheck (one-file edit): FAILED:\n" + string.Concat(labelFailures.Select(f => "- " + f + "\n")));
        failures.AddRange(labelFailures);

        // 2. A comment-only edit: every location below the comment moves, no data changes.
        var commented = new InMemoryAdditionalText(target.Path, "# comment\n" + target.Text);
        clock.Restart();
        var commentRun = first.ReplaceAdditionalText(target, commented).RunGenerators(rig.Compilation);
        var commentTime = clock.Elapsed;
        rig.Check(commentRun);
        var commentResult = commentRun.GetRunResult().Results.Single();
        text.Append(CultureInfo.InvariantCulture, $"\n### Comment-only edit: `# comment` prepended to the same file (run after the edit: {commentTime.TotalMilliseconds:0} ms)\n\n");
        var commentFailures = new List<string>();
        Tabulate(text, commentResult, editedPath, commentFailures);
        var reEmitted = commentResult.TrackedOutputSteps.TryGetValue(OutputStep, out var outputSteps)
            ? outputSteps.SelectMany(s => s.Outputs).Count(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            : 0;
        if (outputSteps.IsDefaultOrEmpty) commentFailures.Add("no SourceOutput steps were tracked");
        if (reEmitted > 0) commentFailures.Add($"{reEmitted} SourceOutput outputs ran again (neither Cached nor Unchanged)");
        var commentChanged = ChangedSources(before, commentResult);
        text.Append(CultureInfo.InvariantCulture, $"\nGenerated files whose text changed: {Files(commentChanged)} (of {commentResult.GeneratedSources.Length}).\n");
        if (commentChanged.Count > 0) commentFailures.Add("generated files changed: " + string.Join(", ", commentChanged));
        text.Append(commentFailures.Count == 0
            ? "\nCheck (comment-only edit): passed: no source re-emitted (every SourceOutput output Cached or Unchanged).\n"
            : "\nCheck (comment-only edit): FAILED:\n" + string.Concat(commentFailures.Select(f => "- " + f + "\n")));
        failures.AddRange(commentFailures);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, text.ToString());
        Console.WriteLine(text);
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>One row per tracked step and per output kind; adds to <paramref name="failures"/> what a one-file edit must not do.</summary>
    private static void Tabulate(StringBuilder text, GeneratorRunResult result, string editedPath, List<string> failures)
    {
        text.Append("| step | outputs | Modified | New | Unchanged | Cached (skipped) | the outputs that ran |\n|---|---:|---:|---:|---:|---:|---|\n");
        var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        foreach (var name in names)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {name} | (not tracked) | | | | | |\n");
                if (PerFileSteps.Contains(name)) failures.Add($"step {name} was not tracked");
                continue;
            }
            // Each output with the file it belongs to (found through the step's inputs when the value holds no path).
            var outputs = steps.SelectMany(s => s.Outputs.Select((o, i) => (o.Value, o.Reason, Path: PathOf(s, i, 0)))).ToList();
            var ran = outputs.Where(o => o.Reason is not IncrementalStepRunReason.Cached).ToList();
            var ranPaths = ran.Select(o => o.Path ?? "(dataset-wide value)").Distinct().ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} | {outputs.Count} | {Count(outputs, IncrementalStepRunReason.Modified)} | {Count(outputs, IncrementalStepRunReason.New)} | {Count(outputs, IncrementalStepRunReason.Unchanged)} | {Count(outputs, IncrementalStepRunReason.Cached)} | {Describe(ranPaths, editedPath)} |\n");
            if (PerFileSteps.Contains(name))
            {
                var others = ran.Where(o => o.Path != editedPath).ToList();
                if (others.Count > 0) failures.Add($"{name} ran for {others.Count} outputs of other files, e.g. {others[0].Path ?? "(no file found)"}");
                if (outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Removed)) failures.Add($"{name} has New or Removed outputs");
            }
        }
        foreach (var (name, steps) in result.TrackedOutputSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var outputs = steps.SelectMany(s => s.Outputs).Select(o => (o.Value, o.Reason, Path: (string?)null)).ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} (output) | {outputs.Count} | {Count(outputs, IncrementalStepRunReason.Modified)} | {Count(outputs, IncrementalStepRunReason.New)} | {Count(outputs, IncrementalStepRunReason.Unchanged)} | {Count(outputs, IncrementalStepRunReason.Cached)} | |\n");
        }
    }

    private static List<string> ChangedSources(Dictionary<string, string> before, GeneratorRunResult result)
        => result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString()).Select(s => s.HintName)
            .Concat(before.Keys.Where(k => !result.GeneratedSources.Any(s => s.HintName == k)))
            .ToList();

    private static string Files(List<string> files) => files.Count == 0 ? "none" : string.Join(", ", files.Select(c => "`" + c + "`"));

    private static int Count(List<(object Value, IncrementalStepRunReason Reason, string? Path)> outputs, IncrementalStepRunReason reason)
        => outputs.Count(o => o.Reason == reason);

    private static string Short(string path) => path.Replace("/bench-corpus/", "", StringComparison.Ordinal);

    private static string Describe(List<string> paths, string edited)
        => paths.Count switch
        {
            0 => "none",
            1 when paths[0] == edited => "the edited file",
            _ => string.Join(", ", paths.Take(3).Select(p => p == edited ? "the edited file" : Short(p))) + (paths.Count > 3 ? $" … ({paths.Count})" : ""),
        };

    /// <summary>
    /// The file an output of a step belongs to: the Path of its value (InputFile, ParsedReport,
    /// SourceDocument, CheckedReport, ReportIdentity…), or else of the first input it was made from
    /// that is not a collected (dataset-wide) value.
    /// </summary>
    private static string? PathOf(IncrementalGeneratorRunStep step, int output, int depth)
    {
        if (OwnPath(step.Outputs[output].Value) is { } path) return path;
        if (depth > 8) return null;
        foreach (var (source, index) in step.Inputs)
        {
            if (index >= source.Outputs.Length) continue;
            var value = source.Outputs[index].Value;
            if (value is System.Collections.IEnumerable and not string) continue;
            if (PathOf(source, index, depth + 1) is { } found) return found;
        }
        return null;
    }

    private static string? OwnPath(object? value)
    {
        for (var depth = 0; value is not null && depth < 3; depth++)
        {
            var type = value.GetType();
            if (type.GetProperty("Path")?.GetValue(value) is string path) return path;
            value = type.GetProperty("Parsed")?.GetValue(value);
        }
        return null;
    }
}
