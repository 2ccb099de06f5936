using ReportSdk.Schema.Text;
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
using ReportSdk.Schema.Compiling;
using ReportSdk.Schema.Diagnostics;

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
        private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
        private readonly Timer _timer;
        private readonly object _gate = new();
        private IReadOnlyList<Finding> _findings = Array.Empty<Finding>();

        public ValidationWatch(IReadOnlyList<string> paths, TextWriter output, TextWriter error, Action<string>? warn = null)
        {
            _session = new ValidationSession(paths, warn);
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
                watcher.Changed += OnEvent;
                watcher.Created += OnEvent;
                watcher.Deleted += OnEvent;
                watcher.Renamed += (sender, e) =>
                {
                    OnEvent(sender, new FileSystemEventArgs(WatcherChangeTypes.Deleted, Path.GetDirectoryName(e.OldFullPath)!, e.OldName));
                    OnEvent(sender, e);
                };
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
                var changed = _changed.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
                foreach (var path in changed) _changed.TryRemove(path, out _);
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
                var what = changed.Count == 1 ? DataFiles.Display(changed[0]) : string.Create(CultureInfo.InvariantCulture, $"{changed.Count} files");
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"= {(changed.Count == 0 ? "validated" : what + " changed")}: {Summary(run)}"));
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

        private void OnEvent(object sender, FileSystemEventArgs e)
        {
            if (!(DatasetCompiler.IsYaml(e.FullPath) || DatasetCompiler.IsSource(e.FullPath))) return;
            _changed[e.FullPath] = 0;
            _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }

        private static string Summary(ValidationRun run)
            => string.Create(CultureInfo.InvariantCulture, $"{run.FileCount} files, {run.ValidReports} valid reports, {run.Errors} errors");
    }
}
