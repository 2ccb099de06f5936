using System.Collections.Generic;

namespace ReportSdk.Compiler.Text
{
    /// <summary>Finds numbers (runs of ASCII digits with an optional decimal part) in a folded text.</summary>
    internal static class NumberTokens
    {
        /// <summary>Start and length of every number in <paramref name="text"/>.</summary>
        public static IEnumerable<(int Start, int Length)> Find(string text)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!IsDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < text.Length && IsDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && IsDigit(text[i])) i++;
                }
                yield return (start, i - start);
            }
        }

        /// <summary>
        /// Whether <paramref name="number"/> stands in <paramref name="text"/> as a whole number,
        /// not as part of a longer one (8 is not in 18 or 8.5).
        /// </summary>
        public static bool Contains(string text, string number)
        {
            foreach (var (start, length) in Find(text))
            {
                if (length == number.Length && string.CompareOrdinal(text, start, number, 0, length) == 0)
                {
                    return true;
                }
            }
            return false;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
