using System.Globalization;
using System.Text;

namespace ReportSdk.Fuzz.Tests;

/// <summary>Writing values into YAML text, and showing odd text readably in failure messages.</summary>
internal static class Yaml
{
    /// <summary>
    /// A YAML double-quoted scalar holding <paramref name="value"/>. With <paramref name="escapeOdd"/>
    /// every control, line-separator or surrogate character is written as a YAML escape
    /// (<c>\L</c>, <c>\N</c>, <c>\0</c>, <c>\ud800</c>…); without it such characters stand raw in
    /// the text (only <c>"</c>, <c>\</c> and line feeds are always escaped).
    /// </summary>
    public static string DoubleQuoted(string value, bool escapeOdd = true)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append(escapeOdd ? "\\r" : "\r"); break;
                case '\t': b.Append(escapeOdd ? "\\t" : "\t"); break;
                case '\0': b.Append(escapeOdd ? "\\0" : "\0"); break;
                case '\u0085': b.Append(escapeOdd ? "\\N" : "\u0085"); break;
                case '\u2028': b.Append(escapeOdd ? "\\L" : "\u2028"); break;
                case '\u2029': b.Append(escapeOdd ? "\\P" : "\u2029"); break;
                default:
                    if (escapeOdd && (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE'))
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    /// <summary>The text of a scalar as written (quotes removed, escapes of a double-quoted scalar kept as they are).</summary>
    public static string Unquoted(string written, out bool wasDoubleQuoted)
    {
        wasDoubleQuoted = written.Length >= 2 && written[0] == '"' && written[^1] == '"';
        if (wasDoubleQuoted) return written[1..^1];
        if (written.Length >= 2 && written[0] == '\'' && written[^1] == '\'') return written[1..^1].Replace("''", "'", StringComparison.Ordinal);
        return written;
    }

    /// <summary>A scalar's value in double quotes, with <paramref name="before"/> and <paramref name="after"/> (already YAML-escaped) around it.</summary>
    public static string Around(string written, string before, string after)
    {
        var inner = Unquoted(written, out var wasDoubleQuoted);
        var escaped = wasDoubleQuoted ? inner : DoubleQuoted(inner)[1..^1];
        return "\"" + before + escaped + after + "\"";
    }

    /// <summary>Text for a failure message: odd characters as <c>\uXXXX</c>, long text shortened.</summary>
    public static string Visible(string text, int max = 160)
    {
        var b = new StringBuilder();
        foreach (var c in text)
        {
            if (b.Length >= max)
            {
                b.Append("… (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
                break;
            }
            if (c == '\n') b.Append("\\n");
            else if (c == '\r') b.Append("\\r");
            else if (c == '\t') b.Append("\\t");
            else if (c < ' ' || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u200B' or '\u200E' or '\u200F' or '\u202E' or >= '\uFFFE')
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else b.Append(c);
        }
        return b.ToString();
    }
}
