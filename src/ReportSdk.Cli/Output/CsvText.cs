using System.Collections.Generic;
using System.Linq;

namespace ReportSdk.Cli.Output
{
    /// <summary>RFC 4180 lines: a cell with a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    internal static class CsvText
    {
        public static string Line(IEnumerable<string?> cells) => string.Join(",", cells.Select(Cell)) + "\n";

        public static string Cell(string? value)
        {
            if (value is null) return "";
            return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }
    }
}
