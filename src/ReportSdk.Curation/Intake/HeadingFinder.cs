using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;
using ReportSdk.Curation.Drafting;

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
        /// <summary>The section tree of <paramref name="text"/>; <paramref name="planYear"/>, when known, tells a five-year plan reviewed from one ahead.</summary>
        public static IReadOnlyList<SectionDraft> Find(string text, int? planYear = null)
        {
            var top = new List<SectionDraft>();
            SectionDraft? section = null, subsection = null;
            var (lines, sourceLines) = PageLines.Split(text);
            // A page in traditional characters is read as simplified (工作回顧 as 工作回顾) for the roles; titles stay as written.
            // Both have the same lines: the reading changes no mark nor space.
            var reading = ChineseScript.Reading(text);
            var readingLines = ReferenceEquals(reading, text) ? lines : PageLines.Split(reading).Lines;
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
                var draft = new SectionDraft(key, NumberingMarks.AsWritten(mark), title, i + 1, parent is null ? TitleRoles.Of(Title(readingLines[i].Trim(' ', '\t', '\u3000').Substring(mark.Length), level), planYear) : null, new List<SectionDraft>());
                siblings.Add(draft);
                if (level == 1 || parent is null) (section, subsection) = (draft, null);
                else if (level == 2) subsection = draft;
            }
            var located = Located(top, text);
            var headingRoles = RolesFromUnnumberedHeadings(located, readingLines, sourceLines, planYear);
            var withRoles = located.Select((s, index) => s.Role is not null ? s with { RoleHow = "from the title" }
                : headingRoles[index] ?? RoleFromText(s, index, located, readingLines, planYear)).ToList();
            var all = Preamble(located, readingLines, planYear) is { } preamble ? new[] { preamble }.Concat(withRoles).ToList() : withRoles;
            // Lines were counted as PageLines splits them; the curator reads the text's own.
            return all.Select(s => OnSourceLines(s, sourceLines)).ToList();
        }

        private static SectionDraft OnSourceLines(SectionDraft section, int[] sourceLines)
            => section with { Line = sourceLines[Math.Min(section.Line, sourceLines.Length) - 1], Children = section.Children.Select(c => OnSourceLines(c, sourceLines)).ToList() };

        /// <summary>
        /// The preamble, when the text before the first numbered heading (or the whole text, without one)
        /// states quantities beyond dates: a plan's 主要预期目标, a digest's figures (docs/format.md, The preamble).
        /// </summary>
        private static SectionDraft? Preamble(IReadOnlyList<SectionDraft> sections, string[] lines, int? planYear)
        {
            var end = sections.Count == 0 ? lines.Length : sections[0].Line - 1;
            var before = string.Join("\n", lines.Take(end));
            var withoutDates = DatePattern.Replace(before, "");
            if (!Regex.IsMatch(withoutDates, "[0-9]")) return null;
            // A preamble always gets a role, other where its words say none or where they both review and set targets (a
            // digest of a whole report): the drafter reads its sentences one by one anyway.
            var role = RoleOfText(before, planYear);
            var mixed = role is "plan" or "review" && ReviewScore(before, planYear) > 0 && PlanScore(before) > 0;
            if (mixed) role = null;
            return new SectionDraft("preamble", "", "", Math.Max(1, end), role ?? "other", new List<SectionDraft>())
            {
                IsPreamble = true,
                RoleHow = mixed ? "its text both reviews and sets targets" : role is null ? "its text names no role" : "from its text",
            };
        }

        private static readonly Regex DatePattern = new("(19|20)[0-9]{2}年([0-9]{1,2}月([0-9]{1,2}日)?)?|[0-9]{1,2}月[0-9]{1,2}日|(19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}( [0-9:]+)?|(19|20)[0-9]{2}", RegexOptions.CultureInvariant);

        /// <summary>
        /// For each top-level section whose title names no role, under a heading without a number (2021年工作总结和本届政府工作回顾
        /// on a line of its own, then 一、…, 二、…): the role that heading names, up to a numbered heading that names its own.
        /// One pass over the lines, so that a text dense with headings costs no more than its length.
        /// </summary>
        private static SectionDraft?[] RolesFromUnnumberedHeadings(IReadOnlyList<SectionDraft> sections, string[] lines, int[] sourceLines, int? planYear)
        {
            var roles = new SectionDraft?[sections.Count];
            (string Role, int Line)? heading = null;
            var line = 1;
            for (var index = 0; index < sections.Count; index++)
            {
                var section = sections[index];
                for (; line < section.Line; line++)
                {
                    var text = lines[line - 1].Trim(' ', '\t', '\u3000');
                    if (NumberingMarks.At(text).Level == 0 && TitleRoles.OfUnnumberedHeading(text, planYear) is { } role) heading = (role, line);
                }
                line = section.Line + 1;
                // A role of its own, from its title, ends what the heading before said.
                if (section.Role is not null) heading = null;
                else if (heading is { } h)
                {
                    roles[index] = section with { Role = h.Role, RoleHow = "from the heading on line " + sourceLines[h.Line - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
            return roles;
        }

        /// <summary>A top-level section whose title names no role gets the role its text reads as (CHECK).</summary>
        private static SectionDraft RoleFromText(SectionDraft section, int index, IReadOnlyList<SectionDraft> sections, string[] lines, int? planYear)
        {
            var end = index + 1 < sections.Count ? sections[index + 1].Line - 1 : lines.Length;
            var text = string.Join("\n", lines, section.Line - 1, Math.Max(0, end - section.Line + 1));
            var role = RoleOfText(text, planYear);
            return section with { Role = role, RoleHow = role is null ? null : "from its text" };
        }

        /// <summary>
        /// The role a section's words read as: a review speaks of the past (过去一年, 取得, 完成), a plan of its
        /// targets (主要预期目标, 总体要求), an outlook of the five-year plan or 2035, key work of tasks
        /// (加快, 推进, 实施), the government of itself (自身建设, 作风); null when no word says.
        /// </summary>
        private static string? RoleOfText(string text, int? planYear)
        {
            var scores = new[]
            {
                ("review", ReviewScore(text, planYear)),
                ("plan", PlanScore(text)),
                ("outlook", 2 * Count(PlanYearOfFiveYearPlan.Replace(text, ""), "十四五", "十五五", "2035", "远景目标", "五年规划")),
                ("key-work", Count(text, "重点工作", "着力", "加快", "推进", "实施", "深化", "持续", "扎实")),
                ("government", 3 * Count(text, "自身建设", "依法行政", "廉洁", "作风建设", "政府建设")),
            };
            var best = scores.OrderByDescending(s => s.Item2).First();
            return best.Item2 == 0 ? null : best.Item1;
        }

        /// <summary>
        /// Words of a review (去年 last year, 预计 a result estimated before the year's figures are final), and the reviewed
        /// year (2019年 in a 2020 report) twice over: a text that names it reports on it.
        /// </summary>
        private static int ReviewScore(string text, int? planYear)
            => Count(text, "过去一年", "过去的一年", "过去五年", "过去的五年", "一年来", "五年来", "回顾", "取得", "完成了", "实现了", "成效", "同比", "比上年", "去年", "预计")
               + (planYear is { } year ? 2 * Count(text, (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年") : 0);

        /// <summary>2026年是“十五五”开局之年: the plan year as a year of the five-year plan, no outlook on it.</summary>
        private static readonly Regex PlanYearOfFiveYearPlan = new("十[一二三四五六七八九]五\"?”?(规划)?(的)?(开局|收官|起步|关键|决胜|攻坚|第一|最后)", RegexOptions.CultureInvariant);

        private static int PlanScore(string text) => 3 * Count(text, "主要预期目标", "预期目标", "总体要求", "主要目标", "指导思想");

        private static int Count(string text, params string[] words)
            => words.Sum(w =>
            {
                var n = 0;
                for (var at = text.IndexOf(w, StringComparison.Ordinal); at >= 0; at = text.IndexOf(w, at + w.Length, StringComparison.Ordinal)) n++;
                return n;
            });

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
