using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Output;

namespace ReportSdk.Cli.Export
{
    /// <summary>
    /// Figures as CSV (RFC 4180), one row each with every column of <see cref="FigureColumns"/>, LF
    /// line ends: the export's CSV (which the export command writes with a byte-order mark, so
    /// that spreadsheet programs read the Chinese text correctly) and <c>targets --format csv</c>.
    /// </summary>
    internal static class FigureCsvWriter
    {
        public static void Write(TextWriter output, IEnumerable<Figure> figures)
        {
            output.Write(CsvText.Line(FigureColumns.All.Select(c => c.Name)));
            foreach (var figure in figures) output.Write(CsvText.Line(FigureColumns.All.Select(c => c.TextOf(figure))));
        }
    }
}
