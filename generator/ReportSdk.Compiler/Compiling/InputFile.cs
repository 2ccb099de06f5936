namespace ReportSdk.Compiler.Compiling
{
    /// <summary>A data file as the compiler gets it: its path (as the user should see it in findings) and its text.</summary>
    internal sealed record InputFile(string Path, string Text);
}
