using ReportSdk.Curation.Drafting;

namespace ReportSdk.Curation.Tests.Drafting;

public class SortedSearchTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 3)]
    [InlineData(9, 4)]
    [InlineData(10, 4)]
    public void The_first_at_or_after_a_place_is_the_first_of_equal_places(int at, int index)
        => Assert.Equal(index, SortedSearch.FirstAtOrAfter(new[] { 2, 5, 5, 8 }, at, n => n));
}
