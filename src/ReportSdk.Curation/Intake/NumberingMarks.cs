using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The numbering marks a line of a report can start with, by level: 一、 (a section), （一） or
    /// (一) (a subsection), 1. / 1． / 1、 (an item). 一是 items run inside paragraphs and are left to the curator.
    /// </summary>
    public static class NumberingMarks
    {
        private static readonly Regex Section = new(@"^[一二三四五六七八九十]{1,3}、", RegexOptions.CultureInvariant);
        private static readonly Regex Subsection = new(@"^[（(][一二三四五六七八九十]{1,3}[）)]", RegexOptions.CultureInvariant);
        private static readonly Regex Item = new(@"^[0-9]{1,2}[.．、](?![0-9])", RegexOptions.CultureInvariant);

        /// <summary>The level (1, 2, 3) and mark a line starts with, or (0, "") when it starts with none.</summary>
        public static (int Level, string Mark) At(string line)
        {
            var text = line.TrimStart(' ', '\t', '\u3000');
            if (Section.Match(text) is { Success: true } section) return (1, section.Value);
            if (Subsection.Match(text) is { Success: true } subsection) return (2, subsection.Value);
            if (Item.Match(text) is { Success: true } item) return (3, item.Value);
            return (0, "");
        }

        /// <summary>The mark as the data writes it: subsection parentheses always full-width (format.md).</summary>
        public static string AsWritten(string mark)
            => mark.Replace('(', '（').Replace(')', '）');
    }
}
