using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>A value read from the head of a source text, with the line it was read from, for the curator to check.</summary>
    public sealed record Guess(string Value, int Line);

    /// <summary>
    /// What the first lines of a report usually state — its title, the date and session it was
    /// delivered at (——2021年2月7日在洛阳市第十五届人民代表大会第四次会议上), the speaker
    /// (洛阳市人民政府市长 刘宛康) — read where they are written that way; null where they are not.
    /// Every value is a guess the skeleton marks CHECK.
    /// </summary>
    public sealed record MetadataGuess(Guess? Title, Guess? Kind, Guess? Delivered, Guess? Session, Guess? SpeakerName, Guess? SpeakerTitle)
    {
        /// <summary>How many lines from the top are read: the cover, title, date and speaker lines.</summary>
        private const int HeadLines = 12;

        private static readonly Regex Date = new(@"(?<y>(19|20)[0-9]{2})年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日", RegexOptions.CultureInvariant);
        private static readonly Regex SessionPattern = new(@"在(?<session>[^在]*?(人民代表大会|人大)[^在]*?会议)上", RegexOptions.CultureInvariant);
        private static readonly Regex Speaker = new(@"^(?<title>\S*(省长|市长|区长|县长|主任|局长))[ \u3000]*(?<name>[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3})$", RegexOptions.CultureInvariant);

        /// <summary>The plan year a delivery date implies (a report is given early in the year it plans), or null.</summary>
        public int? PlanYear => Delivered is null ? null : int.Parse(Delivered.Value.Substring(0, 4), CultureInfo.InvariantCulture);

        public static MetadataGuess Read(string text)
        {
            var lines = text.Split('\n').Take(HeadLines).Select(l => l.Trim(' ', '\t', '\u3000')).ToList();
            Guess? title = null, kind = null, delivered = null, session = null, name = null, speakerTitle = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (NumberingMarks.At(line).Level > 0) break; // the body starts
                if (title is null && (line.Contains("报告") || line.Contains("计划")) && line.Length <= 40 && !line.StartsWith("——"))
                {
                    title = new Guess(line, i + 1);
                    kind = KindOf(line) is { } k ? new Guess(k, i + 1) : null;
                }
                if (delivered is null && Date.Match(line) is { Success: true } date)
                {
                    delivered = new Guess(string.Create(CultureInfo.InvariantCulture,
                        $"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture):00}"), i + 1);
                }
                if (session is null && SessionPattern.Match(line) is { Success: true } s) session = new Guess(s.Groups["session"].Value, i + 1);
                if (name is null && Speaker.Match(line) is { Success: true } speaker)
                {
                    speakerTitle = new Guess(speaker.Groups["title"].Value, i + 1);
                    name = new Guess(speaker.Groups["name"].Value.Replace(" ", "").Replace("\u3000", ""), i + 1);
                }
            }
            return new MetadataGuess(title, kind, delivered, session, name, speakerTitle);
        }

        private static string? KindOf(string title)
        {
            if (title.Contains("政府工作报告")) return title.Contains("摘要") || title.Contains("摘编") ? "government-work-report-summary" : "government-work-report";
            if (title.Contains("计划")) return "plan-report";
            return null;
        }
    }
}
