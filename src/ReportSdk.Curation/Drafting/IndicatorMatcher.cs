using System;
using System.Collections.Generic;
using System.Linq;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Finds the indicator a quantity measures from the words before its number: a name of the
    /// indicator (<see cref="DraftVocabulary.Names"/>) followed only by linking words (达到, 实现, 同比…),
    /// of an indicator whose units include the quantity's unit's dimension; the longest name wins.
    /// A growth indicator (X增长) also answers to every name of X followed by 增长.
    /// </summary>
    public sealed class IndicatorMatcher
    {
        /// <summary>Words that may stand between an indicator's name and its number.</summary>
        public static readonly string[] Linking =
        {
            "初步预计", "预计", "分别", "累计", "同比", "年均", "全年", "达到", "达", "实现", "完成", "为", "稳定在", "保持在", "控制在", "提高到", "提高至", "提高", "至", "在",
            "从", "由", "增加到", "提升到", "增长到", "上升到", "发展到", "扩大到", "增至", "提升至", "增加至", "增长至", "上升至", "的", "总量", "突破", "超过", "实现了", "完成了", "达到了",
            "跨越", "跨上", "跨过", "迈上", "迈过", "可", "将", "保持", "稳定", "每人", "人均", "降低到", "降低至", "下降到", "下降至", "降至", "减少到", "减少至", "均",
        };

        /// <summary><see cref="Linking"/> longest first, so that 增至 is one word, not 至 after 增.</summary>
        private static readonly string[] LinkingLongestFirst = Linking.OrderByDescending(w => w.Length).ToArray();

        /// <summary>
        /// Words inside a name that qualify how it is counted or how sure it is, not what it is: 同比, 年均, 同口径, 按省口径计算,
        /// 常住, 家庭 before 人均, 分别, 连续五年, 的 before 比重, 预计 (地区生产总值预计增长), 增速 before 增长, an abbreviation in brackets ((AQI)优良率),
        /// 企业 between a sector and its value added or revenue (规模以上工业企业增加值), quotation marks (“规上”工业增加值),
        /// 总额 before 增长 (固定资产投资总额增长), 力争/争取/确保 (一般公共预算收入力争增长3%), 可比口径, a note on a short name (同比增长(以下简称增长)), 国家(级) before 高新技术企业 (the one national recognition), 贸易 in 进出口贸易总额,
        /// 预期目标 before 增长 (地区生产总值预期目标增长6%), 商务部口径 (实际使用外资商务部口径).
        /// </summary>
        private static readonly System.Text.RegularExpressions.Regex Qualifiers = new("\\((以下简称|下称|简称)[^)]{0,8}\\)|\"|(?<=工业|服务业)企业(?=增加值|营业收入)|总额(?=增长|增速)|初步预计|预计|力争|争取|确保|可比口径|增速(?=同比|增长)|\\([A-Za-z][A-Za-z0-9.&]*\\)|同比|年均|按可比价格?计算|按可比价格?|可比|同口径|按[^增长]{0,8}计算|比上年|较上年|常住|家庭(?=人均)|国家级?(?=高新技术企业)|(?<=进出口)贸易(?=总额|总值)|(?<=投资)完成额|分别|连续[一二三四五六七八九十两0-9]+年|全年|[两三]年平均|的(?=比重|比例)|(?<=占|相当于)(全市|全省|全区|全县|全州|全盟|本市|本地区)|预期目标(?=增长)|商务部口径", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// Words that make a name a part of the region or a class of it only (园区规上工业总产值, 限额以上固定资产投资, 限上社会消费品零售总额,
        /// 省级高新技术企业, 中小微企业贷款余额, 口岸进出口总额: what passes the region's ports): no indicator of the region.
        /// </summary>
        private static readonly string[] Parts = { "园区", "开发区", "高新区", "景区", "限额以上", "限上", "口岸", "省级", "中小微企业", "小微企业" };

        /// <summary>Words that make a name a branch of itself (知识型现代服务业增加值, 生产性服务业, 数字经济增长, 机电产品出口, 服务贸易出口, 跨境电商进出口额): no indicator of the whole.</summary>
        private static readonly string[] Branches = { "型", "性", "现代", "数字", "产品", "服务贸易", "电商" };

        private static bool Restricted(string words, int nameStart) => Parts.Concat(Branches).Any(p => nameStart >= p.Length && string.CompareOrdinal(words, nameStart - p.Length, p, 0, p.Length) == 0);

        /// <summary>The level indicator of a growth indicator (地区生产总值增长 → 地区生产总值) when it takes <paramref name="unit"/>, else null.</summary>
        public string? LevelOf(string code, string unit)
            => _growthOf.Where(p => p.Value == code).Select(p => p.Key).FirstOrDefault(level => Admits(level, unit));

        /// <summary>Whether <paramref name="words"/> name a growth rate and nothing else (增长, 同比增长, 按省口径计算增长).</summary>
        public static bool NamesGrowthOnly(string words)
        {
            var bare = Qualifiers.Replace(words.Substring(0, words.Length - LinkingTail(words)), "");
            return bare is "增长" or "增速" or "增幅" or "增长了" or "上涨" or "";
        }

        /// <summary>A year written between a name and its number (从2016年的695.7亿元, 由“十二五”末的6557亿元): linking too.</summary>
        private static readonly System.Text.RegularExpressions.Regex YearWords = new("((19|20)[0-9]{2}年(末|底)?|\"?十[一二三四五六七八九]五\"?(期末|末))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>Roman numerals of water classes (Ⅲ类) and their Latin letters.</summary>
        private static readonly Dictionary<char, string> RomanNumerals = new() { ['Ⅰ'] = "I", ['Ⅱ'] = "II", ['Ⅲ'] = "III", ['Ⅳ'] = "IV", ['Ⅴ'] = "V" };

        /// <summary>Other names of 农村居民 in income names.</summary>
        private static readonly string[] RuralNames = { "农民", "农牧民", "牧民", "牧区居民", "农牧区居民" };

        /// <summary>Other words of 新增 for what is newly recognised.</summary>
        private static readonly string[] NewlyRecognised = { "新认定", "新获批", "新获认定" };

        private readonly List<(string Code, string Name)> _names = new();
        private readonly Dictionary<string, HashSet<string>> _dimensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _unitDimension = new(StringComparer.Ordinal);
        private readonly RegistrySpec _registry;
        private readonly Dictionary<string, string> _growthOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _kinds = new(StringComparer.Ordinal);

        /// <summary>The names of <paramref name="vocabulary"/>, longest first.</summary>
        public IndicatorMatcher(DraftVocabulary vocabulary)
        {
            var registry = vocabulary.Registry;
            _registry = registry;
            foreach (var unit in registry.Units) _unitDimension[unit.Code.Value] = unit.Dimension;
            var byName = registry.Indicators.ToDictionary(i => i.Name, i => i.Code.Value, StringComparer.Ordinal);
            foreach (var indicator in registry.Indicators)
            {
                var code = indicator.Code.Value;
                _kinds[code] = indicator.Kind.Value;
                _dimensions[code] = new HashSet<string>(indicator.Units.Select(u => DimensionOf(u.Value) ?? ""), StringComparer.Ordinal);
                if (vocabulary.Names.TryGetValue(code, out var names)) _names.AddRange(names.Select(n => (code, n)));
                // 地区生产总值增长 also answers to 生产总值增长, GDP增长: every name of 地区生产总值 + 增长.
                if (indicator.Name.EndsWith("增长", StringComparison.Ordinal)
                    && byName.TryGetValue(indicator.Name.Substring(0, indicator.Name.Length - 2), out var level)
                    && vocabulary.Names.TryGetValue(level, out var levelNames))
                {
                    _growthOf[level] = code;
                    _names.AddRange(levelNames.Select(n => (code, n + "增长")));
                }
            }
            // A share (服务业增加值占地区生产总值比重) is written with any name of each of its two parts: 占生产总值比重, 占GDP比重,
            // 第三产业增加值占…, 税收收入占地方一般预算收入比重.
            _names.AddRange(_names.Where(n => ShareName.IsMatch(n.Name)).ToList().SelectMany(n =>
            {
                var parts = ShareName.Match(n.Name);
                var partNames = Synonyms(parts.Groups["part"].Value, byName, vocabulary).ToList();
                // 税收收入占比: a share with its whole left out is the share of its customary whole.
                return (from part in partNames
                        from whole in Synonyms(parts.Groups["whole"].Value, byName, vocabulary)
                        select (n.Code, part + "占" + whole + parts.Groups["end"].Value))
                    .Concat(partNames.Select(part => (n.Code, part + "占比")));
            }).ToList());
            // 比重 and 比例 name the same share.
            _names.AddRange(_names.Where(n => n.Name.EndsWith("比重", StringComparison.Ordinal) && n.Name.Contains("占", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Substring(0, n.Name.Length - 2) + "比例")).ToList());
            // 规模以上 is as often written 规上 (规上服务业营业收入), and in older reports 规模 (规模工业增加值), in every name that has it.
            _names.AddRange(_names.Where(n => n.Name.Contains("规模以上", StringComparison.Ordinal))
                .SelectMany(n => new[] { (n.Code, n.Name.Replace("规模以上", "规上")), (n.Code, n.Name.Replace("规模以上", "规模")) }).ToList());
            // 第一产业 is shortened 一产 (一产增长3.9%), and so 二产, 三产.
            _names.AddRange(_names.Where(n => n.Name.Contains("产业", StringComparison.Ordinal) && n.Name.StartsWith("第", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Substring(1).Replace("产业", "产"))).ToList());
            // 新增规模以上工业企业 is as often written with 新增 after the name (规上工业企业新增92户).
            _names.AddRange(_names.Where(n => n.Name.StartsWith("新增", StringComparison.Ordinal) && n.Name.Length > 2)
                .Select(n => (n.Code, n.Name.Substring(2) + "新增")).ToList());
            // 比重 and 比例 name the same share after 相当于 too (研发经费支出相当于地区生产总值的比例).
            _names.AddRange(_names.Where(n => n.Name.Contains("相当于", StringComparison.Ordinal) && n.Name.EndsWith("比重", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Substring(0, n.Name.Length - 2) + "比例")).ToList());
            // A Roman numeral (Ⅲ类水体) is as often written in Latin letters (III类).
            _names.AddRange(_names.Where(n => n.Name.IndexOfAny(RomanNumerals.Keys.ToArray()) >= 0)
                .Select(n => (n.Code, string.Concat(n.Name.Select(c => RomanNumerals.TryGetValue(c, out var latin) ? latin : c.ToString())))).ToList());
            // 工业总产值 is as often written 工业产值 (规模以上工业产值1485.9亿元).
            _names.AddRange(_names.Where(n => n.Name.Contains("工业总产值", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Replace("工业总产值", "工业产值"))).ToList());
            // 城镇居民人均可支配收入 is shortened 城镇居民收入 (城乡居民收入达到23292元和7750元); only of 城镇 and 农村 residents,
            // since 农民收入 and 居民收入 alone are as often of the older 纯收入 or of no measure at all.
            _names.AddRange(_names.Where(n => n.Name.StartsWith("城镇居民人均可支配收入", StringComparison.Ordinal) || n.Name.StartsWith("农村居民人均可支配收入", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Replace("人均可支配收入", "收入"))).ToList());
            // 农村居民 is also written 农民, and where herding is, 农牧民, 牧民, 牧区居民 or 农牧区居民 (城镇、牧区常住居民人均可支配收入).
            _names.AddRange(_names.Where(n => n.Name.StartsWith("农村居民", StringComparison.Ordinal))
                .SelectMany(n => RuralNames.Select(rural => (n.Code, rural + n.Name.Substring("农村居民".Length)))).ToList());
            // 能耗 is as often written 综合能耗 (万元生产总值综合能耗下降4.8%).
            _names.AddRange(_names.Where(n => n.Name.Contains("能耗", StringComparison.Ordinal) && !n.Name.Contains("综合能耗", StringComparison.Ordinal))
                .Select(n => (n.Code, n.Name.Replace("能耗", "综合能耗"))).ToList());
            // 新增高新技术企业 is as often 新认定 or 新获批 (recognised) ones.
            _names.AddRange(_names.Where(n => n.Name.StartsWith("新增", StringComparison.Ordinal))
                .SelectMany(n => NewlyRecognised.Select(w => (n.Code, w + n.Name.Substring(2)))).ToList());
            _names = _names.Distinct().OrderByDescending(n => n.Name.Length).ToList();
        }

        /// <summary>The name of a share: a part, 占, the whole, 比重 (服务业增加值占地区生产总值比重).</summary>
        private static readonly System.Text.RegularExpressions.Regex ShareName = new("^(?<part>.+)占(?<whole>.+)(?<end>比重|比例)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// Every name of a quantity: those of the indicator so named (地区生产总值: 生产总值, GDP…), or where the registry has only
        /// its growth, those of the growth without 增长 (服务业增加值: 第三产业增加值); the name alone otherwise.
        /// </summary>
        private static IEnumerable<string> Synonyms(string name, Dictionary<string, string> byName, DraftVocabulary vocabulary)
        {
            if (byName.TryGetValue(name, out var code) && vocabulary.Names.TryGetValue(code, out var names)) return names.Append(name).Distinct();
            var growth = vocabulary.Names.Values.FirstOrDefault(all => all.Contains(name + "增长"));
            return growth is null ? new[] { name }
                : growth.Where(n => n.EndsWith("增长", StringComparison.Ordinal) && n.Length > 2).Select(n => n.Substring(0, n.Length - 2)).Append(name).Distinct();
        }

        /// <summary>
        /// The indicator <paramref name="words"/> (the folded words before a number, in its clause) name
        /// for a quantity in <paramref name="unit"/>, and where that name starts in them; null when none does.
        /// </summary>
        public (string Code, int NameStart)? Match(string words, string unit)
        {
            if (DimensionOf(unit) is not { } dimension) return null;
            // 固定资产投资同比增长, 规上工业增加值年均增长, 城镇常住居民人均可支配收入: the name with its qualifiers set aside.
            var plain = Qualifiers.Replace(words, "");
            if (plain != words && Match(plain, unit) is { } qualified && !Restricted(plain, qualified.NameStart)) return qualified;
            // A name may itself end with a linking word (常住人口城镇化率提高, 社会消费品零售总额): try the words whole, then
            // without one linking word after another.
            foreach (var end in LinkingEnds(words))
            {
                // Where the longest name ending here starts, of any unit: a shorter name inside it is not named (进出口增长 is
                // the growth of trade, not of 出口 exports; 人均地区生产总值 in 万元 is not 地区生产总值).
                var longest = int.MaxValue;
                foreach (var (code, name) in _names)
                {
                    if (name.Length > end || string.CompareOrdinal(words, end - name.Length, name, 0, name.Length) != 0) continue;
                    longest = Math.Min(longest, end - name.Length);
                    if (!_dimensions[code].Contains(dimension) || end - name.Length > longest) continue;
                    return Restricted(words, end - name.Length) ? null : (code, end - name.Length);
                }
            }
            // 固定资产投资总额, 高企总数: the total of a quantity is the quantity.
            var stripped = words.Substring(0, words.Length - LinkingTail(words));
            return stripped.EndsWith("总额", StringComparison.Ordinal) || stripped.EndsWith("总数", StringComparison.Ordinal) ? Match(stripped.Substring(0, stripped.Length - 2), unit) : null;
        }

        /// <summary>
        /// The indicator whose name is all of <paramref name="words"/> (the words after a quantity, to its clause's end:
        /// 11000人脱贫, 2.1万名贫困人口脱贫), for a quantity in <paramref name="unit"/>; null when none is.
        /// </summary>
        public string? NamedAfter(string words, string unit)
            => words.Length == 0 || DimensionOf(unit) is not { } dimension ? null
                : _names.Where(n => n.Name == words && _dimensions[n.Code].Contains(dimension)).Select(n => n.Code).FirstOrDefault();

        /// <summary>The growth indicator of <paramref name="code"/> (地区生产总值 → 地区生产总值增长) when it takes <paramref name="unit"/>, else null.</summary>
        public string? GrowthOf(string code, string unit)
            => _growthOf.TryGetValue(code, out var growth) && DimensionOf(unit) is { } dimension && _dimensions[growth].Contains(dimension) ? growth : null;

        /// <summary>The dimension of a unit, listed or composed (10k-kw: power); null for no unit.</summary>
        private string? DimensionOf(string unit)
        {
            if (_unitDimension.TryGetValue(unit, out var known)) return known;
            var dimension = _registry.FindUnit(unit)?.Dimension;
            if (dimension is not null) _unitDimension[unit] = dimension;
            return dimension;
        }

        /// <summary>Whether indicator <paramref name="code"/> admits a figure in <paramref name="unit"/> (a unit of the dimension of one of its units).</summary>
        public bool Admits(string code, string unit)
            => _dimensions.TryGetValue(code, out var dimensions) && DimensionOf(unit) is { } dimension && dimensions.Contains(dimension);

        /// <summary>Whether <paramref name="unit"/> is a unit a growth is given in (a ratio or a change of one: %, 个百分点).</summary>
        public bool IsGrowthUnit(string unit) => DimensionOf(unit) is "ratio" or "ratio-change";

        /// <summary>Whether indicator <paramref name="code"/> is a growth rate (kind growth).</summary>
        public bool IsGrowth(string code) => _kinds.TryGetValue(code, out var kind) && kind == "growth";

        /// <summary>The code of the indicator named exactly <paramref name="name"/> (a name or alias, folded), admitting <paramref name="unit"/>; null when none is.</summary>
        public string? Named(string name, string unit)
            => _names.Where(n => n.Name == name && Admits(n.Code, unit)).Select(n => n.Code).FirstOrDefault();

        /// <summary>How many characters at the end of <paramref name="words"/> are linking words.</summary>
        public static int LinkingTail(string words) => words.Length - LinkingEnds(words).Last();

        /// <summary>Where <paramref name="words"/> end whole, then without each linking word (or year) at their end in turn.</summary>
        private static IEnumerable<int> LinkingEnds(string words)
        {
            yield return words.Length;
            var end = words.Length;
            var changed = true;
            while (changed && end > 0)
            {
                changed = false;
                foreach (var word in LinkingLongestFirst)
                {
                    if (word.Length <= end && string.CompareOrdinal(words, end - word.Length, word, 0, word.Length) == 0)
                    {
                        end -= word.Length;
                        changed = true;
                        break;
                    }
                }
                if (!changed && YearWords.Match(words.Substring(0, end)) is { Success: true } year)
                {
                    end -= year.Length;
                    changed = true;
                }
                if (changed) yield return end;
            }
        }
    }
}
