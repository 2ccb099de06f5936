using System.Collections.Generic;

namespace ReportSdk.Curation.EditorSchemas
{
    /// <summary>
    /// The Chinese and English names of the section roles (<see cref="ReportSdk.Compiler.Model.Codes.SectionRoles"/>),
    /// for the completion list of <c>role</c> in editors. The Chinese names are the headings such
    /// sections usually carry in a 政府工作报告; the English ones follow the runtime's <c>SectionRole</c>.
    /// </summary>
    internal static class SectionRoleNames
    {
        /// <summary>Code → (Chinese name, English description); every role of <see cref="ReportSdk.Compiler.Model.Codes.SectionRoles"/>.</summary>
        public static readonly IReadOnlyDictionary<string, (string Chinese, string English)> ByCode = new Dictionary<string, (string, string)>
        {
            ["review"] = ("工作回顾", "review of the past year or period"),
            ["outlook"] = ("发展目标与远景", "five-year goals and long-range vision"),
            ["plan"] = ("主要目标与总体要求", "the year's targets and general requirements"),
            ["key-work"] = ("重点工作", "the year's key work"),
            ["government"] = ("政府自身建设", "the government's own conduct"),
            ["other"] = ("其他", "anything else"),
        };
    }
}
