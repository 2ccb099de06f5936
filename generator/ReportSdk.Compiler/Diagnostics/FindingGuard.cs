using System;
using System.Collections.Generic;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>
    /// Runs a step of reading or checking a file so that an unexpected exception (a bug of ours)
    /// becomes an RS9001 finding located at the file, instead of a crash of the CLI or a failed
    /// generator (CS8785) that would hide every other result.
    /// </summary>
    internal static class FindingGuard
    {
        public static T Run<T>(string path, Func<T> step, Func<IReadOnlyList<Finding>, T> onError)
        {
            try
            {
                return step();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return onError(new[] { Rules.InternalError.At(TextLocation.FileStart(path), $"{e.GetType().Name}: {e.Message}") });
            }
        }
    }
}
