namespace ReportSdk
{
    /// <summary>A report's actuals (reported figures), in document order, with lookup by key.</summary>
    public class ActualList : FigureList<Actual>
    {
        /// <summary>A list of these actuals, in this order; generated datasets derive their typed trees from it.</summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        protected internal ActualList(System.Collections.Generic.IReadOnlyList<Actual> actuals) : base(actuals)
        {
        }
    }
}
