using Microsoft.CodeAnalysis.Text;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;

namespace ReportSdk.Fuzz.Tests;

/// <summary>Whether a finding points inside its file.</summary>
internal sealed class Locations
{
    private readonly Dictionary<string, (string Text, SourceText Lines)> _files = new(StringComparer.Ordinal);

    // The line tables of the unchanged files, shared by every mutant.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<InputFile, SourceText> Shared = new();

    public Locations(IEnumerable<InputFile> files)
    {
        // Lines as the compiler and the IDE count them: LF, CR, CRLF, NEL, LS and PS end a line.
        foreach (var file in files) _files[file.Path] = (file.Text, Shared.GetValue(file, f => SourceText.From(f.Text)));
    }

    /// <summary>
    /// Why <paramref name="finding"/> is not located inside its file, or null when it is: its path
    /// is one of the inputs, 1 ≤ line ≤ the file's line count, column ≥ 1, and 0 ≤ Start ≤ End ≤ the
    /// text's length.
    /// </summary>
    public string? Problem(Finding finding)
    {
        var l = finding.Location;
        if (!_files.TryGetValue(l.Path, out var file)) return $"path '{l.Path}' is not one of the input files";
        var lineCount = file.Lines.Lines.Count;
        if (l.Line < 1 || l.Line > lineCount) return $"line {l.Line} outside 1..{lineCount}";
        if (l.Column < 1) return $"column {l.Column} < 1";
        if (l.EndLine < 1 || l.EndLine > lineCount) return $"end line {l.EndLine} outside 1..{lineCount}";
        if (l.Start < 0 || l.End < l.Start || l.End > file.Text.Length) return $"offsets {l.Start}..{l.End} outside 0..{file.Text.Length}";
        return null;
    }

    /// <summary>
    /// A weaker property, counted but not asserted: the line and column name the same character
    /// as the offset <c>Start</c> (the IDE uses one, the build output the other), and the column
    /// lies within its line.
    /// </summary>
    public string? Inconsistency(Finding finding)
    {
        var l = finding.Location;
        if (!_files.TryGetValue(l.Path, out var file) || Problem(finding) is not null) return null;
        var line = file.Lines.Lines[l.Line - 1];
        if (l.Column - 1 > line.End - line.Start) return $"column {l.Column} beyond the end of line {l.Line} ({line.End - line.Start} characters)";
        var at = file.Lines.Lines.GetLinePosition(l.Start);
        if (at.Line != l.Line - 1 || at.Character != l.Column - 1) return $"({l.Line},{l.Column}) but offset {l.Start} is at ({at.Line + 1},{at.Character + 1})";
        return null;
    }
}
