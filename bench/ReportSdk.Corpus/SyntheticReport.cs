using System.Globalization;
using System.Text;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Corpus;

/// <summary>
/// One synthetic report shaped like the curated ones: about 50 numbered sections (一、 （一） 一是),
/// about 150 targets and 100 actuals, each quoted exactly once in its section of a generated
/// source text, a few dismissed years and dates. Writes the YAML and the normalized source.
/// </summary>
internal sealed class SyntheticReport
{
    private static readonly string[] Regions = ["luoyang", "jianxi", "luolong"];

    private readonly Rng _rng;
    private readonly RegistrySpec _registry;
    private readonly int _index;
    private readonly string _region;
    private readonly int _planYear;
    private readonly List<Node> _sections = [];
    private readonly List<Fig> _targets = [];
    private readonly List<Fig> _actuals = [];
    private readonly Queue<(string Verb, string VerbKey, string Object, string ObjectKey, string Unit, string? Measure)> _labels;
    private readonly Queue<(string Verb, string Topic, string TopicKey)> _titles;

    private SyntheticReport(int index, Rng rng, RegistrySpec registry)
    {
        _index = index;
        _rng = rng;
        _registry = registry;
        _region = Regions[(index - 1) % Regions.Length];
        _planYear = 2016 + (index - 1) % 9;
        _labels = new(rng.Shuffle(
            from v in Vocabulary.FigureVerbs
            from o in Vocabulary.FigureObjects
            select (v.Words, v.Key, o.Words, o.Key, o.Unit, o.Measure)));
        _titles = new(rng.Shuffle(
            from v in Vocabulary.TitleVerbs
            from t in Vocabulary.Topics
            select (v, t.Words, t.Key)));
    }

    public string Id => Name(_index);

    public string Region => _region;

    public string Yaml { get; private set; } = "";

    public string Source { get; private set; } = "";

    public static string Name(int index) => "syn-" + index.ToString("0000", CultureInfo.InvariantCulture);

    public static SyntheticReport Create(int index, Rng rng, RegistrySpec registry)
    {
        var report = new SyntheticReport(index, rng, registry);
        report.BuildSections();
        report.BuildFigures();
        report.Source = report.WriteSource();
        report.Yaml = report.WriteYaml();
        return report;
    }

    private int ReviewYear => _planYear - 1;

    private int FiveYearStart => 2016 + 5 * ((_planYear - 2016) / 5);

    private string RegionName => _registry.FindRegion(_region)?.Name ?? _region;

    private (int Month, int Day) Delivered => (1 + _index % 2, 5 + _index % 23);

    // ---- structure -------------------------------------------------------------------------

    private void BuildSections()
    {
        var review = Top(1, "review", $"{ReviewYear}年工作回顾", "review");
        var outlook = Top(2, "outlook", "“十四五”时期主要目标任务", "outlook");
        var plan = Top(3, "plan", $"{_planYear}年总体要求和主要目标", "plan");
        var keyWork = Top(4, "key-work", $"{_planYear}年重点工作", "key-work");
        var government = Top(5, "government", "加强政府自身建设", "government");
        AddChildren(review, 10, 0);
        AddChildren(keyWork, 15, 5);
        AddChildren(government, 6, 0);
        _sections.AddRange([review, outlook, plan, keyWork, government]);
    }

    private static Node Top(int number, string key, string title, string role)
        => new(key, Vocabulary.Numeral(number) + "、", title, role, key, Item: false);

