using ReportSdk.Compiler.Text;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Watching
{
    /// <summary>
    /// <c>reportsdk validate --watch</c>: validates once and prints every finding, then watches the
    /// paths (FileSystemWatcher) and, a short quiet time after each save (<see cref="Debounce"/>:
    /// an editor's save is several events), validates again through a
    /// <see cref="ValidationSession"/> and prints only what changed, until cancelled (Ctrl+C).
    /// </summary>
    internal sealed class ValidationWatch : IDisposable
    {
        /// <summary>The quiet time after the last file event before validating: long enough for one save's burst of events, short enough not to be felt.</summary>
        public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

        private readonly ValidationSession _session;
        private readonly TextWriter _output;
        private readonly TextWriter _error;
        private readonly List<FileSystemWatcher> _watchers = new();
        private readonly IReadOnlyList<string> _paths;
        private readonly ConcurrentDictionary<string, FileChange> _changed = new(StringComparer.Ordinal);
        private readonly Timer _timer;
        private readonly object _gate = new();
        private IReadOnlyList<Finding> _findings = Array.Empty<Finding>();

        public ValidationWatch(IReadOnlyList<string> paths, TextWriter output, TextWriter error, Action<string>? warn = null)
        {
            _session = new ValidationSession(paths, warn);
            _paths = paths;
            _output = output;
            _error = error;
            _timer = new Timer(_ => Revalidate(), null, Timeout.Infinite, Timeout.Infinite);
            foreach (var folder in paths.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(Path.GetFullPath(p))!).Distinct(RealPaths.Comparer))
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
                };
                watcher.Changed += (_, e) => Note(e.FullPath, folderEvent: false);
                watcher.Created += (_, e) => Note(e.FullPath, folderEvent: true);
                watcher.Deleted += (_, e) => Note(e.FullPath, folderEvent: true);
                watcher.Renamed += (_, e) => Note(e.FullPath, folderEvent: true, from: e.OldFullPath);
                _watchers.Add(watcher);
            }
            // A folder given is watched from its parent too: moved away or deleted, it is said (its own watcher sees nothing then).
            foreach (var folder in paths.Where(Directory.Exists).Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)).Distinct(RealPaths.Comparer))
            {
                if (Path.GetDirectoryName(folder) is not { } parent) continue;
                var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder)) { NotifyFilter = NotifyFilters.DirectoryName };
                watcher.Deleted += (_, e) => Note(e.FullPath, folderEvent: true);
                watcher.Created += (_, e) => Note(e.FullPath, folderEvent: true);
                watcher.Renamed += (_, e) => Note(e.FullPath, folderEvent: true, from: e.OldFullPath);
                _watchers.Add(watcher);
            }
        }

        /// <summary>Called after each re-validation with the lines printed, for tests and the benchmark.</summary>
        public event Action<IReadOnlyList<string>>? Validated;

        /// <summary>Validates, prints every finding, and starts watching.</summary>
        public void Start()
        {
            lock (_gate)
            {
                var run = _session.Run();
                _findings = run.Findings;
                foreach (var finding in FindingWriter.Ordered(run.Findings)) _output.WriteLine(FindingWriter.Text(finding));
                _output.WriteLine(Summary(run) + "; watching for changes (Ctrl+C to stop)");
                _output.Flush();
            }
            foreach (var watcher in _watchers) watcher.EnableRaisingEvents = true;
        }

        /// <summary>Runs until <paramref name="cancel"/> is cancelled.</summary>
        public static async Task<int> RunAsync(IReadOnlyList<string> paths, TextWriter output, TextWriter error, Action<string> warn, CancellationToken cancel)
        {
            using var watch = new ValidationWatch(paths, output, error, warn);
            watch.Start();
            try
            {
                await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        }

        /// <summary>Validates again now and prints what changed (the watcher calls this after <see cref="Debounce"/>).</summary>
        public IReadOnlyList<string> Revalidate()
        {
            lock (_gate)
            {
                var changed = new List<FileChange>();
                foreach (var path in _changed.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (_changed.TryRemove(path, out var change)) changed.Add(change);
                }
                var gone = _paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
                if (gone.Count > 0)
                {
                    // Validating now would only say "no such file": say what happened instead, once per change.
                    var line = string.Create(CultureInfo.InvariantCulture, $"= {string.Join(", ", gone.Select(DataFiles.Display))} {(gone.Count == 1 ? "is" : "are")} gone (moved away or deleted): nothing to validate until {(gone.Count == 1 ? "it is" : "they are")} back");
                    _output.WriteLine(line);
                    _output.Flush();
                    Validated?.Invoke(new[] { line });
                    return new[] { line };
                }
                ValidationRun run;
                try
                {
                    run = _session.Run();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A file mid-save or a folder removed: say so and wait for the next change.
                    _error.WriteLine("reportsdk: " + LineText.Escape(e.Message));
                    return Array.Empty<string>();
                }
                var lines = FindingChanges.Between(_findings, run.Findings).ToList();
                _findings = run.Findings;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"= {(changed.Count == 0 ? "validated" : FileChange.Describe(changed))}: {Summary(run)}"));
                foreach (var line in lines) _output.WriteLine(line);
                _output.Flush();
                Validated?.Invoke(lines);
                return lines;
            }
        }

        public void Dispose()
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _timer.Dispose();
        }

        /// <summary>
        /// Notes a file event by full paths (a rename's old path is the event's own, never joined to
        /// the folder again) and validates after <see cref="Debounce"/>. A folder counts only when it
        /// is created, removed or renamed (<paramref name="folderEvent"/>): its writes are its files'.
        /// </summary>
        private void Note(string path, bool folderEvent, string? from = null)
        {
            bool Matters(string p) => folderEvent ? FileChange.Matters(p) : DatasetCompiler.IsYaml(p) || DatasetCompiler.IsSource(p);
            if (!Matters(path) && (from is null || !Matters(from))) return;
            var change = new FileChange(path, from);
            // A rename noted first stays one: a write to the new name after it is part of it.
            _changed.AddOrUpdate(path, change, (_, known) => known.From is not null && from is null ? known : change);
            _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }

        private static string Summary(ValidationRun run)
            => string.Create(CultureInfo.InvariantCulture, $"{run.FileCount} files, {run.ValidReports} valid reports, {run.Errors} errors");
    }
}
