using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Adds a draft's proposals to a report file's text for <c>reportsdk draft --write</c>: each list's
    /// new items go right after its last item (<c>targets:</c>, <c>actuals:</c>, <c>dismissed:</c> in block
    /// style), or under a new key at the end of the file when the list is missing. No other byte changes.
    /// </summary>
    public static class DraftInsertion
    {
        /// <summary>The text with the proposals added; throws <see cref="InvalidOperationException"/> when a list is written in flow style.</summary>
        public static string Insert(string text, Draft draft)
        {
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            text = Add(text, "targets", DraftYamlWriter.Figures(draft.Targets), newline);
            text = Add(text, "actuals", DraftYamlWriter.Figures(draft.Actuals), newline);
            return Add(text, "dismissed", DraftYamlWriter.Dismissals(draft.Dismissals), newline);
        }

        private static string Add(string text, string key, string items, string newline)
        {
            if (items.Length == 0) return text;
            items = items.Replace("\n", newline, StringComparison.Ordinal);
            var lines = Lines(text);
            var at = lines.FindIndex(l => l.Content.StartsWith(key + ":", StringComparison.Ordinal));
            if (at < 0)
            {
                var ending = text.Length == 0 || text.EndsWith('\n') ? "" : newline;
                return text + ending + key + ":" + newline + items;
            }
            var rest = lines[at].Content.Substring(key.Length + 1).Trim();
            if (rest.Length > 0 && !rest.StartsWith('#'))
            {
                throw new InvalidOperationException($"'{key}' is written in flow style ({rest}); write it as a block list to add proposals");
            }
            // The block ends before the next line that starts in column 0 (a key, or the end); blank and comment lines at its end stay after the new items.
            var last = at;
            for (var i = at + 1; i < lines.Count; i++)
            {
                var content = lines[i].Content;
                if (content.Length > 0 && !char.IsWhiteSpace(content[0]) && !content.StartsWith('#')) break;
                if (content.Trim().Length > 0 && !content.TrimStart().StartsWith('#')) last = i;
            }
            var insertAt = lines[last].End;
            var prefix = text.Substring(0, insertAt);
            if (!prefix.EndsWith('\n')) prefix += newline;
            return prefix + items + text.Substring(insertAt);
        }

        /// <summary>The lines of <paramref name="text"/>: each one's content (without its line break) and the offset just after its break.</summary>
        private static List<(string Content, int End)> Lines(string text)
        {
            var lines = new List<(string, int)>();
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                var next = end < 0 ? text.Length : end + 1;
                var content = text.Substring(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
                lines.Add((content, next));
                start = next;
            }
            return lines;
        }
    }
}
