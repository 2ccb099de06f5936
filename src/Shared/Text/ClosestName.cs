using System;
using System.Collections.Generic;

namespace ReportSdk.Compiler.Text
{
    /// <summary>
    /// The known name a mistyped one was most likely meant to be: the "did you mean" of a finding.
    /// Distance is Damerau–Levenshtein in its optimal-string-alignment form (a swap of two
    /// neighbours is one edit, as in <c>100m-yaun</c>), ordinal, ignoring ASCII case only, so the
    /// answer is the same in every culture.
    /// </summary>
    /// <remarks>
    /// The runtime compiles this file too (internal there), so that <c>Reports.Get("luoyang-2012-gwr")</c>
    /// suggests like a finding does; ClosestName.Public.cs makes it public in the compiler library.
    /// </remarks>
    static partial class ClosestName
    {
        /// <summary>
        /// The candidate closest to <paramref name="name"/>, or null when none is close enough
        /// (<see cref="MaxDistance"/>) or two are equally close: a hint that may be wrong is worse
        /// than none. Equal candidates count once; <paramref name="name"/> itself is never suggested.
        /// </summary>
        public static string? Find(string name, IEnumerable<string> candidates)
        {
            if (string.IsNullOrEmpty(name)) return null;
            var limit = MaxDistance(name.Length);
            string? best = null;
            int bestDistance = int.MaxValue, bestExact = int.MaxValue;
            var ambiguous = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                if (string.IsNullOrEmpty(candidate) || candidate == name || !seen.Add(candidate)) continue;
                if (Math.Abs(candidate.Length - name.Length) > limit) continue;
                var distance = Distance(name, candidate, ignoreAsciiCase: true);
                if (distance > limit) continue;
                // Among equally distant names, the one that also matches the case wins (Headline → headline).
                var exact = Distance(name, candidate, ignoreAsciiCase: false);
                if (distance < bestDistance || (distance == bestDistance && exact < bestExact))
                {
                    (best, bestDistance, bestExact, ambiguous) = (candidate, distance, exact, false);
                }
                else if (distance == bestDistance && exact == bestExact)
                {
                    ambiguous = true;
                }
            }
            return ambiguous ? null : best;
        }

        /// <summary>
        /// How many edits a name of <paramref name="length"/> characters may be from the one suggested:
        /// a third of it, at least one (<c>bund</c> → <c>bound</c>, <c>gdp-grow</c> → <c>gdp-growth</c>).
        /// </summary>
        public static int MaxDistance(int length) => Math.Max(1, length / 3);

        /// <summary>
        /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
        /// two neighbouring characters each count one; no substring is edited twice.
        /// </summary>
        public static int Distance(string a, string b, bool ignoreAsciiCase = true)
        {
            if (a.Length == 0) return b.Length;
            if (b.Length == 0) return a.Length;
            var before = new int[b.Length + 1];   // row i - 2
            var previous = new int[b.Length + 1]; // row i - 1
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = Same(a[i - 1], b[j - 1], ignoreAsciiCase) ? 0 : 1;
                    var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreAsciiCase) && Same(a[i - 2], b[j - 1], ignoreAsciiCase))
                    {
                        value = Math.Min(value, before[j - 2] + 1);
                    }
                    current[j] = value;
                }
                (before, previous, current) = (previous, current, before);
            }
            return previous[b.Length];
        }

        private static bool Same(char a, char b, bool ignoreAsciiCase)
            => a == b || (ignoreAsciiCase && ToLowerAscii(a) == ToLowerAscii(b));

        private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
}
