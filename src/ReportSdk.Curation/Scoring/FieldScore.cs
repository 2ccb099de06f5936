namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// How well proposals got one field: <paramref name="Curated"/> curated figures have it (every one for
    /// a field every figure has; for max, indicator, measure those that give it; for aspirational and headline
    /// those where it is true), <paramref name="Proposed"/> proposals have it, and <paramref name="Correct"/>
    /// proposals have it equal to the curated figure at the same number.
    /// </summary>
    public sealed record FieldScore(string Field, int Curated, int Proposed, int Correct)
    {
        /// <summary>Correct among the proposals that give the field; 1 when none does.</summary>
        public decimal Precision => Proposed == 0 ? 1m : (decimal)Correct / Proposed;

        /// <summary>Correct among the curated figures that give the field; 1 when none does.</summary>
        public decimal Recall => Curated == 0 ? 1m : (decimal)Correct / Curated;

        /// <summary>The sum of two scores of one field.</summary>
        public FieldScore Plus(FieldScore other) => new(Field, Curated + other.Curated, Proposed + other.Proposed, Correct + other.Correct);
    }
}
