using System.Text;

namespace ReportSdk.Cli.Tests.TestSupport;

/// <summary>A strict RFC 4180 reader, independent of the writer under test.</summary>
internal static class CsvReader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] != ',' && text[i] != '\n') throw new FormatException($"text after a closing quote at {i}");
                    continue;
                }
                cell.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case '"':
                    throw new FormatException($"a quote inside an unquoted cell at {i}");
                case ',':
                    record.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    records.Add(record);
                    record = new List<string>();
                    break;
                case '\r':
                    throw new FormatException($"a bare CR outside quotes at {i}");
                default:
                    cell.Append(c);
                    break;
            }
            i++;
        }
        if (quoted) throw new FormatException("unterminated quoted cell");
        if (cell.Length > 0 || record.Count > 0)
        {
            record.Add(cell.ToString());
            records.Add(record);
        }
        return records;
    }
}
