using System;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// The label of a proposal: the words before its number in its clause without the words that
    /// frame the quantity rather than name it (力争, 全年, 确保 before; 达到, 实现, 突破 after); when
    /// nothing names it before the number (273个项目开工建设), the words after its unit.
    /// </summary>
    public static class LabelWords
    {
        /// <summary>Words at the start of a clause that frame a goal.</summary>
        public static readonly string[] Leading =
        {
            "力争", "确保", "争取", "全年", "年内", "今年", "其中", "预计", "累计", "共", "同时", "另外", "此外", "并", "和", "及", "与", "、",
        };

        /// <summary>The label for the words <paramref name="before"/> a number and <paramref name="after"/> its unit and bound, both folded.</summary>
        public static string Of(string before, string after)
        {
            var label = before.Substring(0, before.Length - IndicatorMatcher.LinkingTail(before));
            label = TrimLeading(label);
            if (label.Length > 0) return label;
            var rest = after;
            var cut = rest.IndexOfAny(new[] { '、', '"', '(' });
            if (cut > 0) rest = rest.Substring(0, cut);
            return rest.Trim();
        }

        private static string TrimLeading(string words)
        {
            var changed = true;
            while (changed && words.Length > 0)
            {
                changed = false;
                foreach (var word in Leading)
                {
                    if (words.StartsWith(word, StringComparison.Ordinal))
                    {
                        words = words.Substring(word.Length);
                        changed = true;
                        break;
                    }
                }
            }
            return words;
        }
    }
}