    private void AddChildren(Node parent, int count, int withItems)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= count; i++)
        {
            var (verb, topic, key) = NextTitle(used);
            var child = new Node(key, $"（{Vocabulary.Numeral(i)}）", $"{verb}{topic}，{_rng.Pick(Vocabulary.TitleResults)}", null, parent.Path + "/" + key, Item: false);
            parent.Children.Add(child);
            if (i > withItems) continue;
            var itemKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 1; j <= 3; j++)
            {
                var (itemVerb, itemTopic, itemKey) = NextTitle(itemKeys);
                child.Children.Add(new Node(itemKey, Vocabulary.Numeral(j) + "是", itemVerb + itemTopic, null, child.Path + "/" + itemKey, Item: true));
            }
        }
    }

    /// <summary>A title not used yet in the report, whose key is new among its siblings.</summary>
    private (string Verb, string Topic, string Key) NextTitle(HashSet<string> siblingKeys)
    {
        var skipped = new List<(string, string, string)>();
        while (true)
        {
            var next = _titles.Dequeue();
            if (siblingKeys.Add(next.TopicKey))
            {
                foreach (var s in skipped) _titles.Enqueue(s);
                return next;
            }
            skipped.Add(next);
        }
    }

    private IEnumerable<Node> Leaves(Node node)
        => node.Children.Count == 0 ? [node] : node.Children.SelectMany(Leaves);

    // ---- figures ---------------------------------------------------------------------------

    private void BuildFigures()
    {
        var plan = _sections.Single(s => s.Key == "plan");
        var outlook = _sections.Single(s => s.Key == "outlook");
        var keyWork = _sections.Single(s => s.Key == "key-work");
        var review = _sections.Single(s => s.Key == "review");
        var indicators = _rng.Shuffle(_registry.Indicators.Where(i => i.Code.Value is not "gdp-growth" and not "gdp"));

        // 主要预期目标: gdp-growth and eleven more indicators, in the plan section.
        var headline = new[] { Indicator("gdp-growth") }.Concat(indicators.Take(11)).ToList();
        foreach (var indicator in headline) _targets.Add(IndicatorTarget(indicator, plan, "annual", _planYear.ToString(CultureInfo.InvariantCulture), headline: true));

        // Five-year goals in the outlook: four indicators, four tasks.
        var fiveYear = $"{FiveYearStart}-{FiveYearStart + 4}";
        foreach (var indicator in indicators.Skip(11).Take(4)) _targets.Add(IndicatorTarget(indicator, outlook, "five-year", fiveYear, headline: false));
        for (var i = 0; i < 4; i++) _targets.Add(TaskFigure(target: true, outlook, "five-year", fiveYear));

        // Tasks of the year in the key-work leaves, two of them qualitative.
        var taskCount = 130 + _rng.Int(-10, 11);
        var leaves = keyWork.Children.SelectMany(Leaves).ToList();
        for (var i = 0; i < taskCount; i++)
        {
            var section = leaves[i < leaves.Count ? i : _rng.Int(0, leaves.Count)];
            _targets.Add(i < 2 ? QualitativeTarget(section) : TaskFigure(target: true, section, "task", _planYear.ToString(CultureInfo.InvariantCulture)));
        }

        // Figures of the reviewed year in the review's subsections: gdp, gdp-growth, eight more indicators.
        var actualCount = 100 + _rng.Int(-10, 11);
        var reviewLeaves = review.Children.SelectMany(Leaves).ToList();
        var actualIndicators = new[] { Indicator("gdp"), Indicator("gdp-growth") }.Concat(indicators.Skip(15).Take(8)).ToList();
        for (var i = 0; i < actualCount; i++)
        {
            var section = reviewLeaves[i < reviewLeaves.Count ? i : _rng.Int(0, reviewLeaves.Count)];
            var year = ReviewYear.ToString(CultureInfo.InvariantCulture);
            _actuals.Add(i < actualIndicators.Count ? IndicatorActual(actualIndicators[i], section, year) : TaskFigure(target: false, section, "annual", year));
        }
    }

    private IndicatorSpec Indicator(string code) => _registry.FindIndicator(code) ?? throw new InvalidOperationException($"indicators.yaml has no '{code}'");

    private Fig IndicatorTarget(IndicatorSpec indicator, Node section, string kind, string period, bool headline)
    {
        var unit = indicator.Unit.Value;
        var bound = TargetBound(unit);
        var (value, max) = Values(unit, bound == "range");
        return Add(new Fig(indicator.Code.Value, indicator.Code.Value, indicator.Name, value, max, unit, null, bound, period, kind, headline,
            Aspirational: false, Qualitative: false, section, TargetQuote(indicator.Name, value, max, UnitWord(unit, null), bound), Note: null));
    }

    private Fig IndicatorActual(IndicatorSpec indicator, Node section, string period)
    {
        var unit = indicator.Unit.Value;
        var bound = ActualBound();
        var (value, _) = Values(unit, range: false);
        return Add(new Fig(indicator.Code.Value, indicator.Code.Value, indicator.Name, value, null, unit, null, bound, period, "annual", Headline: false,
            Aspirational: false, Qualitative: false, section, ActualQuote(indicator.Name, value, UnitWord(unit, null), bound), Note: null));
    }

    private Fig TaskFigure(bool target, Node section, string kind, string period)
    {
        var (verb, verbKey, obj, objKey, unit, measure) = _labels.Dequeue();
        var label = verb + obj;
        var key = verbKey + "-" + objKey;
        if (target)
        {
            var bound = TargetBound(unit);
            var (value, max) = Values(unit, bound == "range");
            var aspirational = _rng.Chance(15);
            var quote = (aspirational ? "力争" : "") + TargetQuote(label, value, max, UnitWord(unit, measure), bound);
            var note = _rng.Chance(5) ? "synthetic: a note, as curators leave on odd figures" : null;
            return Add(new Fig(key, null, label, value, max, unit, measure, bound, period, kind, Headline: false, aspirational, Qualitative: false, section, quote, note));
        }
        var actualBound = ActualBound();
        var (actual, _) = Values(unit, range: false);
        return Add(new Fig(key, null, label, actual, null, unit, measure, actualBound, period, kind, Headline: false, Aspirational: false,
            Qualitative: false, section, ActualQuote(label, actual, UnitWord(unit, measure), actualBound), Note: null));
    }

    private Fig QualitativeTarget(Node section)
    {
        var (verb, verbKey, obj, objKey, _, _) = _labels.Dequeue();
        return Add(new Fig(verbKey + "-" + objKey, null, verb + obj, null, null, null, null, null, _planYear.ToString(CultureInfo.InvariantCulture), "task",
            Headline: false, Aspirational: false, Qualitative: true, section, verb + obj + "任务全面完成", Note: null));
    }

    private static Fig Add(Fig figure)
    {
        figure.Section.Figures.Add(figure);
        return figure;
    }

    private string TargetBound(string unit)
    {
        var roll = _rng.Int(0, 100);
        if (unit == "percent") return roll < 55 ? "at-least" : roll < 80 ? "about" : roll < 90 ? "at-most" : roll < 95 ? "nearly" : "exact";
        return roll < 45 ? "exact" : roll < 70 ? "at-least" : roll < 80 ? "more-than" : roll < 90 ? "range" : roll < 95 ? "about" : "nearly";
    }

    private string ActualBound()
    {
        var roll = _rng.Int(0, 100);
        return roll < 75 ? "exact" : roll < 90 ? "more-than" : "estimate";
    }

    /// <summary>A plausible value for the unit, as written (8, 5128.4), and a larger max for ranges.</summary>
    private (string Value, string? Max) Values(string unit, bool range)
    {
        var (low, high, tenths) = unit switch
        {
            "percent" => (10, 150, true),
            "percentage-points" => (5, 30, true),
            "100m-yuan" => (500, 90000, true),
            "10k-yuan" => (50, 200, true),
            "yuan" => (20000, 60000, false),
            "10k-people" => (10, 150, true),
            "10k-households" => (10, 100, true),
            "100m-usd" => (10, 500, true),
            "100m-jin" => (100, 600, true),
            "10k-mu" => (10, 500, true),
            "10k-person-times" => (1000, 15000, false),
            "10k-tonnes" => (100, 2000, false),
            "10k-sqm" => (10, 3000, true),
            "km" => (10, 2000, true),
            "households" => (100, 9000, false),
            _ => (2, 500, false),
        };
        var n = _rng.Int(low, high);
        var value = tenths ? Tenths(n) : n.ToString(CultureInfo.InvariantCulture);
        if (!range) return (value, null);
        var m = n + _rng.Int(1, Math.Max(2, n / 2));
        return (value, tenths ? Tenths(m) : m.ToString(CultureInfo.InvariantCulture));
    }

    private static string Tenths(int n)
        => n % 10 == 0
            ? (n / 10).ToString(CultureInfo.InvariantCulture)
            : (n / 10).ToString(CultureInfo.InvariantCulture) + "." + (n % 10).ToString(CultureInfo.InvariantCulture);

    private string UnitWord(string unit, string? measure)
        => measure ?? (_registry.FindUnit(unit) ?? throw new InvalidOperationException($"units.yaml has no '{unit}'")).Name;

    private static string TargetQuote(string label, string value, string? max, string unit, string bound) => bound switch
    {
        "at-least" => $"{label}{value}{unit}以上",
        "at-most" => $"{label}控制在{value}{unit}以内",
        "about" => $"{label}{value}{unit}左右",
        "nearly" => $"{label}近{value}{unit}",
        "more-than" => $"{label}超过{value}{unit}",
        "range" => $"{label}{value}—{max}{unit}",
        _ => $"{label}达到{value}{unit}",
    };

    private static string ActualQuote(string label, string value, string unit, string bound) => bound switch
    {
        "more-than" => $"{label}突破{value}{unit}",
        "estimate" => $"预计{label}{value}{unit}",
        _ => $"全年{label}{value}{unit}",
    };

    // ---- the source text -------------------------------------------------------------------

    private string WriteSource()
    {
        var (month, day) = Delivered;
        var text = new StringBuilder();
        text.Append("政府工作报告\n\n");
        text.Append(CultureInfo.InvariantCulture, $"—— {_planYear}年{month}月{day}日在{Session}上\n\n");
        text.Append(SpeakerTitle).Append(' ').Append(SpeakerName).Append("\n\n");
        text.Append("各位代表：\n\n");
        text.Append("现在，我代表").Append(RegionName).Append("人民政府向大会作工作报告，请予审议，并请各位政协委员提出意见。\n\n");
        foreach (var section in _sections)
        {
            text.Append(section.Number).Append(section.Title).Append("\n\n");
            if (section.Key == "outlook") text.Append("展望二〇三五年，");
            text.Append(Paragraph(section)).Append("\n\n");
            foreach (var child in section.Children)
            {
                text.Append(child.Number).Append(child.Title).Append('。');
                text.Append(Paragraph(child));
                foreach (var item in child.Children) text.Append(item.Number).Append(item.Title).Append('，').Append(Paragraph(item));
                text.Append("\n\n");
            }
        }
        text.Append("各位代表！让我们团结一心、奋勇争先，为谱写新时代更加出彩的绚丽篇章而努力奋斗！\n");
        return text.ToString();
    }

    /// <summary>Filler clauses with the section's own quotes among them, ending with 。.</summary>
    private string Paragraph(Node section)
    {
        var clauses = new List<string>();
        for (var i = _rng.Int(2, 5); i > 0; i--) clauses.Add(_rng.Pick(Vocabulary.Filler));
        foreach (var figure in section.Figures)
        {
            clauses.Add(_rng.Pick(Vocabulary.Filler));
            if (_rng.Chance(70)) clauses.Add(_rng.Pick(Vocabulary.Filler));
            clauses.Add(figure.Quote);
        }
        clauses.Add(_rng.Pick(Vocabulary.Filler));
        if (section.Key == "plan") clauses.Insert(1, $"{_planYear}年全市经济社会发展的主要预期目标是");
        return string.Join("，", clauses) + "。";
    }

    private string Session => RegionName + "第十五届人民代表大会第" + Vocabulary.Numeral(1 + _index % 5) + "次会议";

    private string SpeakerName => Vocabulary.Surnames[_index % Vocabulary.Surnames.Length] + Vocabulary.GivenNames[_index / Vocabulary.Surnames.Length % Vocabulary.GivenNames.Length];

    private string SpeakerTitle => RegionName + "人民政府" + (RegionName.EndsWith('区') ? "区长" : "市长");

    // ---- the YAML --------------------------------------------------------------------------

    private string WriteYaml()
    {
        var (month, day) = Delivered;
        var y = new StringBuilder();
        y.Append("# yaml-language-server: $schema=../../report.schema.json\n");
        y.Append("# Synthetic report written by bench/ReportSdk.Corpus: shaped like the curated reports, not real data.\n");
        Field(y, 0, "id", Id);
        Field(y, 0, "symbol", "Syn" + _index.ToString("0000", CultureInfo.InvariantCulture));
        Field(y, 0, "kind", _index % 7 == 0 ? "plan-report" : "government-work-report");
        Field(y, 0, "region", _region);
        Field(y, 0, "delivered", string.Create(CultureInfo.InvariantCulture, $"{_planYear:0000}-{month:00}-{day:00}"));
        Field(y, 0, "session", Quoted(Session));
        y.Append("speaker:\n");
        Field(y, 2, "name", Quoted(SpeakerName));
        Field(y, 2, "title", Quoted(SpeakerTitle));
        Field(y, 0, "title", Quoted("政府工作报告"));
        Field(y, 0, "reviewYear", ReviewYear.ToString(CultureInfo.InvariantCulture));
        Field(y, 0, "planYear", _planYear.ToString(CultureInfo.InvariantCulture));
        y.Append("source:\n");
        Field(y, 2, "original", Id + ".original.txt");
        Field(y, 2, "originalSha256", Sha256.OfText("original of " + Id));
        Field(y, 2, "text", "../../sources/" + Id + ".txt");
        Field(y, 2, "textSha256", Sha256.OfText(Source));
        y.Append("  edits:\n    - \"synthetic text written by bench/ReportSdk.Corpus; nothing edited\"\n");
        y.Append("sections:\n");
        foreach (var section in _sections) WriteSection(y, section, 4);
        y.Append("targets:\n");
        foreach (var figure in _targets) WriteFigure(y, figure);
        y.Append("actuals:\n");
        foreach (var figure in _actuals) WriteFigure(y, figure);
        var (m, d) = Delivered;
        y.Append("dismissed:\n");
        Dismiss(y, $"{_planYear}年{m}月{d}日", "date", null);
        Dismiss(y, $"{_planYear}年", "year", null);
        Dismiss(y, $"{ReviewYear}年", "year", "review");
        return y.ToString();
    }

    private static void WriteSection(StringBuilder y, Node section, int indent)
    {
        var pad = new string(' ', indent);
        y.Append(pad[..^2]).Append("- key: ").Append(section.Key).Append('\n');
        Field(y, indent, "number", section.Number);
        Field(y, indent, "title", Quoted(section.Title));
        if (section.Role is not null) Field(y, indent, "role", section.Role);
        if (section.Children.Count == 0) return;
        y.Append(pad).Append("children:\n");
        foreach (var child in section.Children) WriteSection(y, child, indent + 4);
    }

    private static void WriteFigure(StringBuilder y, Fig f)
    {
        y.Append("  - key: ").Append(f.Key).Append('\n');
        if (f.Indicator is not null) Field(y, 4, "indicator", f.Indicator);
        Field(y, 4, "label", Quoted(f.Label));
        if (f.Value is not null) Field(y, 4, "value", f.Value);
        if (f.Max is not null) Field(y, 4, "max", f.Max);
        if (f.Unit is not null) Field(y, 4, "unit", f.Unit);
        if (f.Measure is not null) Field(y, 4, "measure", f.Measure);
        if (f.Bound is not null) Field(y, 4, "bound", f.Bound);
        Field(y, 4, "period", f.Period.Contains('-', StringComparison.Ordinal) ? Quoted(f.Period) : f.Period);
        Field(y, 4, "kind", f.Kind);
        if (f.Headline) Field(y, 4, "headline", "true");
        if (f.Aspirational) Field(y, 4, "aspirational", "true");
        if (f.Qualitative) Field(y, 4, "qualitative", "true");
        Field(y, 4, "section", f.Section.Path);
        Field(y, 4, "quote", Quoted(f.Quote));
        if (f.Note is not null) Field(y, 4, "note", Quoted(f.Note));
    }

    private static void Dismiss(StringBuilder y, string text, string reason, string? section)
    {
        y.Append("  - text: ").Append(Quoted(text)).Append('\n');
        Field(y, 4, "reason", reason);
        if (section is not null) Field(y, 4, "section", section);
    }

    private static void Field(StringBuilder y, int indent, string name, string value)
        => y.Append(' ', indent).Append(name).Append(": ").Append(value).Append('\n');

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private sealed record Node(string Key, string Number, string Title, string? Role, string Path, bool Item)
    {
        public List<Node> Children { get; } = [];

        public List<Fig> Figures { get; } = [];
    }

    private sealed record Fig(string Key, string? Indicator, string Label, string? Value, string? Max, string? Unit, string? Measure, string? Bound,
        string Period, string Kind, bool Headline, bool Aspirational, bool Qualitative, Node Section, string Quote, string? Note);
}
