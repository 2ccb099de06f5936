using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Output
{
    /// <summary>The known name a mistyped one was most likely meant to be (<c>valdate</c> → <c>validate</c>).</summary>
    internal static class Suggestion
    {
        /// <summary>
        /// The closest of <paramref name="known"/> to <paramref name="typed"/>, ignoring case, when it
        /// is close enough to be a typo: at most two edits, and fewer than half the typed letters; null otherwise.
        /// </summary>
        public static string? Closest(string typed, IEnumerable<string> known)
        {
            var best = known
                .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            return best.Name is not null && best.Distance <= Math.Min(2, Math.Max(1, typed.Length / 2)) ? best.Name : null;
        }

        /// <summary>" ; did you mean 'x'?" or nothing.</summary>
        public static string DidYouMean(string typed, IEnumerable<string> known)
            => Closest(typed, known) is { } name ? $"; did you mean '{name}'?" : "";

        /// <summary>Edits (insert, delete, replace, swap two neighbours) from one word to the other.</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
            return d[a.Length, b.Length];
        }
    }
}
