using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSdk.Curation.Intake
{
    /// <summary>A value read from the head of a source text, with the line it was read from and how, for the curator to check.</summary>
    public sealed record Guess(string Value, int Line, string? How = null);

    /// <summary>
    /// What the head of a document states — its title, kind, the date and session it was delivered at,
    /// the speaker, and for a plan issued inside a notice (关于印发…计划的通知) the issuer and document
    /// number — read the way documents and the pages that carry them write it: a title spaced out
    /// (政 府 工 作 报 告) or wrapped over two lines, a session line wrapped, a site's own title and
    /// posting date around the document, a news report's dateline. Every value is a guess the skeleton
    /// marks CHECK; null where the text does not say.
    /// </summary>
    public sealed record MetadataGuess(
        Guess? Title,
        Guess? Kind,
        Guess? Delivered,
        Guess? Session,
        Guess? SpeakerName,
        Guess? SpeakerTitle,
        Guess? Issuer,
        Guess? DocumentNumber,
        Guess? ReviewYear,
        Guess? PlanYear)
    {
        /// <summary>How many lines from the top are the head: the cover, title, date, speaker and notice lines.</summary>
        private const int HeadLines = 30;

        private static readonly Regex Date = new(@"(?<y>(19|20)[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant);
        private static readonly Regex SessionIn = new(@"在(?<session>[^在。；;，,、报]{0,30}?届[^在。；;，,、报]{0,12}?(人民代表大会|人大)[^在。；;，,、报]{0,16}?会议)", RegexOptions.CultureInvariant);
        private static readonly Regex SessionNamed = new(@"(?<session>[\u4e00-\u9fff]{2,16}第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议)", RegexOptions.CultureInvariant);
        private static readonly Regex Speaker = new(@"^(?<title>[^\s，。：:]{0,30}?(省长|市长|区长|县长|旗长|州长|盟长|主任|局长|主席))[ \u3000]*(?<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9})$", RegexOptions.CultureInvariant);
        private static readonly Regex NewsSpeaker = new(@"(?<title>[\u4e00-\u9fff]{0,14}(省长|市长|区长|县长|旗长|州长))(?<name>[\u4e00-\u9fff]{2,3})(代表[\u4e00-\u9fff]{0,6}政府)?在?(作|向大会作)[《]?政府工作报告", RegexOptions.CultureInvariant);
        private static readonly Regex DocumentNumberPattern = new(@"[\u4e00-\u9fff]{1,8}[〔\[［(（](19|20)[0-9]{2}[〕\]］)）]\s*[0-9]{1,4}\s*号", RegexOptions.CultureInvariant);
        private static readonly Regex Notice = new(@"^(?<issuer>[\u4e00-\u9fff]{2,30}?(人民政府|政府办公室|人民政府办公室|政府办公厅|人民政府办公厅))?关于(印发|下达|批转)(?<what>.+?)的通知$", RegexOptions.CultureInvariant);
        private static readonly Regex Decoration = new(@"^[•·\-*\s]+|【[^】]*】", RegexOptions.CultureInvariant);
        private static readonly Regex SiteWrapper = new(@"^[(（][\u4e00-\u9fff]{2,8}[)）]\s*|\s*[(（]全文[)）].*$", RegexOptions.CultureInvariant);
        // A heading, or a news report's list of the report's parts (报告分四个部分：一是2010年政府工作回顾…).
        private static readonly Regex ReviewHeading = new(@"(^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*|[一二三四五六七八九十]是)(?<y>(19|20)[0-9]{2})年(政府)?(工作回顾|国民经济和社会发展计划执行情况|主要工作回顾|工作总结)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
        private static readonly Regex PageLine = new(@"(发布|日期|时间|成文|公开|更新|来源|点击)[:：]", RegexOptions.CultureInvariant);
        private static readonly Regex PageDatePrefix = new(@"(发布|日期|时间|成文|公开|更新|来源)[^\n]{0,6}$", RegexOptions.CultureInvariant);

        /// <summary>Words that mark the first lines of a news report rather than of the document itself.</summary>
        private static readonly string[] NewsWords = { "记者", "电 (", "电(", "日电", "消息(", "讯 ", "讯(", "人民网", "新华网", "央广网", "新华社" };

        /// <summary>The head of <paramref name="text"/> read.</summary>
        public static MetadataGuess Read(string text)
        {
            var lines = text.Split('\n').Take(HeadLines).Select(l => l.Trim(' ', '\t', '\u3000')).ToList();
            var bodyStart = lines.FindIndex(l => NumberingMarks.At(l).Level > 0);
            var head = bodyStart < 0 ? lines : lines.Take(bodyStart).ToList();
            // A news report: a reporter's byline, or the speaker in the third person (县长贾建刚向大会作政府工作报告).
            var isNews = head.Take(6).Any(l => NewsWords.Any(w => l.Contains(w, StringComparison.Ordinal))) || head.Any(l => NewsSpeaker.IsMatch(l));

            var (notice, issuer, number) = ReadNotice(head);
            var title = ReadTitle(head, notice);
            var delivered = ReadDate(head, notice);
            var session = ReadSession(head);
            var (speakerTitle, speakerName) = ReadSpeaker(head);
            var kind = KindOf(title?.Value, text, isNews, title?.Line ?? 1);
            if (title is null && kind is not null && kind.Value != "plan-report")
            {
                title = new Guess("政府工作报告", kind.Line, "from the kind: the text does not give its title");
            }
            var (reviewYear, planYear) = Years(text, delivered);
            if (delivered is null && isNews && planYear is not null) delivered = NewsDate(head, planYear.Value);
            return new MetadataGuess(title, kind, delivered, session, speakerName, speakerTitle, issuer, number, reviewYear, planYear);
        }

        /// <summary>A notice that issues the document (关于印发《…计划》的通知): the plan's own title in it, its issuer, its document number.</summary>
        private static (Guess? Title, Guess? Issuer, Guess? Number) ReadNotice(List<string> head)
        {
            for (var i = 0; i < head.Count; i++)
            {
                var line = Unspaced(head[i]);
                // A notice title may wrap: 关于印发新乡市2024年国民经济和 / 社会发展计划的通知.
                var joined = i + 1 < head.Count && line.Contains("关于", StringComparison.Ordinal) && !line.EndsWith("通知", StringComparison.Ordinal) ? line + Unspaced(head[i + 1]) : line;
                if (Notice.Match(joined) is not { Success: true } notice) continue;
                var what = notice.Groups["what"].Value.Trim('《', '》', '<', '>');
                Guess? issuer = notice.Groups["issuer"].Success ? new Guess(notice.Groups["issuer"].Value, i + 1) : null;
                Guess? number = null;
                for (var j = 0; j < head.Count && number is null; j++)
                {
                    if (DocumentNumberPattern.Match(head[j]) is { Success: true } n) number = new Guess(Regex.Replace(n.Value, @"\s", ""), j + 1);
                }
                return (new Guess(Regex.Replace(what, @"^《|》$", ""), i + 1, "the title of the plan the notice issues"), issuer, number);
            }
            return (null, null, null);
        }

        /// <summary>The document's own title: a short line naming a report or plan, unspaced, without a site's wrapper (（山东省）…（全文）); one wrapped over two lines joined.</summary>
        private static Guess? ReadTitle(List<string> head, Guess? notice)
        {
            for (var i = 0; i < head.Count; i++)
            {
                var line = SiteWrapper.Replace(Decoration.Replace(Unspaced(head[i]), ""), "");
                var dash = line.IndexOfAny(new[] { '—', '―' });
                if (dash > 0) line = line.Substring(0, dash);
                if (line.StartsWith("——", StringComparison.Ordinal) || line.Contains("通知", StringComparison.Ordinal) || Date.IsMatch(line) || line.Contains("会议", StringComparison.Ordinal)) continue;
                if (line.StartsWith("关于", StringComparison.Ordinal) && i + 1 < head.Count && IsTitle(line + Unspaced(head[i + 1])) && !head[i + 1].StartsWith("——", StringComparison.Ordinal))
                {
                    return new Guess(line + Unspaced(head[i + 1]), i + 1, "joined from two lines");
                }
                if (IsTitle(line) && line.Length <= 60 && (notice is null || line == notice.Value)) return new Guess(line, i + 1);
            }
            return notice;
        }

        private static bool IsTitle(string line)
            => line.Length >= 4 && !line.Contains('，') && !line.Contains(',') && !line.Contains('。')
               && (line.EndsWith("报告", StringComparison.Ordinal) || line.EndsWith("计划", StringComparison.Ordinal) || line.EndsWith("计划草案", StringComparison.Ordinal)
                   || line.EndsWith("（摘要）", StringComparison.Ordinal) || line.EndsWith("(摘要)", StringComparison.Ordinal) || line.EndsWith("摘要", StringComparison.Ordinal) && line.Contains("报告", StringComparison.Ordinal));

        /// <summary>
        /// The date the document was delivered: one beside its session (——2021年2月7日在…会议上, or on the line
        /// before or after it), one standing alone on its line or in brackets ((2025年1月6日)); for a notice, its
        /// own date; never a page's posting date (发布时间: …).
        /// </summary>
        private static Guess? ReadDate(List<string> head, Guess? notice)
        {
            (Guess Date, int Score)? best = null;
            for (var i = 0; i < head.Count; i++)
            {
                foreach (Match m in Date.Matches(head[i]))
                {
                    var before = head[i].Substring(0, m.Index);
                    var after = head[i].Substring(m.Index + m.Length).Trim(' ', ')', '）', '(', '（');
                    var score = 0;
                    if (PageDatePrefix.IsMatch(before)) score -= 20;
                    // ——2021年12月21日在兰州市第十七届 / 人民代表大会第一次会议上: the session may go on on the next line.
                    var withNext = i + 1 < head.Count ? head[i] + head[i + 1] : head[i];
                    if (IsSessionLine(head[i]) || after.StartsWith("在", StringComparison.Ordinal) && IsSessionLine(withNext) || i + 1 < head.Count && IsSessionLine(head[i + 1]) && after.Length == 0) score += 10;
                    if (after.Length == 0 && before.Trim(' ', '—', '―', '(', '（', '-').Length == 0) score += 5;
                    if (notice is not null && i > notice.Line - 1 && after.Length == 0) score += 3;
                    if (score > 0 && (best is null || score > best.Value.Score))
                    {
                        var value = string.Create(CultureInfo.InvariantCulture,
                            $"{m.Groups["y"].Value}-{int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture):00}");
                        best = (new Guess(value, i + 1), score);
                    }
                }
            }
            return best?.Date;
        }

        /// <summary>A news report's dateline (1月11日上午，…人民代表大会…开幕), in the plan year: the report is delivered at the start of it.</summary>
        private static Guess? NewsDate(List<string> head, string planYear)
        {
            for (var i = 0; i < head.Count; i++)
            {
                if (!IsSessionLine(head[i])) continue;
                if (Regex.Match(head[i], @"(?<![0-9年])(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日") is { Success: true } m)
                {
                    return new Guess(string.Create(CultureInfo.InvariantCulture,
                        $"{planYear}-{int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture):00}"), i + 1, "the news report's dateline, in the plan year");
                }
            }
            return null;
        }

        private static bool IsSessionLine(string line) => line.Contains("会议", StringComparison.Ordinal) && (line.Contains("人民代表大会", StringComparison.Ordinal) || line.Contains("人大", StringComparison.Ordinal));

        /// <summary>The session (在…人民代表大会…会议上), its line wrapped or not; a news report's 第N届人民代表大会第M次会议.</summary>
        private static Guess? ReadSession(List<string> head)
        {
            for (var i = 0; i < head.Count; i++)
            {
                var joined = i + 1 < head.Count ? head[i] + head[i + 1] : head[i];
                if (SessionIn.Match(joined) is { Success: true } s && s.Index < head[i].Length) return new Guess(Regex.Replace(s.Groups["session"].Value, @"\s", ""), i + 1);
            }
            for (var i = 0; i < head.Count; i++)
            {
                if (SessionNamed.Match(head[i]) is { Success: true } s) return new Guess(s.Groups["session"].Value, i + 1);
            }
            return null;
        }

        /// <summary>The speaker: a line of an office and a name (洛阳市人民政府市长 刘宛康, 县长 崔华明), or a news report's 省长赵龙作政府工作报告.</summary>
        private static (Guess? Title, Guess? Name) ReadSpeaker(List<string> head)
        {
            for (var i = 0; i < head.Count; i++)
            {
                if (Speaker.Match(head[i]) is { Success: true } speaker)
                {
                    return (new Guess(speaker.Groups["title"].Value, i + 1), new Guess(speaker.Groups["name"].Value.Replace(" ", "").Replace("\u3000", ""), i + 1));
                }
            }
            for (var i = 0; i < head.Count; i++)
            {
                if (NewsSpeaker.Match(head[i]) is { Success: true } speaker)
                {
                    return (new Guess(speaker.Groups["title"].Value, i + 1), new Guess(speaker.Groups["name"].Value, i + 1));
                }
            }
            return (null, null);
        }

        /// <summary>The kind a title names, or else the text's own words (向大会报告工作, 国民经济和社会发展计划执行情况); a news report of a work report is a summary.</summary>
        private static Guess? KindOf(string? title, string text, bool isNews, int line)
        {
            if (title is not null)
            {
                if (title.Contains("计划", StringComparison.Ordinal) && !title.Contains("政府工作报告", StringComparison.Ordinal)) return new Guess("plan-report", line, "from the title");
                if (title.Contains("政府工作报告", StringComparison.Ordinal) || title.EndsWith("工作报告", StringComparison.Ordinal))
                {
                    return new Guess(isNews || title.Contains("摘要", StringComparison.Ordinal) || title.Contains("摘编", StringComparison.Ordinal) ? "government-work-report-summary" : "government-work-report", line, "from the title");
                }
            }
            var opening = text.Length > 3000 ? text.Substring(0, 3000) : text;
            // A news report of a congress reports the work report first, the plan among the other documents.
            if (isNews && opening.Contains("政府工作报告", StringComparison.Ordinal)) return new Guess("government-work-report-summary", line, "from the text: a news report of the work report");
            if (opening.Contains("国民经济和社会发展计划执行情况", StringComparison.Ordinal) || opening.Contains("国民经济和社会发展计划草案", StringComparison.Ordinal)) return new Guess("plan-report", line, "from the text");
            if (opening.Contains("政府工作报告", StringComparison.Ordinal) || opening.Contains("报告政府工作", StringComparison.Ordinal) || opening.Contains("向大会报告工作", StringComparison.Ordinal))
            {
                return new Guess(isNews || opening.Contains("摘要", StringComparison.Ordinal) ? "government-work-report-summary" : "government-work-report", line, "from the text");
            }
            return null;
        }

        /// <summary>
        /// The reviewed and plan years: from a heading that names the reviewed year (2022年工作回顾); else from
        /// the delivery date (a report given in November or December plans the next year); else from the
        /// years the text names (the latest, which is the plan year when the text sets targets).
        /// </summary>
        private static (Guess? Review, Guess? Plan) Years(string text, Guess? delivered)
        {
            var opening = text.Length > 5000 ? text.Substring(0, 5000) : text;
            if (ReviewHeading.Match(opening) is { Success: true } heading)
            {
                var review = int.Parse(heading.Groups["y"].Value, CultureInfo.InvariantCulture);
                var line = LineOf(text, heading.Index);
                return (new Guess(Year(review), line, "the year the review names"), new Guess(Year(review + 1), line, "the year after the reviewed one"));
            }
            if (delivered is not null)
            {
                var year = int.Parse(delivered.Value.Substring(0, 4), CultureInfo.InvariantCulture);
                var month = int.Parse(delivered.Value.Substring(5, 2), CultureInfo.InvariantCulture);
                var plan = month >= 11 ? year + 1 : year;
                var how = month >= 11 ? "the year after the delivery date (a report given late in the year plans the next)" : "the year of the delivery date";
                return (new Guess(Year(plan - 1), delivered.Line, "the year before the plan year"), new Guess(Year(plan), delivered.Line, how));
            }
            // A page's own lines (发布时间：…) name when it was posted, not what it reports; a line flattened from a whole page holds the report too.
            var body = string.Join("\n", opening.Split('\n').Where(l => l.Length >= PageLines.FlattenedLength || !PageLine.IsMatch(l)));
            var years = Regex.Matches(body, @"(?<![0-9])(?<y>20[0-9]{2})年").Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
            if (years.Count == 0) return (null, null);
            // A text that sets targets names its plan year last; one that only reviews names its reviewed year most.
            var setsTargets = opening.Contains("预期目标", StringComparison.Ordinal) || opening.Contains("今年", StringComparison.Ordinal) || opening.Contains("力争", StringComparison.Ordinal);
            var planYear = setsTargets ? years.Max() : years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key + 1;
            return (new Guess(Year(planYear - 1), 1, "from the years the text names"), new Guess(Year(planYear), 1, "from the years the text names"));
        }

        /// <summary>A line without the spaces a designer put between its characters: 政 府 工 作 报 告 → 政府工作报告.</summary>
        private static string Unspaced(string line)
            => Regex.IsMatch(line, @"^([\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]") ? Regex.Replace(line, @"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "") : line;

        private static int LineOf(string text, int index) => text.Take(index).Count(c => c == '\n') + 1;

        private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
    }
}
