namespace ReportSdk.Generator.Pipeline
{
    /// <summary>An additional file's normalized path and text: the first cached step of the pipeline.</summary>
    internal sealed record InputFile(string Path, string Text);
}
