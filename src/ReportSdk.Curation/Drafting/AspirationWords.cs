using System;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// 力争/争取/争创 before a number in its sentence mark a stretch goal (format: aspirational;
    /// 确保 does not). 争取 meaning “to obtain” (争取上级资金, 争取政策) is no aspiration.
    /// </summary>
    public static class AspirationWords
    {
        /// <summary>The words that make a target aspirational.</summary>
        public static readonly string[] Words = { "力争", "争创", "争取" };

        /// <summary>What 争取 obtains when it means “to obtain”, not “to strive for”.</summary>
        private static readonly string[] Obtained = { "上级", "资金", "政策", "中央", "省级资金", "专项", "债券", "支持" };

        /// <summary>Whether <paramref name="text"/> (the sentence up to the number) holds an aspiration word.</summary>
        public static bool In(string text)
        {
            foreach (var word in Words)
            {
                for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    if (word == "争取" && Means(text, at + word.Length)) continue;
                    return true;
                }
            }
            return false;
        }

        private static bool Means(string text, int after)
        {
            foreach (var word in Obtained)
            {
                if (string.CompareOrdinal(text, after, word, 0, word.Length) == 0) return true;
            }
            return false;
        }
    }
}
