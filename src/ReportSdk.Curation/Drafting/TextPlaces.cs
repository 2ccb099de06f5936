using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Every place of many texts in a folded source at once. A text of fewer than <see cref="Short"/> characters (第1项,
    /// 2023年) is looked up at each place of the source, one pass for each such length, instead of a scan of the whole
    /// source for each text: a source of thousands of dismissed texts is read a few times, not thousands.
    /// </summary>
    public static class TextPlaces
    {
        /// <summary>Texts shorter than this are looked up in one pass; longer ones through <see cref="FoldedText.FindAll(string, int, int)"/>.</summary>
        public const int Short = 4;

        /// <summary>For each of <paramref name="needles"/>, every start of it in <paramref name="folded"/> (overlapping ones too), in order.</summary>
        public static Dictionary<string, List<int>> FindAll(FoldedText folded, IEnumerable<string> needles)
        {
            var t = folded.Value;
            var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var needle in needles)
            {
                if (result.ContainsKey(needle)) continue;
                result[needle] = needle.Length >= Short ? folded.FindAll(needle, 0, t.Length) : new List<int>();
            }
            foreach (var length in result.Keys.Where(n => n.Length > 0 && n.Length < Short).Select(n => n.Length).Distinct().ToList())
            {
                var lookup = result.Where(p => p.Key.Length == length).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
                    .GetAlternateLookup<ReadOnlySpan<char>>();
                for (var i = 0; i + length <= t.Length; i++)
                {
                    if (lookup.TryGetValue(t.AsSpan(i, length), out var places)) places.Add(i);
                }
            }
            return result;
        }
    }
}
