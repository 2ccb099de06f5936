using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>
    /// Repairs the transport damage of a received document, mechanically and never a word more
    /// (docs/curating.md): the UTF-8 byte-order mark and CR LF line ends; a block of lines repeated
    /// verbatim right after itself (a page header, a doubled paragraph); PDF line wraps inside a
    /// paragraph; numbers in full-width digits (２０２１, ８．５); stray spaces inside numbers (8 000, 5 128.4, 8 %); a missing
    /// final line break.
    /// Each repair is one line of <see cref="NormalizedSource.Edits"/>, with its line number.
    /// </summary>
    public static class SourceNormalizer
    {
        /// <summary>
        /// A line shorter than this is not a wrap even without closing punctuation: it is a title,
        /// a date or a speaker line. PDF text wraps at the page width, well beyond 20 characters.
        /// </summary>
        public const int ShortestWrappedLine = 20;

        private const string SentenceEnds = "。！？：；!?:;";
        private const string FullStops = "。！？!?";
        private const string Closers = "”’」』）)》】\"'";

        private static readonly Regex ThousandsSpace = new(@"(?<=[0-9])[ \u00A0\u3000]+(?=[0-9]{3}(?![0-9]))", RegexOptions.CultureInvariant);
        private static readonly Regex PercentSpace = new(@"(?<=[0-9])[ \u00A0\u3000]+(?=[%％‰])", RegexOptions.CultureInvariant);
        private static readonly Regex PointSpace = new(@"(?<=[0-9])[ \u00A0\u3000]*[.．][ \u00A0\u3000]*(?=[0-9])", RegexOptions.CultureInvariant);
        private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

        /// <summary>The normalized text of a document received as <paramref name="bytes"/>.</summary>
        /// <exception cref="InvalidDataException">The bytes are not UTF-8 text.</exception>
        public static NormalizedSource Normalize(byte[] bytes)
        {
            var edits = new List<string>();
            var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            string text;
            try
            {
                text = Strict.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new InvalidDataException("the document is not UTF-8 text; convert it first (e.g. iconv -f GB18030 -t UTF-8)");
            }
            if (hasBom) edits.Add("removed the UTF-8 byte-order mark");
            if (text.Contains('\r'))
            {
                text = text.Replace("\r\n", "\n").Replace('\r', '\n');
                edits.Add("line ends CR LF → LF");
            }
            var endsWithNewline = text.EndsWith("\n", StringComparison.Ordinal);
            var lines = text.Split('\n').ToList();
            if (endsWithNewline) lines.RemoveAt(lines.Count - 1);

            RemoveRepeatedBlocks(lines, edits);
            var joined = JoinWraps(lines, edits);
            WriteDigitsHalfWidth(joined, edits);
            RemoveSpacesInNumbers(joined, edits);
            if (!endsWithNewline && text.Length > 0) edits.Add("added the final line break (the original ends without one)");
            return new NormalizedSource(string.Join("\n", joined) + "\n", edits);
        }

        /// <summary>
        /// A block of lines followed at once by the same lines again (a blank line between allowed)
        /// keeps its first copy. Line numbers in the edit are those of the document as received.
        /// Blocks of up to <see cref="LongestRepeatedBlock"/> lines are looked for, so that the time grows with the
        /// length of the text, not with its square.
        /// </summary>
        private static void RemoveRepeatedBlocks(List<string> lines, List<string> edits)
        {
            // Each line as the number of its text (equal texts, equal numbers), whether it is blank and its
            // original line number, so that comparing blocks compares integers and allocates nothing.
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<LineRow>(lines.Count);
            for (var n = 0; n < lines.Count; n++)
            {
                if (!ids.TryGetValue(lines[n], out var id)) ids.Add(lines[n], id = ids.Count);
                rows.Add(new LineRow(id, lines[n].Trim().Length == 0, n + 1));
            }
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Blank) continue;
                for (var size = 1; size <= LongestRepeatedBlock && i + 2 * size <= rows.Count + 1; size++)
                {
                    var gap = RepeatAt(rows, i, size);
                    if (gap < 0) continue;
                    var start = i + size + gap;
                    edits.Add($"original {Range(rows[start - gap].Number, rows[start + size - 1].Number)}: removed a repeated block, a verbatim copy of {Range(rows[i].Number, rows[i + size - 1].Number)} right before it ({Excerpt(lines[rows[i].Number - 1], 12)})");
                    rows.RemoveRange(i + size, gap + size);
                    size = 0; // a third copy may follow
                }
            }
            if (rows.Count == lines.Count) return;
            var kept = rows.Select(r => lines[r.Number - 1]).ToList();
            lines.Clear();
            lines.AddRange(kept);
        }

        private readonly record struct LineRow(int Text, bool Blank, int Number);

        /// <summary>
        /// The most lines a repeated block may have: a page's navigation, a paragraph pasted twice or a
        /// table printed twice is far shorter; a longer one is left as it is.
        /// </summary>
        public const int LongestRepeatedBlock = 400;

        /// <summary>0 or 1 (the blank lines between) when rows[i..i+size) repeat right after themselves, else -1.</summary>
        private static int RepeatAt(List<LineRow> rows, int i, int size)
        {
            for (var gap = 0; gap <= 1; gap++)
            {
                var start = i + size + gap;
                if (start + size > rows.Count) return -1;
                if (gap == 1 && !rows[i + size].Blank) return -1;
                if (rows[i + size - 1].Blank) return -1; // a block ends with text
                var same = true;
                for (var k = 0; k < size && same; k++) same = rows[i + k].Text == rows[start + k].Text;
                if (same) return gap;
            }
            return -1;
        }

        /// <summary>
        /// Joins a line to the next when the break between them is a PDF wrap: the line is long
        /// (≥ <see cref="ShortestWrappedLine"/>), does not end a sentence (。！？：；, a closing quote
        /// allowed after them), is not a heading or a —— subtitle, and the next line is text, not a
        /// heading or a subtitle. Blank lines are paragraph breaks and stay. Nothing is inserted.
        /// A line that ends with the paragraph marker of a document site (<see cref="ParagraphMarker"/>) ends its paragraph.
        /// On a page broken at a fixed width (<see cref="PageWidth"/>), any line at the width goes on unless it ends a
        /// sentence (。！？): one that ends a clause (；：) or opens a —— subtitle was cut there by the width, as anywhere else.
        /// </summary>
        private static List<string> JoinWraps(List<string> lines, List<string> edits)
        {
            var marker = ParagraphMarker(lines);
            var width = PageWidth.Of(lines);
            var result = new List<string>();
            var open = false; // whether the last line of result may take the next one
            foreach (var line in lines)
            {
                if (open && IsText(line))
                {
                    var previous = result[result.Count - 1];
                    var head = previous.TrimEnd(' ', '\t', '\u3000');
                    var tail = line.TrimStart(' ', '\t', '\u3000');
                    edits.Add($"line {result.Count}: joined a PDF line wrap at {Excerpt(head, -6)}|{Excerpt(tail, 6)}; nothing inserted");
                    result[result.Count - 1] = head + tail;
                }
                else
                {
                    result.Add(line);
                }
                open = (MayWrap(result[result.Count - 1]) || GoesOnAtWidth(line, width)) && (marker is null || !result[result.Count - 1].TrimEnd(' ', '\t', '\u3000').EndsWith(marker, StringComparison.Ordinal));
            }
            return result;
        }

        /// <summary>
        /// The token some document sites put at the end of every paragraph of a converted PDF (提出意见。PZl,
        /// 工作回顾2uD): the same two to four Latin letters and digits, with a letter among them, after Chinese or
        /// its punctuation at the end of three lines or more. Kept in the text (it is what was received); it only
        /// tells where paragraphs end. Null when the text has none.
        /// </summary>
        private static string? ParagraphMarker(List<string> lines)
            => lines.Select(l => MarkerAtEnd.Match(l.TrimEnd(' ', '\t', '\u3000')))
                .Where(m => m.Success)
                .GroupBy(m => m.Value, StringComparer.Ordinal)
                .Where(g => g.Count() >= 3)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();

        private static readonly Regex MarkerAtEnd = new(@"(?<=[\u4e00-\u9fff。！？：；，、”）:;,!?)])(?=[A-Za-z0-9]{0,3}[A-Za-z])[A-Za-z0-9]{2,4}$", RegexOptions.CultureInvariant);

        private static bool IsText(string line)
        {
            var trimmed = line.TrimStart(' ', '\t', '\u3000');
            return trimmed.Length > 0 && NumberingMarks.At(trimmed).Level == 0 && !trimmed.StartsWith("——", StringComparison.Ordinal);
        }

        private static bool MayWrap(string line)
        {
            var trimmed = line.Trim(' ', '\t', '\u3000');
            if (trimmed.Length < ShortestWrappedLine || trimmed.StartsWith("——", StringComparison.Ordinal)) return false;
            if (NumberingMarks.At(trimmed).Level > 0 && trimmed.IndexOfAny("。！？；".ToCharArray()) < 0) return false; // a heading line
            var end = trimmed.TrimEnd(Closers.ToCharArray());
            return end.Length > 0 && SentenceEnds.IndexOf(end[end.Length - 1]) < 0;
        }

        private static bool GoesOnAtWidth(string line, int? width)
        {
            if (!PageWidth.IsAt(line, width)) return false;
            var end = line.Trim(' ', '\t', '\u3000').TrimEnd(Closers.ToCharArray());
            return end.Length > 0 && FullStops.IndexOf(end[end.Length - 1]) < 0;
        }

        /// <summary>
        /// ２０２１ → 2021, ８．５ → 8.5: numbers an input method wrote in full-width digits, which the rules and the quote
        /// matching read as half-width only (format.md: only punctuation's width does not count).
        /// </summary>
        private static void WriteDigitsHalfWidth(List<string> lines, List<string> edits)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var repairs = new List<string>();
                var line = FullWidthNumber.Replace(lines[i], m =>
                {
                    var half = string.Concat(m.Value.Select(c => c is '．' or '.' ? '.' : (char)(c - 0xFEE0)));
                    repairs.Add($"\"{m.Value}\" → \"{half}\"");
                    return half;
                });
                if (repairs.Count == 0) continue;
                lines[i] = line;
                var shown = repairs.Count <= MaxRepairsShown ? string.Join(", ", repairs)
                    : string.Join(", ", repairs.Take(MaxRepairsShown)) + string.Create(CultureInfo.InvariantCulture, $" and {repairs.Count - MaxRepairsShown} more");
                edits.Add($"line {i + 1}: wrote full-width digits half-width: {shown}");
            }
        }

        /// <summary>The most repairs of one kind an edit line lists.</summary>
        private const int MaxRepairsShown = 3;

        private static readonly Regex FullWidthNumber = new("[０-９]+(?:[．.][０-９]+)?", RegexOptions.CultureInvariant);

        /// <summary>8 000 → 8000, 5 128.4 → 5128.4, 5128 .4 → 5128.4, 8 % → 8%: spaces the PDF put inside a number.</summary>
        private static void RemoveSpacesInNumbers(List<string> lines, List<string> edits)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var repairs = new List<string>();
                var line = lines[i];
                foreach (var pattern in new[] { ThousandsSpace, PercentSpace, PointSpace })
                {
                    line = pattern.Replace(line, m =>
                    {
                        var kept = m.Value.Trim(' ', '\u00A0', '\u3000');
                        if (kept == m.Value) return m.Value;
                        repairs.Add(Around(line, m, kept));
                        return kept;
                    });
                }
                if (repairs.Count == 0) continue;
                lines[i] = line;
                edits.Add($"line {i + 1}: removed stray spaces inside numbers: {string.Join(", ", repairs)}");
            }
        }

        /// <summary>"8 000" → "8000": the number around a repair, before and after.</summary>
        private static string Around(string line, Match m, string kept)
        {
            var start = m.Index;
            while (start > 0 && (char.IsDigit(line[start - 1]) || line[start - 1] == '.')) start--;
            var end = m.Index + m.Length;
            while (end < line.Length && (char.IsDigit(line[end]) || line[end] is '.' or '%' or '％' or '‰')) end++;
            var before = line.Substring(start, end - start);
            var after = line.Substring(start, m.Index - start) + kept + line.Substring(m.Index + m.Length, end - m.Index - m.Length);
            return $"\"{before}\" → \"{after}\"";
        }

        private static string Range(int first, int last) => first == last ? string.Create(CultureInfo.InvariantCulture, $"line {first}") : string.Create(CultureInfo.InvariantCulture, $"lines {first}-{last}");

        /// <summary>The first <paramref name="count"/> characters of a text (the last ones when negative), with … where cut.</summary>
        private static string Excerpt(string text, int count)
        {
            var n = Math.Abs(count);
            var trimmed = text.Trim();
            if (trimmed.Length <= n) return trimmed;
            return count > 0 ? trimmed.Substring(0, n) + "…" : "…" + trimmed.Substring(trimmed.Length - n);
        }
    }
}
