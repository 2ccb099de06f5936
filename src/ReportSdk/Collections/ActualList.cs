namespace ReportSdk
{
    /// <summary>A report's actuals (reported figures), in document order, with lookup by key.</summary>
    public class ActualList : FigureList<Actual>
    {
        /// <summary>Creates the list; datasets are generated with these, not written by hand.</summary>
        public ActualList(params Actual[] actuals) : base(actuals)
        {
        }
    }
}
