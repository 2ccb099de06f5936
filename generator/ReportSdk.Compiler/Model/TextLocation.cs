using System;

namespace ReportSdk.Compiler.Model
{
    /// <summary>
    /// Where something stands in a file: 1-based line and column of its start and end, and the
    /// 0-based character offsets. Kept as plain values so that models stay equatable and
    /// cacheable; the generator turns it into a Roslyn location only when reporting.
    /// </summary>
    public readonly record struct TextLocation(string Path, int Line, int Column, int EndLine, int EndColumn, int Start, int End)
    {
        /// <summary>The start of a file, for errors that concern the file as a whole.</summary>
        public static TextLocation FileStart(string path) => new(path, 1, 1, 1, 1, 0, 0);

        /// <summary>Compiler-style position: <c>path(line,col)</c>.</summary>
        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
