using System.Diagnostics;

namespace ReportSdk.Fuzz.Tests;

/// <summary>The outcome of work run under a time budget.</summary>
internal sealed record Timed<T>(T? Result, Exception? Error, TimeSpan Elapsed, bool TimedOut);

/// <summary>Runs work on its own thread and waits at most a budget for it.</summary>
internal static class Budget
{
    /// <summary>Nothing the product does on one mutant may take longer.</summary>
    public static readonly TimeSpan PerMutant = TimeSpan.FromSeconds(5);

    public static Timed<T> Run<T>(Func<T> work, TimeSpan budget)
    {
        var watch = new Stopwatch();
        // A thread of its own, not the pool: a hung mutant is abandoned and must not starve the next.
        var task = Task.Factory.StartNew(() =>
        {
            watch.Start();
            try
            {
                return work();
            }
            finally
            {
                watch.Stop();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished;
        try
        {
            finished = task.Wait(budget);
        }
        catch (AggregateException e)
        {
            return new Timed<T>(default, e.InnerException ?? e, watch.Elapsed, false);
        }
        return finished ? new Timed<T>(task.Result, null, watch.Elapsed, false) : new Timed<T>(default, null, budget, true);
    }
}
