using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Compiler.Tests.Fixtures;

internal static class FindingAssert
{
    /// <summary>Asserts the rule id and the 1-based line and column where the finding starts.</summary>
    public static void At(Finding finding, string id, int line, int column)
    {
        Assert.True(finding.Id == id && finding.Location.Line == line && finding.Location.Column == column,
            $"expected {id} at ({line},{column}), got {finding}");
    }

    /// <summary>Asserts that <paramref name="findings"/> hold exactly one finding, of rule <paramref name="id"/> at (line, column).</summary>
    public static Finding Single(IEnumerable<Finding> findings, string id, int line, int column)
    {
        var list = findings.ToList();
        Assert.True(list.Count == 1, $"expected exactly one finding ({id} at ({line},{column})), got {list.Count}:\n{string.Join("\n", list)}");
        At(list[0], id, line, column);
        return list[0];
    }

    /// <summary>The single finding of rule <paramref name="id"/> among others, at (line, column).</summary>
    public static Finding Contains(IEnumerable<Finding> findings, string id, int line, int column)
    {
        var list = findings.ToList();
        var matching = list.Where(f => f.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected exactly one {id}, got {matching.Count} among:\n{string.Join("\n", list)}");
        At(matching[0], id, line, column);
        return matching[0];
    }

    public static string Describe(IEnumerable<Finding> findings) => string.Join("\n", findings);
}
