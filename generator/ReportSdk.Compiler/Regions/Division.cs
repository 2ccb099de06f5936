namespace ReportSdk.Compiler.Regions
{
    /// <summary>
    /// One administrative division of China to county level, from the national list
    /// (<see cref="AdministrativeDivisions"/>): its GB/T 2260 code, official name, level, the code of the
    /// division it belongs to, and a suggested registry code and English name (pinyin).
    /// </summary>
    /// <param name="Code">Six digits: 410305.</param>
    /// <param name="Name">The official name: 涧西区.</param>
    /// <param name="Level">province, prefecture, district or county (the region levels of regions.yaml).</param>
    /// <param name="ParentCode">The code of the province or prefecture it belongs to; null for a province.</param>
    /// <param name="SuggestedCode">A kebab-case code in pinyin for regions.yaml: jianxi.</param>
    /// <param name="English">The name in pinyin with its level: Jianxi District.</param>
    public sealed record Division(string Code, string Name, string Level, string? ParentCode, string SuggestedCode, string English);
}
