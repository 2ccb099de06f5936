using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>Reads the text table of <c>reportsdk targets</c> back into cells, by the display columns of its header.</summary>
internal static class TableReader
{
    public static List<Dictionary<string, string>> Read(IReadOnlyList<string> lines)
    {
        var header = lines[0];
        var names = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starts = new List<int>();
        var searchFrom = 0;
        foreach (var name in names)
        {
            var index = header.IndexOf(name, searchFrom, StringComparison.Ordinal);
            starts.Add(TextTable.Width(header.Substring(0, index)));
            searchFrom = index + name.Length;
        }
        var rows = new List<Dictionary<string, string>>();
        foreach (var line in lines.Skip(2))
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < names.Length; c++)
            {
                var end = c + 1 < names.Length ? starts[c + 1] : int.MaxValue;
                cells[names[c]] = SliceByColumns(line, starts[c], end).Trim();
            }
            rows.Add(cells);
        }
        return rows;
    }

    /// <summary>The characters of <paramref name="line"/> whose display columns lie in [start, end).</summary>
    public static string SliceByColumns(string line, int start, int end)
    {
        var column = 0;
        var result = new System.Text.StringBuilder();
        foreach (var ch in line)
        {
            if (column >= start && column < end) result.Append(ch);
            column += TextTable.Width(ch.ToString());
        }
        return result.ToString();
    }
}
