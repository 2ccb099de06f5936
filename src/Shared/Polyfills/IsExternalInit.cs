namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets netstandard2.0 code use records and <c>init</c> accessors (the compiler needs the type
    /// by name). Written by hand rather than by a polyfill generator, which added its sources in a
    /// different order on each build and so made the assembly differ between two builds of one commit.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
