using System.Collections.Generic;
using ReportSdk.Compiler.Text;

namespace ReportSdk
{
    /// <summary>
    /// The error of a lookup by id, key or code that finds nothing, with the closest known name,
    /// as a finding would give it: <c>no report with id 'luoyang-2012-gwr'; did you mean 'luoyang-2017-gwr'?</c>.
    /// </summary>
    internal static class NotFound
    {
        public static KeyNotFoundException Error(string what, string name, IEnumerable<string> known)
            => new(ClosestName.Find(name, known) is { } closest
                ? $"no {what} '{name}'; did you mean '{closest}'?"
                : $"no {what} '{name}'");
    }
}
