using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// The one printer of plain-text tables for every command: columns that line up in a terminal,
    /// counting East Asian wide characters as two columns (<see cref="Width"/>), under a heading and
    /// a dashed rule. With <see cref="MaxWidth"/>, the columns allowed to shrink (<see cref="Shrink"/>)
    /// give up width, the widest first, until the table fits; a cell cut short ends in "…". Columns of
    /// numbers may be right-aligned (<see cref="AlignRight"/>).
    /// </summary>
    internal sealed class TextTable
    {
        private const string Ellipsis = "…";
        private readonly string[] _headers;
        private readonly List<string[]> _rows = new();
        private readonly Dictionary<int, int> _minWidths = new();
        private readonly HashSet<int> _right = new();

        public TextTable(params string[] headers) => _headers = headers;

        public int RowCount => _rows.Count;

        /// <summary>The widest a line may be, in terminal columns; unlimited when null.</summary>
        public int? MaxWidth { get; init; }

        public void Add(params string[] cells) => _rows.Add(cells);

        /// <summary>Lets the column <paramref name="header"/> shrink down to <paramref name="minWidth"/> columns to fit <see cref="MaxWidth"/>.</summary>
        public TextTable Shrink(string header, int minWidth)
        {
            _minWidths[System.Array.IndexOf(_headers, header)] = minWidth;
            return this;
        }

        /// <summary>Right-aligns every column headed by one of <paramref name="headers"/>, its heading too: for numbers.</summary>
        public TextTable AlignRight(params string[] headers)
        {
            for (var i = 0; i < _headers.Length; i++)
            {
                if (System.Array.IndexOf(headers, _headers[i]) >= 0) _right.Add(i);
            }
            return this;
        }

        public void Write(TextWriter output)
        {
            var widths = _headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
            FitTo(widths);
            WriteRow(output, _headers, widths);
            WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
            foreach (var row in _rows) WriteRow(output, row, widths);
        }

        /// <summary>Narrows the shrinkable columns, one column at a time from the widest, until the table fits.</summary>
        private void FitTo(int[] widths)
        {
            if (MaxWidth is not { } max) return;
            while (widths.Sum() + 2 * (widths.Length - 1) > max)
            {
                var widest = _minWidths.Where(m => widths[m.Key] > m.Value).OrderByDescending(m => widths[m.Key]).ThenBy(m => m.Key).Select(m => (int?)m.Key).FirstOrDefault();
                if (widest is null) return; // everything is as narrow as it may be
                widths[widest.Value]--;
            }
        }

        private void WriteRow(TextWriter output, string[] cells, int[] widths)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) line.Append("  ");
                var cell = Cut(cells[i], widths[i]);
                if (_right.Contains(i)) line.Append(' ', widths[i] - Width(cell));
                line.Append(cell);
                if (!_right.Contains(i) && i < cells.Length - 1) line.Append(' ', widths[i] - Width(cell));
            }
            output.Write(line.ToString().TrimEnd() + "\n");
        }

        /// <summary>The text, or as much of it as fits in <paramref name="width"/> columns followed by "…".</summary>
        public static string Cut(string text, int width)
        {
            if (Width(text) <= width) return text;
            var cut = new StringBuilder();
            var used = 0;
            foreach (var c in text)
            {
                var w = Width(c.ToString());
                if (used + w > width - Width(Ellipsis)) break;
                cut.Append(c);
                used += w;
            }
            return cut.Append(Ellipsis).ToString();
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
