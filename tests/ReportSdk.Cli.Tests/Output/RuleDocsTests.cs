using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Cli.Tests.Output;

public class RuleDocsTests
{
    private const string Page = """
        # Diagnostics

        ## Id ranges

        not a rule

        ## RS1001 — YAML syntax error

        **Level: warning.**

        **When it fires.** The file is not
        well-formed `YAML`.

        **Bad:**

        ```yaml
        # a comment at the start of a code line
        title: x
        ```

        **Fix.** Correct it.

        ---

        ## RS1002 — Unknown field

        **When it fires.** A field is unknown.
        """;

    [Fact]
    public void A_rule_section_runs_to_the_next_heading_outside_code_blocks()
    {
        var doc = RuleDocs.Parse(Page)["RS1001"];

        Assert.Equal("RS1001 — YAML syntax error", doc.Heading);
        Assert.StartsWith("**Level: warning.**", doc.HelpMarkdown, StringComparison.Ordinal);
        Assert.Contains("# a comment at the start of a code line", doc.HelpMarkdown, StringComparison.Ordinal);
        Assert.EndsWith("**Fix.** Correct it.", doc.HelpMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown field", doc.HelpMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_description_is_the_when_it_fires_paragraph_on_one_line()
        => Assert.Equal("The file is not well-formed `YAML`.", RuleDocs.Parse(Page)["RS1001"].FullDescription);

    [Fact]
    public void Help_text_is_plain_with_code_indented_instead_of_fenced()
    {
        var text = RuleDocs.Parse(Page)["RS1001"].HelpText;

        Assert.Contains("\n    title: x\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("```", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_rule_headings_become_sections_and_crlf_pages_read_the_same()
    {
        var sections = RuleDocs.Parse(Page.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(new[] { "RS1001", "RS1002" }, sections.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(RuleDocs.Parse(Page)["RS1001"], sections["RS1001"]);
    }

    [Fact]
    public void The_embedded_diagnostics_md_documents_every_rule()
        => Assert.All(Rules.All, rule => Assert.Equal($"{rule.Id} — {rule.Title}", RuleDocs.For(rule).Heading));

    [Fact]
    public void The_embedded_page_is_the_repositorys_docs_diagnostics_md()
    {
        var fromRepository = RuleDocs.Parse(File.ReadAllText(Path.Combine(TestSupport.Repo.Root, "docs", "diagnostics.md")));

        Assert.All(Rules.All, rule => Assert.Equal(fromRepository[rule.Id], RuleDocs.For(rule)));
    }
}
