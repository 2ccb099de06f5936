using System.Collections.Generic;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// Finds every section heading (number + title) in the folded source, in order, and so the
    /// span of text each section covers. A heading must come after its parent's heading and
    /// after its previous sibling's (RS3006).
    /// </summary>
    internal static class SectionLocator
    {
        /// <summary>Spans by section path, in document order.</summary>
        public static List<SectionSpan> Locate(EquatableArray<SectionSpec> sections, FoldedText source, List<Finding> diagnostics)
        {
            var spans = new List<SectionSpan>();
            LocateChildren(sections, "", null, 0, source.Value.Length, source, spans, diagnostics);
            return spans;
        }

        private static void LocateChildren(EquatableArray<SectionSpec> sections, string parentPath, string? parentRole,
            int start, int end, FoldedText source, List<SectionSpan> spans, List<Finding> diagnostics)
        {
            var found = new List<(SectionSpec Section, int Start, int HeadingEnd)>();
            var at = start;
            foreach (var section in sections)
            {
                if (section.IsPreamble)
                {
                    // No heading: its text starts where its parent's does (the source's start).
                    found.Add((section, start, start));
                    continue;
                }
                var heading = FoldedText.FoldString(section.Number + section.Title.Value);
                // Only the first hit counts; asking for more would rescan the rest of the text for every heading.
                var hits = source.FindAll(heading, at, end, 1);
                if (hits.Count == 0)
                {
                    var where = found.Count == 0 ? (parentPath.Length == 0 ? "in the source" : $"inside section '{parentPath}'") : $"after section '{Join(parentPath, found[found.Count - 1].Section.Key.Value)}'";
                    diagnostics.Add(Rules.HeadingNotFound.At(section.Title.Location, $"heading '{section.Number}{section.Title.Value}' not found {where}"));
                    continue;
                }
                found.Add((section, hits[0], hits[0] + heading.Length));
                at = hits[0] + heading.Length;
            }
            for (var i = 0; i < found.Count; i++)
            {
                var (section, sectionStart, headingEnd) = found[i];
                var sectionEnd = i + 1 < found.Count ? found[i + 1].Start : end;
                var path = Join(parentPath, section.Key.Value);
                var role = parentRole ?? section.Role.Value ?? "other";
                spans.Add(new SectionSpan(path, section, role, sectionStart, sectionEnd));
                LocateChildren(section.Children, path, role, headingEnd, sectionEnd, source, spans, diagnostics);
            }
        }

        private static string Join(string parent, string key) => parent.Length == 0 ? key : parent + "/" + key;
    }
}
