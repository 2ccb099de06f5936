using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Tests.Text;

/// <summary>Finding through the index of a long text gives what a scan of the text gives, place for place.</summary>
public class GramIndexTests
{
    [Fact]
    public void The_index_finds_every_place_a_scan_finds_in_order_and_stops_at_the_limit()
    {
        var random = new Random(20210207);
        const string alphabet = "增长亿元万人%.0123456789，。生产总值";
        var text = new string(Enumerable.Range(0, FoldedText.IndexedLength + 5000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var folded = FoldedText.Fold(text);
        var index = GramIndex.Build(folded.Value);

        for (var i = 0; i < 300; i++)
        {
            var at = random.Next(folded.Value.Length - 12);
            var needle = folded.Value.Substring(at, random.Next(GramIndex.Length, 12));
            var start = random.Next(at + 1);
            var end = Math.Min(folded.Value.Length, at + needle.Length + random.Next(50000));
            var scan = Scan(folded.Value, needle, start, end);

            Assert.Equal(scan, index.FindAll(needle, start, end, int.MaxValue));
            Assert.Equal(scan.Take(2), index.FindAll(needle, start, end, 2));
            Assert.Equal(scan, folded.FindAll(needle, start, end));
        }
    }

    [Fact]
    public void A_needle_with_a_run_the_text_lacks_is_found_nowhere()
        => Assert.Empty(GramIndex.Build("生产总值增长8%以上").FindAll("生产总值下降", 0, 9, int.MaxValue));

    private static List<int> Scan(string text, string needle, int start, int end)
    {
        var hits = new List<int>();
        for (var i = start; i <= end - needle.Length; i++)
        {
            if (string.CompareOrdinal(text, i, needle, 0, needle.Length) == 0) hits.Add(i);
        }
        return hits;
    }
}
