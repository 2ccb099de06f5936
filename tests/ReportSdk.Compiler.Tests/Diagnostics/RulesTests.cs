using System.Reflection;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Compiler.Tests.Diagnostics;

public class RulesTests
{
    [Fact]
    public void Rule_ids_are_RSnnnn_unique_and_in_order()
    {
        var ids = Rules.All.Select(r => r.Id).ToList();

        Assert.All(ids, id => Assert.Matches("^RS[1-9][0-9]{3}$", id));
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Every_public_rule_field_is_listed_in_All()
    {
        var fields = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule))
            .Select(f => (Rule)f.GetValue(null)!)
            .ToList();

        Assert.Equal(fields.Count, Rules.All.Count);
        Assert.All(fields, rule => Assert.Contains(rule, Rules.All));
    }

    [Fact]
    public void Rule_ids_are_in_the_ranges_of_their_kind()
    {
        Assert.All(new[] { Rules.YamlSyntax, Rules.UnknownField, Rules.DuplicateField, Rules.InconsistentQuantity }, r => Assert.StartsWith("RS1", r.Id, StringComparison.Ordinal));
        Assert.All(new[] { Rules.UnknownIndicator, Rules.SectionNotFound, Rules.DuplicateReport }, r => Assert.StartsWith("RS2", r.Id, StringComparison.Ordinal));
        Assert.All(new[] { Rules.QuoteNotFound, Rules.SourceHashMismatch, Rules.QuoteOutsideSection }, r => Assert.StartsWith("RS3", r.Id, StringComparison.Ordinal));
        Assert.StartsWith("RS9", Rules.InternalError.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_has_a_test_named_after_it()
    {
        var tested = typeof(RulesTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .SelectMany(m => Regex.Matches(m.Name, "RS[0-9]{4}").Select(match => match.Value))
            .ToHashSet(StringComparer.Ordinal);

        var untested = Rules.All.Select(r => r.Id).Where(id => !tested.Contains(id)).ToList();

        Assert.True(untested.Count == 0, "rules without a test named after them: " + string.Join(", ", untested));
    }

    [Fact]
    public void Rule_At_makes_a_finding_of_that_rule()
    {
        var location = new ReportSdk.Compiler.Model.TextLocation("r.yaml", 3, 7, 3, 9, 20, 22);

        var finding = Rules.QuoteNotFound.At(location, "m");

        Assert.Equal(new Finding("RS3001", DiagnosticLevel.Error, "m", location), finding);
    }
}
