using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using ReportSdk.Generator.Pipeline;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The proof that an edit to one YAML file re-runs only that file's steps: runs the generator with
/// step tracking on N synthetic reports, edits one report, runs again, and tabulates every tracked
/// step by run reason. Fails (exit 1) if any per-file step ran for another file.
/// </summary>
public static class StepsProof
{
    /// <summary>Steps that have one output per input file (or per report).</summary>
    private static readonly string[] PerFileSteps =
    [
        TrackingNames.ReadInput, TrackingNames.ParseReport, TrackingNames.ReadSource, TrackingNames.PairSource,
        TrackingNames.ValidateReport, TrackingNames.ReportEntries, TrackingNames.HashInput, TrackingNames.ParseRegistry,
    ];

    public static int Run(int count, string outFile)
    {
        var rig = GeneratorRig.Synthetic(count);
        var clock = Stopwatch.StartNew();
        var first = rig.CreateDriver(trackSteps: true).RunGenerators(rig.Compilation);
        var firstTime = clock.Elapsed;
        rig.Check(first);
        var target = rig.EditTarget();
        var edited = GeneratorRig.Edited(target);
        clock.Restart();
        var second = first.ReplaceAdditionalText(target, edited).RunGenerators(rig.Compilation);
        var editTime = clock.Elapsed;
        rig.Check(second);

        var result = second.GetRunResult().Results.Single();
        var editedPath = target.Path;
        var text = new StringBuilder();
        var failures = new List<string>();
        text.Append(CultureInfo.InvariantCulture, $"Edited `{editedPath.Replace("/bench-corpus/", "", StringComparison.Ordinal)}` (one target label) among {count} synthetic reports ({rig.Files.Count} additional files). ");
        text.Append(CultureInfo.InvariantCulture, $"With step tracking on: first run {firstTime.TotalMilliseconds:0} ms, run after the edit {editTime.TotalMilliseconds:0} ms.\n\n");
        text.Append("| step | outputs | Modified | New | Unchanged | Cached (skipped) | the outputs that ran |\n|---|---:|---:|---:|---:|---:|---|\n");
        var names = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        foreach (var name in names)
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps)) continue;
            var outputs = steps.SelectMany(s => s.Outputs).ToList();
            var ran = outputs.Where(o => o.Reason is not IncrementalStepRunReason.Cached).ToList();
            var ranPaths = ran.Select(o => PathOf(o.Value) ?? "(dataset-wide value)").Distinct().ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} | {outputs.Count} | {Count(outputs, IncrementalStepRunReason.Modified)} | {Count(outputs, IncrementalStepRunReason.New)} | {Count(outputs, IncrementalStepRunReason.Unchanged)} | {Count(outputs, IncrementalStepRunReason.Cached)} | {Describe(ranPaths, editedPath)} |\n");
            if (PerFileSteps.Contains(name))
            {
                var others = ran.Where(o => PathOf(o.Value) != editedPath).ToList();
                if (others.Count > 0) failures.Add($"{name} ran for {others.Count} outputs of other files, e.g. {PathOf(others[0].Value)}");
                if (outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Removed) > 0) failures.Add($"{name} has New or Removed outputs");
            }
        }
        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            var outputs = steps.SelectMany(s => s.Outputs).ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} (output) | {outputs.Count} | {Count(outputs, IncrementalStepRunReason.Modified)} | {Count(outputs, IncrementalStepRunReason.New)} | {Count(outputs, IncrementalStepRunReason.Unchanged)} | {Count(outputs, IncrementalStepRunReason.Cached)} | |\n");
        }

        var before = first.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var changed = result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || old != s.SourceText.ToString()).Select(s => s.HintName).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\nGenerated files whose text changed: {string.Join(", ", changed.Select(c => "`" + c + "`"))} (of {result.GeneratedSources.Length}).\n");
        var expectedReport = Path.GetFileNameWithoutExtension(editedPath).Replace("syn-", "Syn", StringComparison.Ordinal) + ".g.cs";
        if (changed.Except([expectedReport, "Reports.g.cs"], StringComparer.Ordinal).Any()) failures.Add("unexpected generated files changed: " + string.Join(", ", changed));
        var totalChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        text.Append(CultureInfo.InvariantCulture, $"Generated C# for {count} reports: {result.GeneratedSources.Length} files, {totalChars / 1e6:0.0} million characters.\n");
        text.Append(failures.Count == 0
            ? "\nCheck: every per-file step ran for the edited file only.\n"
            : "\nCheck FAILED:\n" + string.Concat(failures.Select(f => "- " + f + "\n")));

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        File.WriteAllText(outFile, text.ToString());
        Console.WriteLine(text);
        return failures.Count == 0 ? 0 : 1;
    }

    private static int Count(List<(object Value, IncrementalStepRunReason Reason)> outputs, IncrementalStepRunReason reason)
        => outputs.Count(o => o.Reason == reason);

    private static string Describe(List<string> paths, string edited)
        => paths.Count switch
        {
            0 => "none",
            1 when paths[0] == edited => "the edited file",
            _ => string.Join(", ", paths.Take(3).Select(p => p == edited ? "the edited file" : p.Replace("/bench-corpus/", "", StringComparison.Ordinal))) + (paths.Count > 3 ? $" … ({paths.Count})" : ""),
        };

    /// <summary>The file a pipeline value belongs to: its Path, or the Path of the report or parsed file it holds.</summary>
    private static string? PathOf(object? value)
    {
        for (var depth = 0; value is not null && depth < 3; depth++)
        {
            var type = value.GetType();
            if (type.GetProperty("Path")?.GetValue(value) is string path) return path;
            value = type.GetProperty("Parsed")?.GetValue(value) ?? type.GetProperty("Report")?.GetValue(value);
        }
        return null;
    }
}
