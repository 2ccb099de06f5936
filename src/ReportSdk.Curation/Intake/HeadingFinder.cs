using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Text;
using ReportSdk.Schema.Validation;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// The numbered headings of a normalized source text as a section tree: 一、 sections,
    /// （一） subsections below them, 1. items below those. Each heading found is then located the
    /// way the validator does (<see cref="SectionLocator"/>, RS3006), so the tree given to the
    /// curator is one the validator finds in the text; a heading it would not find is left out.
    /// </summary>
    public static class HeadingFinder
    {
        public static IReadOnlyList<SectionDraft> Find(string text)
        {
            var top = new List<SectionDraft>();
            SectionDraft? section = null, subsection = null;
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim(' ', '\t', '\u3000');
                var (level, mark) = NumberingMarks.At(line);
                if (level == 0) continue;
                var title = Title(line.Substring(mark.Length), level);
                if (title.Length == 0) continue;
                // A heading nests under the nearest heading of a higher level before it.
                var parent = level switch { 3 => subsection ?? section, 2 => section, _ => null };
                var siblings = parent?.Children ?? top;
                var key = (parent is null ? "section" : parent.Key) + "-" + (siblings.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var draft = new SectionDraft(key, NumberingMarks.AsWritten(mark), title, i + 1, parent is null ? RoleOf(title) : null, new List<SectionDraft>());
                siblings.Add(draft);
                if (level == 1 || parent is null) (section, subsection) = (draft, null);
                else if (level == 2) subsection = draft;
            }
            return Located(top, text);
        }

        /// <summary>
        /// The heading's words: up to the first sentence end (。！？；：), for an item also up to its
        /// first ，(format.md: 一是加快…，), without the closing mark.
        /// </summary>
        private static string Title(string rest, int level)
        {
            var ends = level == 3 ? "。！？；：，!?;:," : "。！？；：!?;:";
            var end = rest.IndexOfAny(ends.ToCharArray());
            return (end < 0 ? rest : rest.Substring(0, end)).Trim(' ', '\t', '\u3000');
        }

        /// <summary>The role a top-level title names, in the words reports use for it; null when it names none.</summary>
        private static string? RoleOf(string title)
        {
            if (title.Contains("回顾") || title.Contains("过去")) return "review";
            if (title.Contains("自身建设")) return "government";
            if (title.Contains("十四五") || title.Contains("十五五") || title.Contains("远景") || title.Contains("2035")) return "outlook";
            if (title.Contains("重点工作") || title.Contains("主要任务") || title.Contains("工作安排")) return "key-work";
            if (title.Contains("目标") || title.Contains("总体要求")) return "plan";
            return null;
        }

        /// <summary>The tree without the headings the validator would not locate (it finds them in order, each after the one before).</summary>
        private static IReadOnlyList<SectionDraft> Located(List<SectionDraft> drafts, string text)
        {
            var diagnostics = new List<Finding>();
            var spans = SectionLocator.Locate(Specs(drafts), FoldedText.Fold(text), diagnostics);
            var found = new HashSet<string>(spans.Select(s => s.Path), StringComparer.Ordinal);
            return Keep(drafts, "", found);
        }

        private static List<SectionDraft> Keep(List<SectionDraft> drafts, string parentPath, HashSet<string> found)
        {
            var kept = new List<SectionDraft>();
            foreach (var draft in drafts)
            {
                var path = parentPath.Length == 0 ? draft.Key : parentPath + "/" + draft.Key;
                if (found.Contains(path)) kept.Add(draft with { Children = Keep(draft.Children, path, found) });
            }
            return kept;
        }

        private static EquatableArray<SectionSpec> Specs(List<SectionDraft> drafts)
        {
            var nowhere = TextLocation.FileStart("");
            return drafts.Select(d => new SectionSpec(new Located<string>(d.Key, nowhere), d.Number, new Located<string>(d.Title, nowhere),
                new Located<string?>(d.Role, nowhere), Specs(d.Children), nowhere)).ToEquatableArray();
        }
    }
}
