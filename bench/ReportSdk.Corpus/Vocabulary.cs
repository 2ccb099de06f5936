namespace ReportSdk.Corpus;

/// <summary>
/// The words synthetic reports are made of. None holds a digit (numbers come only from figures
/// and dated headings), a numbering mark (一、 （一） 一是) or the words quotes are built with
/// (以上, 左右, 全年, 预计…), so a quote or heading can only be found where it was written.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Opening verbs of section titles.</summary>
    public static readonly string[] TitleVerbs =
    [
        "坚持", "加快", "深化", "持续", "全面", "着力", "大力", "扎实", "统筹", "聚焦", "积极", "切实",
    ];

    /// <summary>Section topics: the Chinese words and the English key of the section.</summary>
    public static readonly (string Words, string Key)[] Topics =
    [
        ("创新驱动", "innovation"), ("产业升级", "industry-upgrade"), ("改革开放", "reform-opening"),
        ("乡村振兴", "rural-revitalization"), ("城市更新", "urban-renewal"), ("生态保护", "ecology"),
        ("民生保障", "livelihoods"), ("文化繁荣", "culture"), ("营商环境", "business-environment"),
        ("数字经济", "digital-economy"), ("先进制造", "manufacturing"), ("现代服务", "services"),
        ("交通建设", "transport"), ("教育发展", "education"), ("医疗卫生", "health"),
        ("社会治理", "governance"), ("安全生产", "work-safety"), ("开放合作", "cooperation"),
        ("区域协调", "regional-coordination"), ("绿色发展", "green-development"), ("科技攻关", "science"),
        ("人才引育", "talent"), ("消费升级", "consumption"), ("项目建设", "projects"),
        ("要素保障", "factor-supply"), ("金融服务", "finance"), ("粮食安全", "food-security"),
        ("水利建设", "water"), ("社区治理", "communities"), ("城乡融合", "urban-rural"),
    ];

    /// <summary>Second halves of subsection titles.</summary>
    public static readonly string[] TitleResults =
    [
        "发展质量稳步提升", "综合实力持续增强", "发展动能加速转换", "群众获得感明显增强", "支撑能力不断夯实",
        "发展活力竞相迸发", "城市品质显著提升", "生态底色更加鲜明", "治理效能全面提高", "基础保障更加有力",
    ];

    /// <summary>Verbs of figure labels, with a key word.</summary>
    public static readonly (string Words, string Key)[] FigureVerbs =
    [
        ("新建", "build"), ("改造", "renovate"), ("新增", "add"), ("培育", "foster"), ("建成", "complete"),
        ("打造", "create"), ("引进", "attract"), ("提升", "upgrade"), ("开工", "start"), ("落地", "land"),
        ("扩建", "extend"), ("完善", "improve"), ("认定", "certify"), ("储备", "reserve"), ("投用", "open"),
    ];

    /// <summary>Objects of figure labels: words, key word, unit code and measure word (count units only).</summary>
    public static readonly (string Words, string Key, string Unit, string? Measure)[] FigureObjects =
    [
        ("标准化厂房", "factories", "10k-sqm", null), ("城市道路", "roads", "km", null), ("污水管网", "sewers", "km", null),
        ("农村公路", "rural-roads", "km", null), ("棚户区住房", "shanty-homes", "households", null), ("老旧小区", "old-estates", "count", "个"),
        ("重点项目", "key-projects", "count", "个"), ("产业园区", "industrial-parks", "count", "个"), ("创新平台", "innovation-platforms", "count", "个"),
        ("研发中心", "rd-centres", "count", "家"), ("中小学校", "schools", "count", "所"), ("养老机构", "care-homes", "count", "家"),
        ("公共厕所", "toilets", "count", "座"), ("停车泊位", "parking", "count", "个"), ("充电桩", "chargers", "count", "个"),
        ("城市绿道", "greenways", "km", null), ("口袋公园", "pocket-parks", "count", "个"), ("文化场馆", "venues", "count", "座"),
        ("体育场地", "sports-grounds", "count", "处"), ("医疗机构", "clinics", "count", "家"), ("安置住房", "resettlement", "10k-sqm", null),
        ("科技型企业", "tech-firms", "count", "家"), ("专精特新企业", "specialised-firms", "count", "家"), ("龙头企业", "leading-firms", "count", "家"),
        ("物流园区", "logistics-parks", "count", "个"), ("数字化车间", "digital-workshops", "count", "个"), ("智能工厂", "smart-factories", "count", "家"),
        ("特色小镇", "towns", "count", "个"), ("示范村", "model-villages", "count", "个"), ("项目投资", "investment", "100m-yuan", null),
    ];

    /// <summary>Clauses that pad paragraphs, as the policy language around figures does.</summary>
    public static readonly string[] Filler =
    [
        "坚持稳中求进工作总基调", "完整准确全面贯彻新发展理念", "主动服务和融入新发展格局", "统筹发展和安全",
        "以推动高质量发展为主题", "以深化供给侧结构性改革为主线", "以改革创新为根本动力", "坚持项目为王",
        "强化要素保障", "深入实施创新驱动发展战略", "着力扩大有效需求", "持续优化营商环境",
        "推动城乡区域协调发展", "加强生态环境保护", "切实保障和改善民生", "守牢安全发展底线",
        "全力以赴稳增长", "聚焦主导产业延链补链强链", "推动制造业数字化转型", "加快建设现代化基础设施体系",
        "提升城市功能品质", "持续深化重点领域改革", "扩大高水平对外开放", "巩固拓展脱贫攻坚成果",
        "加强基层社会治理", "办好民生实事", "推进文化和旅游深度融合", "深化放管服改革",
        "落实减税降费政策", "提升公共服务水平", "健全多层次社会保障体系", "坚决打好污染防治攻坚战",
        "推进重大工程建设", "加快培育新动能", "激发市场主体活力", "强化科技创新策源功能",
        "推进新型城镇化", "加强法治政府建设", "弘扬优秀传统文化", "提高应急处置能力",
    ];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];

    public static readonly string[] GivenNames = ["建国", "宛康", "志强", "海涛", "明远", "晓东", "立新", "文博", "国庆", "振华"];

    public static readonly string[] ChineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>一 … 九十九, as section numbers are written.</summary>
    public static string Numeral(int n)
    {
        if (n <= 10) return ChineseDigits[n];
        if (n < 20) return "十" + ChineseDigits[n - 10];
        return ChineseDigits[n / 10] + "十" + (n % 10 == 0 ? "" : ChineseDigits[n % 10]);
    }
}
