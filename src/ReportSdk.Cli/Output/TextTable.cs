using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Output
{
    /// <summary>A plain-text table whose columns line up in a terminal, counting CJK characters as two columns.</summary>
    internal sealed class TextTable
    {
        private readonly string[] _headers;
        private readonly List<string[]> _rows = new();

        public TextTable(params string[] headers) => _headers = headers;

        public int RowCount => _rows.Count;

        public void Add(params string[] cells) => _rows.Add(cells);

        public void Write(TextWriter output)
        {
            var widths = _headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
            WriteRow(output, _headers, widths);
            WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
            foreach (var row in _rows) WriteRow(output, row, widths);
        }

        private static void WriteRow(TextWriter output, string[] cells, int[] widths)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) line.Append("  ");
                line.Append(cells[i]);
                if (i < cells.Length - 1) line.Append(' ', widths[i] - Width(cells[i]));
            }
            output.Write(line.ToString().TrimEnd() + "\n");
        }

        /// <summary>Terminal columns: East Asian wide and full-width characters take two.</summary>
        public static int Width(string text)
        {
            var width = 0;
            foreach (var c in text)
            {
                width += c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
                    || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1;
            }
            return width;
        }
    }
}
