namespace ReportSdk.Compiler.Model
{
    /// <summary>A unit of measure from <c>units.yaml</c>; <see cref="Scale"/> is its size in the dimension's base unit.</summary>
    public sealed record UnitSpec(Located<string> Code, string Name, string English, string Dimension, string Scale)
    {
        /// <summary>
        /// Other Chinese words for the unit (标准箱 for 标箱), from the optional <c>aliases</c> list; only
        /// <c>reportsdk draft</c> reads them, to read the unit after a number.
        /// </summary>
        public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;
    }
}
