using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Curation.Coverage;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;
using ReportSdk.Compiler.Validation;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Proposes the figures and dismissals of a report from its source text, by rules over the
    /// registries' vocabulary (no model, deterministic): every number the coverage counts
    /// (<see cref="QuantityFinder"/>) followed by a unit (<see cref="UnitMatcher"/>) becomes a target or
    /// actual with its bound (<see cref="BoundWords"/>), period and kind (<see cref="PeriodRules"/>),
    /// section (<see cref="SectionLocator"/>), indicator (<see cref="IndicatorMatcher"/>) and quote (its
    /// clause, <see cref="ClauseSplitter"/>); every other number a dismissal (<see cref="DismissalRules"/>,
    /// texts learned from curated reports). Numbers the report already accounts for are skipped.
    /// </summary>
    public static class Drafter
    {
        /// <summary>Characters that may separate two quantities of one clause (新增A企业50家、B企业200家).</summary>
        private const string Joiners = "、和及与并,";

        /// <summary>The proposals for <paramref name="report"/>'s unaccounted numbers in <paramref name="source"/>.</summary>
        public static Draft Propose(ReportSpec report, SourceDocument source, DraftVocabulary vocabulary)
        {
            // A page in traditional characters is read as simplified (增長 as 增长) and quoted as written; its headings, as
            // the report quotes them, are found in the text as written. Both foldings have the same offsets.
            var written = FoldedText.Fold(source.Text);
            var reading = ChineseScript.Reading(source.Text);
            var traditional = !ReferenceEquals(reading, source.Text);
            var folded = traditional ? FoldedText.Fold(source.Text, reading) : written;
            string Read(string text) => traditional ? ChineseScript.Simplify(text) : text;
            var t = folded.Value;
            var clauses = new ClauseSplitter(folded);
            var spans = SectionLocator.Locate(report.Sections, written, new List<Finding>());
            var units = new UnitMatcher(vocabulary.Registry);
            var indicators = new IndicatorMatcher(vocabulary);
            var accounted = Accounted(report, source, folded);
            var softHeadings = SoftHeadings(clauses, report.PlanYear.Value, report.Kind.Value == "government-work-report-summary");
            var fiveYears = FiveYearPassages(spans, clauses, softHeadings, report.ReviewYear.Value);
            var annotated = BoundWords.EstimateAnnotations(t);
            var learned = new LearnedPlaces<LearnedDismissal>(vocabulary.Dismissals
                .SelectMany(d => folded.FindAll(d.Folded, 0, t.Length).Select(at => (Start: at, End: at + d.Folded.Length, Item: d))));
            var lines = LineStarts(source.Text);

            var figures = new List<FigureProposal>();
            var dismissals = new List<(string Text, string Reason, string? Note, int Start)>();
            var previousEnd = -1;
            var lastDismissal = (Start: -1, End: -1);
            foreach (var number in QuantityFinder.Find(folded))
            {
                var line = LineOf(lines, folded.OriginalOffset(number.Start));
                var known = learned.FirstCovering(number.Start, number.End);
                var unit = known is null ? (units.Match(t, number.End, number.Start) is { } own && !BlankLineAt(folded, number.End) ? CutShort(t, number, own, units) : SharedUnit(t, number, units)
                    ?? YuanLeftOut.Read(t, number, clauses, indicators, vocabulary.Registry)) : null;
                var dismissal = known is null ? DismissalRules.Classify(folded, number, unit) ?? SizeClass(t, number, unit) : null;
                if (known is not null || dismissal is not null || unit is null)
                {
                    if (accounted.Contains(number.Start)) continue;
                    if (known is not null) dismissals.Add((known.Text, known.Reason, known.Note, number.Start));
                    else if (number.Start < lastDismissal.End && dismissals.Count > 0)
                    {
                        // The 7 of 2月7日: inside the text the number before it is dismissed with.
                        var last = dismissals[dismissals.Count - 1];
                        dismissals.Add((last.Text, last.Reason, last.Note, number.Start));
                    }
                    else if (dismissal is { } d)
                    {
                        dismissals.Add((Original(folded, d.Start, d.End), d.Reason, d.Note, number.Start));
                        lastDismissal = (d.Start, d.End);
                    }
                    else
                    {
                        // The number and a few characters around it: a text short enough to read, long enough not to recur elsewhere.
                        var from = number.End + 3 - number.Start >= 5 ? number.Start : Math.Max(clauses.ClauseStart(number.Start), number.Start - 3);
                        // Never shorter than the number: a line end inside it (/ 25⏎1.1, folded 251.1) does not cut the text.
                        var to = Math.Max(number.End, Math.Min(clauses.ClauseEnd(number.Start), number.End + 3));
                        dismissals.Add((Original(folded, from, to), "other", "no unit after the number: say what it counts, or capture it", number.Start));
                    }
                    continue;
                }
                var proposals = Figures(folded, clauses, spans, fiveYears, softHeadings, annotated, indicators, report, number, unit!, previousEnd, figures);
                previousEnd = unit!.End;
                if (accounted.Contains(number.Start)) continue;
                // A numeral is written as the page writes it (兩, not the 两 it was read as): the validator finds it in the quote.
                figures.AddRange(proposals.Select(p => p with
                {
                    Line = line,
                    Written = traditional && p.Written is { } numeral ? Original(folded, p.NumberStart, p.NumberStart + numeral.Length) : p.Written,
                }));
            }

            var keyed = Keys(figures, report);
            // A dismissed text dismisses every number wherever it occurs (docs/format.md): its proposal says so.
            var numberStarts = QuantityFinder.Find(folded).Select(n => n.Start).ToList();
            var groups = dismissals.GroupBy(d => (Folded: FoldedText.FoldString(Read(d.Text)), d.Reason)).ToList();
            var places = TextPlaces.FindAll(folded, groups.Select(g => g.Key.Folded));
            var merged = groups
                .Select(g => new DismissalProposal(g.First().Text, g.Key.Reason, g.First().Note,
                    places[g.Key.Folded].SelectMany(at => NumbersIn(numberStarts, at, at + g.Key.Folded.Length)).Concat(g.Select(d => d.Start)).Distinct().OrderBy(n => n).ToList(),
                    LineOf(lines, folded.OriginalOffset(g.First().Start))))
                .ToList();
            return new Draft(report.Id.Value, keyed, merged);
        }

        private static List<FigureProposal> Figures(FoldedText folded, ClauseSplitter clauses, List<SectionSpan> spans, FiveYearPassages fiveYears,
            IReadOnlyList<(int Start, string Role)> softHeadings, IReadOnlyList<(int From, int To)> annotated, IndicatorMatcher indicators, ReportSpec report, FoundNumber number, UnitMatch unit, int previousEnd, List<FigureProposal> earlier)
        {
            var t = folded.Value;
            var clauseStart = clauses.ClauseStart(number.Start);
            // A clause may hold several quantities: each quote starts after the previous one's number.
            var segmentStart = Math.Max(clauseStart, previousEnd >= clauseStart ? SkipPastBound(t, previousEnd) : clauseStart);
            while (segmentStart < number.Start && Joiners.IndexOf(t[segmentStart]) >= 0) segmentStart++;
            var before = BoundWords.BeforeAt(t, number.Start, segmentStart);
            var wordsEnd = number.Start - (before?.Word.Length ?? 0);
            var words = t.Substring(segmentStart, wordsEnd - segmentStart);
            var after = BoundWords.AfterAt(t, unit.End);
            var quoteEnd = unit.End + (after?.Word.Length ?? 0);
            var sentenceBeforeNumber = t.Substring(clauses.SentenceStart(number.Start), number.Start - clauses.SentenceStart(number.Start));
            unit = Households.Reread(unit, t.Substring(clauseStart, number.Start - clauseStart), t.Substring(unit.End, Math.Min(10, t.Length - unit.End)), sentenceBeforeNumber);
            // 全员劳动生产率每人9.6万元，比上年增加0.56万元: money with no name of its own after money per person, in its sentence, is per person too.
            if (earlier.LastOrDefault() is { } perPerson && perPerson.NumberStart >= clauses.SentenceStart(number.Start) && perPerson.Unit == unit.Unit + "-per-person"
                && indicators.Match(words, unit.Unit) is null)
            {
                unit = unit with { Unit = perPerson.Unit };
            }

            var section = spans.Where(s => s.Start <= number.Start && number.End <= s.End).OrderByDescending(s => s.Path.Length).FirstOrDefault();
            var role = section?.Role ?? "other";
            var topPath = section is null ? "" : section.Path.Split('/')[0];
            // In the preamble, or a section of no known role, a heading on a line of its own (2024年工作回顾) says what follows it.
            var top = spans.FirstOrDefault(s => s.Path == topPath);
            if (top is null || top.Section.IsPreamble || role == "other")
            {
                var from = top?.Start ?? 0;
                if (LastHeadingBefore(softHeadings, number.Start) is { Role: { } softRole } heading && heading.Start >= from) role = softRole;
            }
            var sentenceStart = clauses.SentenceStart(number.Start);
            var fullSentenceStart = clauses.FullSentenceStart(number.Start);
            var sentence = t.Substring(sentenceStart, clauses.ClauseEnd(number.Start) - sentenceStart);
            var sentenceBefore = t.Substring(fullSentenceStart, number.Start - fullSentenceStart);
            var fiveYearPassage = fiveYears.Covers(number.Start);
            var previous = earlier.LastOrDefault();
            var sameClause = previous is not null && previous.NumberStart >= clauseStart;
            var nextParagraph = clauses.ParagraphEnd(number.Start) < t.Length ? clauses.Paragraph(clauses.ParagraphEnd(number.Start)) : "";
            var afterWords = t.Substring(quoteEnd, Math.Max(0, clauses.ClauseEnd(number.Start) - quoteEnd));
            var targetAfter = TargetNamedAfter.IsMatch(afterWords);
            var timing = PeriodRules.Decide(new TimingContext(role, clauses.Paragraph(number.Start), sentence, sentenceBefore, words, fiveYearPassage,
                sameClause && previous!.IsBaseline, report.ReviewYear.Value, report.PlanYear.Value, PeriodRules.NamesTargetsAbove(nextParagraph), targetAfter)
            {
                SectionLooksBackOnFiveYears = top is { Section.IsPreamble: false } && PeriodRules.LooksBackOnFiveYears(top.Section.Title.Value, report.ReviewYear.Value),
                NamesLevel = fiveYearPassage && indicators.Match(words, unit.Unit) is { } named && !indicators.IsGrowth(named.Code),
                BoundWordBefore = before?.Word ?? "",
                // At most the 60 characters before the number: a verb governs the names listed right after it, and an endless clause costs no more.
                ClauseBefore = fiveYearPassage ? t.Substring(Math.Max(clauseStart, number.Start - 60), number.Start - Math.Max(clauseStart, number.Start - 60)) : "",
                InPreamble = top is { Section.IsPreamble: true },
            });
            // 分别从29661元、10391元增加到…, 是2011年的1.65倍、1.86倍: a value listed after another of its unit, with no words of its own, shares its timing.
            if (sameClause && words.Length == 0 && previous!.Unit == unit.Unit && previous.NumberStart < number.Start && ListedAfter(t, previous, number))
            {
                timing = new FigureTiming(previous.IsTarget, previous.Period, previous.Kind, previous.Headline, previous.IsBaseline);
            }
            // 预计 before the number in its sentence (its clauses after a ；too) makes an actual an estimate, whatever other
            // word it has; not a level of an earlier year it is compared with.
            var estimate = !timing.IsTarget && !timing.Baseline
                && (BoundWords.Estimates.Any(w => sentenceBefore.Contains(w, StringComparison.Ordinal)) || annotated.Any(a => a.From <= number.Start && number.Start < a.To));
            var listBound = ListBound(t, number, unit, after);
            var bound = number.Max is not null ? "range" : estimate ? "estimate" : BoundWords.Decide(after?.Bound ?? listBound, before?.Bound ?? ListBoundBefore(t, number, unit), unit.Approximate, false);
            var aspirational = timing.IsTarget && AspirationWords.In(t.Substring(sentenceStart, number.Start - sentenceStart));
            // Curated reports file the five-year look-back under the review section itself, not its last subsection.
            var path = fiveYearPassage && role == "review" ? topPath : section?.Path ?? "";
            var quote = UniqueQuote(folded, clauses, segmentStart, quoteEnd, number);

            var template = new FigureProposal(timing.IsTarget, "", null, LabelWords.Of(words, afterWords), number.Value, number.Max, unit.Unit, unit.Measure,
                bound, timing.Period, timing.Kind, timing.Headline, aspirational, path, quote, number.Written, number.Start, 0) { IsBaseline = timing.Baseline };

            // A list of names that all reach one value: 城乡居民人均可支配收入均增长7%左右, 地区生产总值、全社会固定资产投资、存贷款余额均突破2万亿元.
            if (ListedFigures.AllOf(words) is { } all)
            {
                return all.Names.Select(name => template with
                {
                    Indicator = indicators.Match(all.Growth && !name.EndsWith("增长", StringComparison.Ordinal) ? name + "增长" : name, unit.Unit)?.Code,
                    Label = LabelWords.Of(name + all.Verb, ""),
                }).ToList();
            }

            // Several indicators set by one clause: 地区生产总值、人均GDP、全员劳动生产率增长7%.
            var parts = words.Split('、');
            if (parts.Length > 1 && !words.Contains("分别", StringComparison.Ordinal))
            {
                var last = parts[parts.Length - 1];
                var tail = last.EndsWith("增长", StringComparison.Ordinal) ? "增长" : "";
                var matched = parts.Select((p, i) => i == parts.Length - 1 ? indicators.Match(p, unit.Unit) : indicators.Match(p + tail, unit.Unit)).ToList();
                if (matched.All(m => m is not null) && !PartOfYear.IsMatch(sentenceBefore))
                {
                    return parts.Select((p, i) => template with
                    {
                        Indicator = matched[i]!.Value.Code,
                        Label = LabelWords.Of(i == parts.Length - 1 ? p : p + tail, ""),
                    }).ToList();
                }
            }
            var listed = ListedFigures.Indicator(clauses, number, words, unit.Unit, earlier, indicators);
            var indicator = listed is { } item ? item.Indicator : indicators.Match(words, unit.Unit)?.Code ?? GrowthNamedInClauseBefore(clauses, number, words, unit, earlier, indicators)
                ?? Continued(words, unit, earlier, sentenceStart, indicators)
                ?? NamedInClauseBefore(clauses, number, words, unit, earlier, indicators)
                ?? NamedBySentenceSubject(clauses, number, words, unit, earlier, indicators)
                ?? NamedAfter(words, afterWords, unit, indicators);
            // 同比增长8%以上，完成批准增长8%以上目标: the target a result is measured against is of the result's indicator.
            if (indicator is null && targetAfter && previous is not null && previous.NumberStart >= sentenceStart && previous.Indicator is { } measured
                && indicators.Admits(measured, unit.Unit)) indicator = measured;
            // A fall keeps its value unsigned: it is no value of a growth indicator (format.md).
            if (indicator is not null && IsFall(words) && indicators.IsGrowth(indicator)) indicator = null;
            // 前三季度，全市实现生产总值461.8亿元: a figure of part of the year is not the year's value of the indicator.
            // 上半年由负转正，…，全年增长3.9%: the whole year, named after the part.
            if (indicator is not null && PartOfYear.Matches(sentenceBefore).Cast<Match>().LastOrDefault() is { } part
                && sentenceBefore.IndexOf("全年", part.Index, StringComparison.Ordinal) < 0) indicator = null;
            // A target with an indicator of the economy as a whole is one of the year's main targets, not a task.
            if (indicator is not null && template.IsTarget && template.Kind == "task" && timing.Headline) template = template with { Kind = "annual" };
            return new List<FigureProposal> { template with { Indicator = indicator } };
        }

        /// <summary>目标 right after a quantity (8%以上目标, 3%左右的预期目标, 8%的年度目标, 4.5%的控制目标): the quantity is a target.</summary>
        private static readonly Regex TargetNamedAfter = new("^\\s*的?(年度|预期|计划|控制)?目标", RegexOptions.CultureInvariant);

        /// <summary>Whether <paramref name="number"/> follows <paramref name="previous"/> as the next value of a list (、 or 和 between them, nothing else but the unit).</summary>
        private static bool ListedAfter(string t, FigureProposal previous, FoundNumber number)
        {
            var between = t.Substring(previous.NumberStart, number.Start - previous.NumberStart);
            return between.Length > 0 && (between[between.Length - 1] == '、' || between[between.Length - 1] == '和') && between.IndexOfAny(",;:。".ToCharArray()) < 0;
        }

        /// <summary>
        /// Whether a blank line stands before the folded character at <paramref name="at"/>: what follows is another
        /// paragraph, not the unit of the number before it (页面宽度范围为200至2000⏎⏎天).
        /// </summary>
        private static bool BlankLineAt(FoldedText folded, int at)
        {
            if (at <= 0 || at >= folded.Value.Length) return false;
            var from = folded.OriginalOffset(at - 1) + 1;
            var gap = folded.Original.AsSpan(from, folded.OriginalOffset(at) - from);
            var first = gap.IndexOf('\n');
            return first >= 0 && gap.Slice(first + 1).IndexOf('\n') >= 0;
        }

        /// <summary>分别高于全国、全区16.6、15.5个百分点: a value of a list with no unit of its own takes the unit after the next value.</summary>
        private static UnitMatch? SharedUnit(string t, FoundNumber number, UnitMatcher units)
            => NextListedValueEnd(t, number.End) is var j and >= 0 && units.Match(t, j) is { } shared ? shared with { End = number.End } : null;

        /// <summary>分别提高9.9个、3.1个百分点: a value's unit cut short, where the next value of the list writes it whole (个百分点), is that unit.</summary>
        private static UnitMatch CutShort(string t, FoundNumber number, UnitMatch own, UnitMatcher units)
        {
            var j = NextListedValueEnd(t, own.End);
            if (j < 0 || units.Match(t, j) is not { } next || next.Unit == own.Unit) return own;
            var ownWords = t.Substring(number.End, own.End - number.End);
            var nextWords = t.Substring(j, next.End - j);
            return nextWords.Length > ownWords.Length && nextWords.StartsWith(ownWords, StringComparison.Ordinal) ? next with { End = own.End } : own;
        }

        /// <summary>Where the digits of the next value of a list end, when 、 or 和 and a number follow <paramref name="at"/>; else -1.</summary>
        private static int NextListedValueEnd(string t, int at)
        {
            if (at + 1 >= t.Length || (t[at] != '、' && t[at] != '和') || !char.IsDigit(t[at + 1])) return -1;
            var j = at + 1;
            while (j < t.Length && (char.IsDigit(t[j]) || t[j] == '.')) j++;
            return j;
        }

        /// <summary>500万元以上固定资产投资, 10亿元以上项目: a quantity with 以上/以下 right before a noun is a size class inside a name, not a figure.</summary>
        private static DismissalMatch? SizeClass(string t, FoundNumber number, UnitMatch? unit)
        {
            if (unit is null || BoundWords.AfterAt(t, unit.End) is not { } bound || (bound.Word != "以上" && bound.Word != "以下")) return null;
            var next = unit.End + bound.Word.Length;
            if (!SizedThings.Any(w => string.CompareOrdinal(t, next, w, 0, w.Length) == 0)) return null;
            return new DismissalMatch(number.Start, Math.Min(t.Length, next + 2), "other", "a size class inside a name (projects, enterprises of that size), not a figure");
        }

        /// <summary>What a size class names right after its 以上 (500万元以上项目, 亿元以上重大项目, 规模以上的企业).</summary>
        private static readonly string[] SizedThings = { "项目", "企业", "重大", "重点", "工业", "产业", "固定资产", "的项目", "的企业", "的重大", "的工业", "民营" };

        /// <summary>增长7%、8%左右: a bound word after the last value of a list (、 or 和 between values) covers every value of it.</summary>
        private static string? ListBound(string t, FoundNumber number, UnitMatch unit, (string Word, string Bound)? after)
        {
            if (after is not null) return null;
            var i = unit.End;
            while (i < t.Length && i - unit.End < 40)
            {
                if (t[i] != '、' && t[i] != '和') return null;
                var next = QuantityStart(t, i + 1);
                if (next < 0) return null;
                var j = next;
                while (j < t.Length && (char.IsDigit(t[j]) || t[j] == '.')) j++;
                // the same unit word follows the next value
                var unitText = t.Substring(number.End, unit.End - number.End);
                if (string.CompareOrdinal(t, j, unitText, 0, unitText.Length) != 0) return null;
                j += unitText.Length;
                if (BoundWords.AfterAt(t, j) is { } bound) return bound.Bound;
                i = j;
            }
            return null;
        }

        /// <summary>
        /// 分别增长约11.5%、11%、23.3%: a bound word before the first value of a list (of one unit, joined by 、 or 和)
        /// covers every value of it.
        /// </summary>
        private static string? ListBoundBefore(string t, FoundNumber number, UnitMatch unit)
        {
            var unitText = t.Substring(number.End, unit.End - number.End);
            var first = number.Start;
            while (first > 0 && (t[first - 1] == '、' || t[first - 1] == '和'))
            {
                var end = first - 1;
                if (unitText.Length == 0 || end < unitText.Length || string.CompareOrdinal(t, end - unitText.Length, unitText, 0, unitText.Length) != 0) break;
                var start = end - unitText.Length;
                while (start > 0 && (char.IsDigit(t[start - 1]) || t[start - 1] == '.')) start--;
                if (start == end - unitText.Length) break;
                first = start;
            }
            return first == number.Start ? null : BoundWords.BeforeAt(t, first, Math.Max(0, first - 8))?.Bound;
        }

        private static int QuantityStart(string t, int at) => at < t.Length && char.IsDigit(t[at]) ? at : -1;

        private static bool IsFall(string words)
        {
            var bare = words.Substring(0, words.Length - IndicatorMatcher.LinkingTail(words));
            return bare.EndsWith("下降", StringComparison.Ordinal) || bare.EndsWith("减少", StringComparison.Ordinal) || words.EndsWith("下降", StringComparison.Ordinal) || words.EndsWith("减少", StringComparison.Ordinal) || words.EndsWith("下降了", StringComparison.Ordinal);
        }

        /// <summary>
        /// 社会消费品零售总额1800亿元，增长12.5%: a growth rate with no name of its own continues the
        /// quantity before it in its sentence; its indicator is that one's growth indicator (X增长). A level
        /// with no name (从742亿元增加到1550.2亿元: the second) is of the indicator of the level before it.
        /// </summary>
        private static string? Continued(string words, UnitMatch unit, List<FigureProposal> earlier, int sentenceStart, IndicatorMatcher indicators)
        {
            // 跨越四个万亿元台阶、年均增长5.5%: the figure's own words are those after the last 、.
            words = words.Substring(words.LastIndexOf('、') + 1);
            var bare = words.Substring(0, words.Length - IndicatorMatcher.LinkingTail(words));
            var previous = earlier.LastOrDefault();
            if (previous is null || previous.NumberStart < sentenceStart) return null;
            // 农林牧渔业增加值109.12亿元，同比增长2.2%: a level of no indicator whose name, with 增长, names a growth indicator.
            if (previous.Indicator is null)
            {
                // 脱贫324户743人: values back to back share the name before the first.
                if (words.Length == 0 && previous.NumberStart >= sentenceStart && indicators.Match(Stripped(previous.Label), unit.Unit) is { } shared) return shared.Code;
                return IndicatorMatcher.NamesGrowthOnly(words) && bare.Length > 0 && previous.Label.Length > 0 && !indicators.IsGrowthUnit(previous.Unit)
                    ? indicators.Match(Stripped(previous.Label) + "增长", unit.Unit)?.Code
                    : SubjectOfFigureBefore(bare, previous, unit, indicators);
            }
            if (bare.Length == 0)
            {
                // 地区生产总值12.8万亿元左右，人均达14.3万元: 人均 (a linking word) makes it the per-person indicator of the total.
                if (words.Contains("人均", StringComparison.Ordinal) && !previous.Label.Contains("人均", StringComparison.Ordinal))
                {
                    var total = Stripped(previous.Label);
                    return indicators.Match(total, previous.Unit) is { } name
                        && indicators.Match("人均" + total.Substring(name.NameStart), unit.Unit) is { NameStart: 0 } perPerson ? perPerson.Code : null;
                }
                // 新增规上工业企业76家、达到360家: the total the new ones brought it to is not a count of new ones.
                if (words.Length > 0 && previous.Label.StartsWith("新增", StringComparison.Ordinal)) return null;
                // 从742亿元增加到1550.2亿元 (the same level); 增长12.6%达92.9亿元 (the level of that growth).
                if (indicators.Admits(previous.Indicator, unit.Unit)) return previous.Indicator;
                return indicators.GrowthOf(previous.Indicator, unit.Unit) ?? indicators.LevelOf(previous.Indicator, unit.Unit);
            }
            if (!IndicatorMatcher.NamesGrowthOnly(words)) return SubjectOfFigureBefore(bare, previous, unit, indicators);
            return indicators.Admits(previous.Indicator, unit.Unit) && indicators.IsGrowth(previous.Indicator) ? previous.Indicator : indicators.GrowthOf(previous.Indicator, unit.Unit);
        }

        /// <summary>
        /// 粮食种植面积稳定在12万亩以上，总产6.4万吨; 规模以上工业企业资产负债率降低2.3个百分点，利润增长3.2%: a short
        /// head noun with no subject of its own takes the subject of the figure before it in its sentence (the longest
        /// beginning of that figure's name that, with the head, names an indicator).
        /// </summary>
        private static string? SubjectOfFigureBefore(string bare, FigureProposal previous, UnitMatch unit, IndicatorMatcher indicators)
        {
            if (bare.Length > MaxHeadNoun) return null;
            var label = Stripped(previous.Label);
            for (var length = label.Length - 1; length >= 2; length--)
            {
                if (indicators.Match(label.Substring(0, length) + bare, unit.Unit) is { } found && found.NameStart < length) return found.Code;
            }
            return null;
        }

        /// <summary>The longest head noun that borrows a subject: 总产量, 利润增长.</summary>
        private const int MaxHeadNoun = 4;

        private static string Stripped(string label) => label.Substring(0, label.Length - IndicatorMatcher.LinkingTail(label));

        /// <summary>
        /// 实现20个贫困村退出、11000人脱贫: a quantity with no name of its own before it (after the 、 of a list) named by
        /// all the words after it in its clause.
        /// </summary>
        private static string? NamedAfter(string words, string afterWords, UnitMatch unit, IndicatorMatcher indicators)
        {
            var own = words.Substring(words.LastIndexOf('、') + 1);
            return IndicatorMatcher.LinkingTail(own) == own.Length ? indicators.NamedAfter(afterWords.Trim(), unit.Unit) : null;
        }

        /// <summary>
        /// GDP总量突破600亿大关，达613.62亿元: a value with no name of its own (only linking words) after a clause of its
        /// sentence that names an indicator and holds no figure is of that indicator.
        /// </summary>
        private static string? NamedInClauseBefore(ClauseSplitter clauses, FoundNumber number, string words, UnitMatch unit, List<FigureProposal> earlier, IndicatorMatcher indicators)
            => IndicatorMatcher.LinkingTail(words) == words.Length ? NameOfClauseBefore(clauses, number, unit, earlier, indicators, "") : null;

        /// <summary>
        /// 一般公共预算收入升至全国第4位，增长11.1%: a growth with no name of its own, after a clause of no figure that opens
        /// with a name, is the growth of that name, not of a figure earlier in the sentence.
        /// </summary>
        private static string? GrowthNamedInClauseBefore(ClauseSplitter clauses, FoundNumber number, string words, UnitMatch unit, List<FigureProposal> earlier, IndicatorMatcher indicators)
            => words.Length > 0 && IndicatorMatcher.NamesGrowthOnly(words) && indicators.IsGrowthUnit(unit.Unit)
                // 居民消费价格受食品价格拉动，全年上涨3.1%: a price rises (上涨) where other quantities grow.
                ? NameOfClauseBefore(clauses, number, unit, earlier, indicators, words.Contains("上涨", StringComparison.Ordinal) ? "上涨" : "增长") : null;

        /// <summary>The indicator of the name the clause before <paramref name="number"/>'s opens with (and <paramref name="suffix"/>), when that clause holds no figure.</summary>
        private static string? NameOfClauseBefore(ClauseSplitter clauses, FoundNumber number, UnitMatch unit, List<FigureProposal> earlier, IndicatorMatcher indicators, string suffix)
        {
            var clauseStart = clauses.ClauseStart(number.Start);
            if (clauseStart <= clauses.SentenceStart(number.Start)) return null;
            var before = clauses.ClauseStart(clauseStart - 1);
            if (EarlierFigures.Between(earlier, before, clauseStart).Any()) return null;
            var t = clauses.Text;
            var end = before;
            while (end < clauseStart - 1 && !char.IsDigit(t[end])) end++;
            var named = t.Substring(before, end - before);
            if (suffix.Length > 0)
            {
                // The name opens the clause, after at most a short qualifier (全省); what it did follows (升至全国第4位).
                return Enumerable.Range(2, Math.Max(0, Math.Min(named.Length, MaxSubjectLength) - 1))
                    .Select(n => indicators.Match(named.Substring(0, n) + suffix, unit.Unit)).LastOrDefault(m => m is { } name && name.NameStart <= 2)?.Code;
            }
            return indicators.Match(named.Substring(0, named.Length - IndicatorMatcher.LinkingTail(named)), unit.Unit)?.Code;
        }

        /// <summary>
        /// 地区生产总值上半年由负转正，三、四季度加快恢复，全年增长3.9%: a rate with no name of its own (增长, 全年增长) is the
        /// growth of the name its sentence opens with, when no figure and no other name stands between them.
        /// </summary>
        /// <summary>The most characters a sentence's subject, with the qualifiers before it (全市), is read from.</summary>
        private const int MaxSubjectLength = 40;

        private static string? NamedBySentenceSubject(ClauseSplitter clauses, FoundNumber number, string words, UnitMatch unit, List<FigureProposal> earlier, IndicatorMatcher indicators)
        {
            if (words.Length == 0 || !IndicatorMatcher.NamesGrowthOnly(words) || !indicators.IsGrowthUnit(unit.Unit)) return null;
            var sentenceStart = clauses.SentenceStart(number.Start);
            var clauseStart = clauses.ClauseStart(number.Start);
            if (clauseStart <= sentenceStart || EarlierFigures.Between(earlier, sentenceStart, number.Start).Any()) return null;
            var t = clauses.Text;
            if (t.Substring(sentenceStart, clauseStart - sentenceStart).Any(char.IsDigit)) return null;
            var firstEnd = clauses.ClauseEnd(sentenceStart);
            for (var at = firstEnd; at < clauseStart - 1; at = clauses.ClauseEnd(at + 1))
            {
                var clause = t.Substring(at + 1, Math.Max(0, Math.Min(clauses.ClauseEnd(at + 1), clauseStart - 1) - at - 1));
                if (indicators.Match(clause + "增长", unit.Unit) is not null) return null;
            }
            // A name is short: only the clause's first words are tried, so a clause of any length costs the same.
            var first = t.Substring(sentenceStart, Math.Min(firstEnd - sentenceStart, MaxSubjectLength));
            for (var length = first.Length; length >= 2; length--)
            {
                if (indicators.Match(first.Substring(0, length) + "增长", unit.Unit) is { } found && found.NameStart <= 3) return found.Code;
            }
            return null;
        }

        /// <summary>Past the bound word after a quantity that ended at <paramref name="end"/> (以上, 左右…), so that the next quote does not start with it.</summary>
        private static int SkipPastBound(string t, int end)
        {
            var i = end;
            while (i < t.Length && !char.IsDigit(t[i]) && Joiners.IndexOf(t[i]) < 0 && "。;:!?".IndexOf(t[i]) < 0 && !ChineseNumerals.IsNumeral(t[i]) && i - end < 8)
            {
                if (BoundWords.AfterAt(t, i) is { } word) return i + word.Word.Length;
                i++;
            }
            return end;
        }

        /// <summary>
        /// The quote [<paramref name="start"/>, <paramref name="end"/>) as the source writes it, made
        /// longer until it occurs once in the source (RS3003): to its clause's end, then clause by clause back.
        /// </summary>
        private static string UniqueQuote(FoldedText folded, ClauseSplitter clauses, int start, int end, FoundNumber number)
        {
            var t = folded.Value;
            bool Unique(int s, int e) => folded.FindAll(t.Substring(s, e - s), 0, t.Length, 2).Count == 1;
            // A quote places its figure at the first number of its value in it (as the validator and coverage read it).
            bool PlacesNumber(int s, int e)
                => QuoteWording.Read(t.Substring(s, e - s), number.Value, number.Written) is { Count: > 0 } found && s + found[0].Start == number.Start;
            if (Unique(start, end)) return Original(folded, start, end);
            var clauseEnd = clauses.ClauseEnd(number.Start);
            if (Unique(start, clauseEnd)) return Original(folded, start, clauseEnd);
            // Back clause by clause, into the paragraphs before when the paragraph repeats one before it.
            var back = start;
            while (back > 0 && !Unique(back, end)) back = clauses.ClauseStart(back - 1);
            if (PlacesNumber(back, end)) return Original(folded, back, end);
            // Going back brought in the same value before it (增长5%左右 / 增长5%, cells of a table): forward instead, clause by clause.
            var forward = clauseEnd;
            while (forward < t.Length && !Unique(start, forward)) forward = clauses.ClauseEnd(forward + 1);
            return Original(folded, start, Unique(start, forward) ? forward : end);
        }

        /// <summary>The source as written (whitespace inside kept) for the folded span [start, end).</summary>
        private static string Original(FoldedText folded, int start, int end)
        {
            var span = folded.OriginalSpan(start, end);
            return folded.Original.Substring(span.Start, span.End - span.Start);
        }

        /// <summary>The folded starts of the numbers the report's quotes and dismissals already account for.</summary>
        private static HashSet<int> Accounted(ReportSpec report, SourceDocument source, FoldedText folded)
        {
            var result = new HashSet<int>();
            if (report.Targets.Count == 0 && report.Actuals.Count == 0 && report.Dismissed.Count == 0) return result;
            var originalToFolded = new Dictionary<int, int>();
            for (var i = 0; i < folded.Value.Length; i++) originalToFolded[folded.OriginalOffset(i)] = i;
            var coverage = CoverageAnalyzer.Analyze(report, source);
            foreach (var number in coverage.Numbers)
            {
                if (number.Status != NumberStatus.Unaccounted && originalToFolded.TryGetValue(number.Start, out var at)) result.Add(at);
            }
            // Inside a quote, a number the drafter reads where coverage reads none (千 of a traditional page's 突破千億元,
            // read as 千亿元) is accounted for too: a saved figure is not proposed again.
            foreach (var quote in coverage.Quotes)
            {
                for (var offset = quote.Start; offset < quote.End; offset++)
                {
                    if (originalToFolded.TryGetValue(offset, out var at)) result.Add(at);
                }
            }
            return result;
        }

        /// <summary>
        /// Headings without a number, each on a line of its own (2024年工作回顾, 今年主要目标任务), with the role their
        /// words name: the structure of a document whose headings are not numbered, or of its preamble. The first line of a
        /// digest is the article's headline (侨乡泉州面向“十五五”擘画高质量发展蓝图), no heading of a part.
        /// </summary>
        private static IReadOnlyList<(int Start, string Role)> SoftHeadings(ClauseSplitter clauses, int planYear, bool digest)
        {
            var headings = new List<(int, string)>();
            for (var at = digest ? clauses.ParagraphEnd(0) : 0; at < clauses.Text.Length; at = clauses.ParagraphEnd(at))
            {
                if (Intake.TitleRoles.OfUnnumberedHeading(clauses.Paragraph(at), planYear) is { } role)
                {
                    headings.Add((clauses.ParagraphStart(at), role));
                }
                if (clauses.ParagraphEnd(at) <= at) break;
            }
            return headings;
        }

        /// <summary>
        /// The passages that look back on five years: from a paragraph that says so (过去五年, 五年来) to one that turns
        /// to the reviewed year alone (过去一年, 2022年，…) or the next top-level section.
        /// </summary>
        private static FiveYearPassages FiveYearPassages(List<SectionSpan> spans, ClauseSplitter clauses, IReadOnlyList<(int Start, string Role)> softHeadings, int reviewYear)
        {
            var passages = new List<(int Start, int End)>();
            // 十三五工作回顾, 过去五年工作回顾 on a line of its own: a look-back over its sections too, to the next such heading.
            for (var i = 0; i < softHeadings.Count; i++)
            {
                var heading = clauses.Paragraph(softHeadings[i].Start);
                var plan = Intake.TitleRoles.PlanNamed(heading);
                // A numbered heading bounds its own section; one that names the reviewed year (2020年工作回顾及“十三五”主要成就) reviews that year first.
                if (Intake.NumberingMarks.At(heading).Level > 0 || heading.Contains(reviewYear.ToString(CultureInfo.InvariantCulture) + "年", StringComparison.Ordinal)) continue;
                if (softHeadings[i].Role != "review" || !(plan is { } p && p.End <= reviewYear || PeriodRules.LooksBackOnFiveYears(heading, reviewYear) || heading.Contains("五年", StringComparison.Ordinal))) continue;
                var end = i + 1 < softHeadings.Count ? softHeadings[i + 1].Start : clauses.Text.Length;
                for (var at = clauses.ParagraphEnd(softHeadings[i].Start); at < end; at = clauses.ParagraphEnd(at))
                {
                    if (PeriodRules.TurnsToOneYear(clauses.Paragraph(at), reviewYear)) { end = clauses.ParagraphStart(at); break; }
                    if (clauses.ParagraphEnd(at) <= at) break;
                }
                passages.Add((softHeadings[i].Start, end));
            }
            var tops = spans.Where(s => s.Path.IndexOf('/') < 0).OrderBy(s => s.Start).ToList();
            var bounds = tops.Count == 0 ? new List<(int, int)> { (0, clauses.Text.Length) } : tops.Select(s => (s.Start, s.End)).Prepend((0, tops[0].Start)).ToList();
            foreach (var (start, end) in bounds)
            {
                var open = -1;
                for (var at = start; at < end; at = clauses.ParagraphEnd(at))
                {
                    var paragraph = clauses.Paragraph(at);
                    if (open < 0 && PeriodRules.LooksBackOnFiveYears(paragraph, reviewYear)) open = clauses.ParagraphStart(at);
                    else if (open >= 0 && PeriodRules.TurnsToOneYear(paragraph, reviewYear))
                    {
                        passages.Add((open, clauses.ParagraphStart(at)));
                        open = -1;
                    }
                    if (clauses.ParagraphEnd(at) <= at) break;
                }
                if (open >= 0) passages.Add((open, end));
            }
            return new FiveYearPassages(passages);
        }

        /// <summary>Words that make a figure one of part of a year: 前三季度, 上半年, 一季度, 1-11月, 前10个月.</summary>
        private static readonly Regex PartOfYear = new("前三季度|上半年|第?一季度|前两个?季度|1[-—~至到](1[01]|[2-9])月|前([2-9]|1[01]|[两二三四五六七八九十]|十一)个月", RegexOptions.CultureInvariant);

        /// <summary>Keys: the indicator's code where it is free in its list, else draft-1, draft-2… skipping the report's keys.</summary>
        private static List<FigureProposal> Keys(List<FigureProposal> figures, ReportSpec report)
        {
            var taken = new HashSet<string>(report.Targets.Concat(report.Actuals).Select(f => f.Key.Value), StringComparer.Ordinal);
            var result = new List<FigureProposal>();
            var next = 1;
            foreach (var figure in figures)
            {
                string key;
                if (figure.Indicator is { } code && !taken.Contains(code)) key = code;
                else
                {
                    do key = "draft-" + (next++).ToString(CultureInfo.InvariantCulture); while (taken.Contains(key));
                }
                taken.Add(key);
                result.Add(figure with { Key = key });
            }
            return result;
        }

        /// <summary>The starts in <paramref name="sorted"/> that fall in [<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
        private static IEnumerable<int> NumbersIn(List<int> sorted, int start, int end)
        {
            for (var index = SortedSearch.FirstAtOrAfter(sorted, start, n => n); index < sorted.Count && sorted[index] < end; index++) yield return sorted[index];
        }

        /// <summary>The last of the headings (in text order) that starts before <paramref name="at"/>, or null.</summary>
        private static (int Start, string Role)? LastHeadingBefore(IReadOnlyList<(int Start, string Role)> headings, int at)
            => SortedSearch.FirstAtOrAfter(headings, at, h => h.Start) is var index and > 0 ? headings[index - 1] : null;

        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') starts.Add(i + 1);
            }
            return starts;
        }

        private static int LineOf(List<int> starts, int offset)
        {
            var index = starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
