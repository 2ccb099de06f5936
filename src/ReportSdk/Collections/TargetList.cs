namespace ReportSdk
{
    /// <summary>A report's targets, in document order, with lookup by key.</summary>
    public class TargetList : FigureList<Target>
    {
        /// <summary>Creates the list; datasets are generated with these, not written by hand.</summary>
        public TargetList(params Target[] targets) : base(targets)
        {
        }
    }
}
