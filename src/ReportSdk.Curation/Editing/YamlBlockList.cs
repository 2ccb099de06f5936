using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Editing
{
    /// <summary>
    /// Adds items to a top-level list of a YAML file's text, leaving every other byte as it was: after
    /// the list's last item (a block list), in place of <c>[]</c> (an empty flow list, which becomes a block
    /// list, its comment kept on the key's line), or under a new key at the end of the file. The items'
    /// line ends follow the file's (CR LF stays CR LF).
    /// </summary>
    public static class YamlBlockList
    {
        private static readonly Regex EmptyFlowList = new(@"^\[\s*\]\s*(?<comment>#.*)?$", RegexOptions.CultureInvariant);

        /// <summary>
        /// <paramref name="text"/> with <paramref name="items"/> (lines starting <c>  - </c>, LF line ends)
        /// added to the list under <paramref name="key"/>. Throws <see cref="InvalidDataException"/> when the
        /// list holds items written in flow style (<c>[a, b]</c>): those cannot be added to in place.
        /// </summary>
                public static string Append(string text, string key, string items)
        {
            if (items.Length == 0) return text;
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            items = items.Replace("\n", newline, StringComparison.Ordinal);
            var lines = Lines(text);
            var at = lines.FindIndex(l => l.Content.StartsWith(key + ":", StringComparison.Ordinal));
            if (at < 0)
            {
                var ending = text.Length == 0 || text.EndsWith('\n') ? "" : newline;
                return text + ending + key + ":" + newline + items;
            }
            var rest = lines[at].Content.Substring(key.Length + 1).Trim();
            if (EmptyFlowList.Match(rest) is { Success: true } empty)
            {
                // targets: []  # FILL: … becomes a block list: the [] goes, the comment stays on the key's line.
                var start = at == 0 ? 0 : lines[at - 1].End;
                var comment = empty.Groups["comment"].Value;
                var keyLine = key + ":" + (comment.Length > 0 ? "  " + comment : "") + newline;
                return text.Substring(0, start) + keyLine + items + text.Substring(lines[at].End);
            }
            if (rest.Length > 0 && !rest.StartsWith('#'))
            {
                throw new InvalidDataException($"'{key}' is a list written in flow style ({rest}); write it as a block list, one '- ' item a line, to add proposals");
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
