using ReportSdk.Compiler.Text;
using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

/// <summary>
/// The drafter's lookups that replace a reading of the whole document for each number give what that reading gave:
/// the figures of a stretch of text, every place of many dismissed texts, the first learned place covering a number.
/// </summary>
public class DraftIndexTests
{
    [Fact]
    public void The_figures_between_two_places_are_those_a_reading_of_all_finds()
    {
        var random = new Random(18);
        for (var round = 0; round < 100; round++)
        {
            var starts = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(0, 60)).OrderBy(s => s).ToList();
            var figures = starts.Select((s, i) => Figure(s, "f" + i)).ToList();
            for (var from = -1; from < 62; from++)
            {
                for (var to = from; to < 62; to += 3)
                {
                    Assert.Equal(figures.Where(f => f.NumberStart >= from && f.NumberStart < to).Select(f => f.Label),
                        EarlierFigures.Between(figures, from, to).Select(f => f.Label));
                }
            }
        }
    }

    [Fact]
    public void Every_place_of_short_and_long_texts_overlapping_ones_too()
    {
        var random = new Random(18);
        const string alphabet = "第1项年2";
        for (var round = 0; round < 50; round++)
        {
            var folded = FoldedText.Fold(new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
            var needles = Enumerable.Range(0, 12).Select(_ => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToList();
            var places = TextPlaces.FindAll(folded, needles);
            foreach (var needle in needles) Assert.Equal(folded.FindAll(needle, 0, folded.Value.Length), places[needle]);
        }
    }

    [Fact]
    public void The_first_learned_place_in_the_order_given_that_covers_a_number()
    {
        var random = new Random(18);
        for (var round = 0; round < 100; round++)
        {
            var given = Enumerable.Range(0, random.Next(0, 20)).Select(i =>
            {
                var start = random.Next(0, 50);
                return (Start: start, End: start + random.Next(1, 8), Item: "d" + i);
            }).ToList();
            var places = new LearnedPlaces<string>(given);
            for (var start = 0; start < 58; start++)
            {
                for (var end = start + 1; end < start + 5; end++)
                {
                    Assert.Equal(given.Where(d => d.Start <= start && end <= d.End).Select(d => d.Item).FirstOrDefault(), places.FirstCovering(start, end));
                }
            }
        }
    }

    private static FigureProposal Figure(int numberStart, string label)
        => new(false, "", null, label, "1", null, "percent", null, "exact", "2023", "annual", false, false, "", "1%", null, numberStart, 0);
}
