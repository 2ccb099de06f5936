namespace ReportSdk.Schema.Text
{
    // Public in the compiler library (the CLI suggests commands and options with it); the runtime
    // links ClosestName.cs alone, where it stays internal.
    public static partial class ClosestName
    {
    }
}
