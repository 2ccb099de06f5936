namespace ReportSdk.Curation.Drafting
{
    /// <summary>The unit written after a number, as <see cref="UnitMatcher"/> reads it.</summary>
    /// <param name="Unit">The unit's code in units.yaml.</param>
    /// <param name="Measure">The measure word of a count unit (个, 家, 所…), else null.</param>
    /// <param name="Approximate">余 or 多 stands between the number and its unit (100余家, 3万多人).</param>
    /// <param name="End">Just after the unit in the folded text.</param>
    public sealed record UnitMatch(string Unit, string? Measure, bool Approximate, int End);
}
