using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Output
{
    /// <summary>What docs/diagnostics.md says about one rule, ready for a SARIF rule descriptor.</summary>
    /// <param name="Heading">The section's heading without '##': <c>RS1001 — YAML syntax error</c>.</param>
    /// <param name="FullDescription">The "When it fires." paragraph as plain text.</param>
    /// <param name="HelpMarkdown">The whole section below its heading, as written.</param>
    /// <param name="HelpText">The same as plain text: no bold marks, code blocks indented instead of fenced.</param>
    internal sealed record RuleDoc(string Heading, string FullDescription, string HelpMarkdown, string HelpText);

    /// <summary>
    /// Reads the rule sections (<c>## RS1001 — Title</c> up to the next heading) of
    /// docs/diagnostics.md, which the build embeds in this assembly: the documentation is the one
    /// source of the rules' descriptions, so SARIF viewers show what the page shows.
    /// </summary>
    internal static class RuleDocs
    {
        private const string ResourceName = "ReportSdk.Cli.Docs.diagnostics.md";
        private static readonly Regex RuleHeading = new(@"^## (?<id>RS[0-9]{4}) — .+$", RegexOptions.CultureInvariant);
        private static readonly Lazy<IReadOnlyDictionary<string, RuleDoc>> Sections = new(() => Parse(ReadEmbedded()));

        /// <summary>The documentation of <paramref name="rule"/>; its title alone when the page has no section for it.</summary>
        public static RuleDoc For(Rule rule)
            => Sections.Value.TryGetValue(rule.Id, out var doc) ? doc : new RuleDoc($"{rule.Id} — {rule.Title}", rule.Title, rule.Title, rule.Title);

        /// <summary>The rule sections of a diagnostics.md text, by rule id.</summary>
        public static IReadOnlyDictionary<string, RuleDoc> Parse(string markdown)
        {
            var lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            var sections = new Dictionary<string, RuleDoc>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Length; i++)
            {
                var heading = RuleHeading.Match(lines[i]);
                if (!heading.Success) continue;
                var end = i + 1;
                var inCode = false;
                for (; end < lines.Length; end++)
                {
                    // A '#' line inside a code block is a comment of the example, not the next heading.
                    if (IsFence(lines[end])) inCode = !inCode;
                    else if (!inCode && lines[end].StartsWith("#", StringComparison.Ordinal)) break;
                }
                var body = Trim(lines.Skip(i + 1).Take(end - i - 1).ToList());
                var markdownBody = string.Join("\n", body);
                sections[heading.Groups["id"].Value] = new RuleDoc(lines[i].Substring(3).Trim(), Description(body), markdownBody, PlainText(body));
                i = end - 1;
            }
            return sections;
        }

        private static string ReadEmbedded() => new UTF8Encoding(false).GetString(EmbeddedFile.Read(ResourceName)).TrimStart('\uFEFF');

        /// <summary>The paragraph that starts with "**When it fires.**", without that label; else the first paragraph.</summary>
        private static string Description(IReadOnlyList<string> body)
        {
            var paragraphs = Paragraphs(body).ToList();
            const string Label = "**When it fires.**";
            var chosen = paragraphs.FirstOrDefault(p => p.StartsWith(Label, StringComparison.Ordinal)) ?? paragraphs.FirstOrDefault() ?? "";
            if (chosen.StartsWith(Label, StringComparison.Ordinal)) chosen = chosen.Substring(Label.Length).TrimStart();
            return StripInlineMarks(chosen);
        }

        /// <summary>Runs of non-blank lines outside code blocks, each joined into one line.</summary>
        private static IEnumerable<string> Paragraphs(IReadOnlyList<string> body)
        {
            var current = new List<string>();
            var inCode = false;
            foreach (var line in body)
            {
                if (IsFence(line)) inCode = !inCode;
                if (inCode || IsFence(line) || line.Trim().Length == 0)
                {
                    if (current.Count > 0) yield return string.Join(" ", current);
                    current.Clear();
                    continue;
                }
                current.Add(line.Trim());
            }
            if (current.Count > 0) yield return string.Join(" ", current);
        }

        /// <summary>The section as plain text: fences dropped and their code indented, bold marks removed elsewhere.</summary>
        private static string PlainText(IReadOnlyList<string> body)
        {
            var text = new List<string>();
            var inCode = false;
            foreach (var line in body)
            {
                if (IsFence(line))
                {
                    inCode = !inCode;
                    continue;
                }
                text.Add(inCode ? "    " + line : StripInlineMarks(line));
            }
            return string.Join("\n", text);
        }

        private static bool IsFence(string line) => line.TrimStart().StartsWith("```", StringComparison.Ordinal);

        // Backticks stay: in plain text they still set a code or value apart (a `key: value`).
        private static string StripInlineMarks(string text) => text.Replace("**", "");

        /// <summary>The lines without leading and trailing blank lines or a closing '---' rule.</summary>
        private static List<string> Trim(List<string> lines)
        {
            while (lines.Count > 0 && (lines[^1].Trim().Length == 0 || lines[^1].Trim() == "---")) lines.RemoveAt(lines.Count - 1);
            while (lines.Count > 0 && lines[0].Trim().Length == 0) lines.RemoveAt(0);
            return lines;
        }
    }
}
