using ReportSdk.Curation.Drafting;
using ReportSdk.Curation.Scoring;
using ReportSdk.Curation.Tests.Drafting;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Tests.Scoring;

/// <summary>--compare pairs proposals with curated figures at the same number and scores each field.</summary>
public class DraftComparisonTests
{
    [Fact]
    public void A_figure_proposed_right_scores_every_field_and_a_wrong_bound_only_that_field()
    {
        var fixture = new ReportSdk.Compiler.Tests.Fixtures.MinimalReport();
        var curated = fixture.Parse().Report!;
        var source = new SourceDocument(ReportSdk.Compiler.Tests.Fixtures.MinimalReport.SourcePath, fixture.SourceText!);

        var score = DraftEvaluation.Score(curated, source, DraftVocabulary.From(ReportSdk.Compiler.Tests.Fixtures.MinimalReport.Registry()));

        Assert.Equal(4, score.CuratedFigures);
        Assert.Equal(4, score.MatchedFigures);
        Assert.Equal(4, score.ValueAndUnit);
        Assert.Equal(4, score.Fields.Single(f => f.Field == "value").Correct);
        var bound = score.Fields.Single(f => f.Field == "bound");
        Assert.Equal(4, bound.Curated);
        Assert.True(score.Precision > 0m);
    }

    [Fact]
    public void Totals_add_up_the_reports()
    {
        var a = new DraftScore("a", 2, 0, 3, 2, 2, 2, 1, 1, 1, 1, new[] { new FieldScore("value", 2, 3, 2) }, Array.Empty<string>());
        var b = new DraftScore("b", 4, 1, 4, 4, 4, 3, 3, 2, 1, 0, new[] { new FieldScore("value", 4, 4, 3) }, Array.Empty<string>());

        var total = DraftScore.Total("total", new[] { a, b });

        Assert.Equal((6, 7, 6, 6, 5), (total.CuratedFigures, total.FigureProposals, total.MatchedFigures, total.ValuesFound, total.ValueAndUnit));
        Assert.Equal(new FieldScore("value", 6, 7, 5), total.Fields.Single());
        Assert.Equal(8m / 10m, total.Precision);
    }
}
