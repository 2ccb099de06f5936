namespace ReportSdk.Compiler.Model
{
    /// <summary>A value read from YAML together with where it was written.</summary>
    public readonly record struct Located<T>(T Value, TextLocation Location);
}
