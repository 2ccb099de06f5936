using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Tests.Coverage;

public class InnermostSectionTests
{
    private static SectionSpan Span(string path, int start, int end)
    {
        var at = new TextLocation("r.yaml", 1, 1, 1, 1, 0, 0);
        var spec = new SectionSpec(new Located<string>(path, at), "", new Located<string>("", at), new Located<string?>(null, at), default, at);
        return new SectionSpan(path, spec, "", start, end);
    }

    // The definition the sweep must keep: among the spans that hold the number, the longest path, the first on a tie.
    private static SectionSpan? ByDefinition(IReadOnlyList<SectionSpan> spans, int start, int end)
        => spans.Where(s => s.Start <= start && end <= s.End).OrderByDescending(s => s.Path.Length).FirstOrDefault();

    [Fact]
    public void A_number_belongs_to_the_deepest_section_that_holds_it_and_one_across_a_subsection_to_its_parent()
    {
        var spans = new[] { Span("a", 0, 100), Span("a/b", 10, 40), Span("a/c", 40, 90), Span("d", 100, 200) };
        var sections = new InnermostSection(spans);

        Assert.Equal("a", sections.Of(2, 4)?.Path);
        Assert.Equal("a/b", sections.Of(12, 14)?.Path);
        Assert.Equal("a", sections.Of(38, 42)?.Path);
        Assert.Equal("a/c", sections.Of(50, 52)?.Path);
        Assert.Equal("d", sections.Of(150, 152)?.Path);
        Assert.Null(sections.Of(250, 252));
    }

    [Fact]
    public void Overlapping_and_tied_spans_give_what_the_definition_gives_for_every_number()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(1, 12)).Select(i =>
            {
                var start = random.Next(0, 90);
                return Span(new string('x', random.Next(1, 4)) + i, start, start + random.Next(0, 40));
            }).ToList();
            var numbers = Enumerable.Range(0, 30).Select(_ => random.Next(0, 120)).Order().Select(s => (Start: s, End: s + random.Next(1, 6))).ToList();
            var sections = new InnermostSection(spans);
            foreach (var (start, end) in numbers)
            {
                Assert.Same(ByDefinition(spans, start, end), sections.Of(start, end));
            }
        }
    }
}
