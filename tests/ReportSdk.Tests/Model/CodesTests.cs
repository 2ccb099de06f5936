namespace ReportSdk.Tests.Model;

public class CodesTests
{
    [Theory]
    [InlineData(Bound.AtLeast, "at-least")]
    [InlineData(Bound.MoreThan, "more-than")]
    [InlineData(Bound.Exact, "exact")]
    public void Bounds_have_their_kebab_case_codes(Bound bound, string code)
    {
        Assert.Equal(code, bound.ToCode());
        Assert.Equal(bound, Codes.Parse<Bound>(code));
    }

    [Fact]
    public void Every_enum_value_round_trips_through_its_code()
    {
        foreach (var kind in Enum.GetValues<ReportKind>()) Assert.Equal(kind, Codes.Parse<ReportKind>(kind.ToCode()));
        foreach (var kind in Enum.GetValues<FigureKind>()) Assert.Equal(kind, Codes.Parse<FigureKind>(kind.ToCode()));
        foreach (var role in Enum.GetValues<SectionRole>()) Assert.Equal(role, Codes.Parse<SectionRole>(role.ToCode()));
        Assert.Equal("government-work-report-summary", ReportKind.GovernmentWorkReportSummary.ToCode());
    }

    [Fact]
    public void An_unknown_code_is_a_format_error_naming_the_known_ones()
    {
        var error = Assert.Throws<FormatException>(() => Codes.Parse<Bound>("roughly"));

        Assert.Contains("at-least", error.Message, StringComparison.Ordinal);
    }
}
