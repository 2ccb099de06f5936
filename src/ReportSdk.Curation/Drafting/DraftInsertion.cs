using System.IO;
using ReportSdk.Curation.Editing;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Adds a draft's proposals to a report file's text for <c>reportsdk draft --write</c>: each list's
    /// new items go right after its last item (<c>targets:</c>, <c>actuals:</c>, <c>dismissed:</c> in block
    /// style; an empty <c>[]</c> list becomes one), or under a new key at the end of the file when the list
    /// is missing. No other byte changes.
    /// </summary>
    public static class DraftInsertion
    {
        /// <summary>
        /// The text with the proposals added; an empty list written <c>[]</c> becomes a block list. Throws
        /// <see cref="InvalidDataException"/> when a list that holds items is written in flow style.
        /// </summary>
        public static string Insert(string text, Draft draft)
        {
            text = YamlBlockList.Append(text, "targets", DraftYamlWriter.Figures(draft.Targets));
            text = YamlBlockList.Append(text, "actuals", DraftYamlWriter.Figures(draft.Actuals));
            return YamlBlockList.Append(text, "dismissed", DraftYamlWriter.Dismissals(draft.Dismissals));
        }
    }
}
