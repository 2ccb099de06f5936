namespace ReportSdk
{
    /// <summary>A report's targets, in document order, with lookup by key.</summary>
    public class TargetList : FigureList<Target>
    {
        /// <summary>A list of these targets, in this order; generated datasets derive their typed trees from it.</summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        protected internal TargetList(System.Collections.Generic.IReadOnlyList<Target> targets) : base(targets)
        {
        }
    }
}
