using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportSdk.Curation.Editing;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Curation.Intake
{
    /// <summary>What a new report's YAML is written from.</summary>
    /// <param name="Id">The report id.</param>
    /// <param name="Region">The region code.</param>
    /// <param name="Original">The file name of the document as received.</param>
    /// <param name="OriginalSha256">The SHA-256 of its bytes.</param>
    /// <param name="Text">The normalized text's path, relative to the YAML.</param>
    /// <param name="Source">The normalized text and its edits.</param>
    /// <param name="TextSha256">The SHA-256 of the normalized text, as the validator computes it.</param>
    /// <param name="RegionHow">How the region was found when the curator did not give it (a CHECK note), else null.</param>
    public sealed record NewReport(string Id, string Region, string Original, string OriginalSha256, string Text, NormalizedSource Source, string TextSha256, string? RegionHow = null)
    {
        /// <summary>The report schema relative to the YAML, for editors.</summary>
        public string SchemaLink { get; init; } = "../../report.schema.json";
    }

    /// <summary>
    /// The YAML of a new report: every field of docs/format.md in its order. What the text gives
    /// (title, date, session, speaker, the numbered headings) is filled and marked <c># CHECK</c>
    /// with the line it was read from; what it does not give is left empty and marked
    /// <c># FILL</c>, so that <c>reportsdk validate</c> names each field still to fill (RS1003) and
    /// nothing else. Hashes and edits are complete.
    /// </summary>
    public static class ReportSkeleton
    {
        public static string Write(NewReport report, MetadataGuess guess, IReadOnlyList<SectionDraft> sections)
        {
            var y = new StringBuilder();
            y.Append($"# yaml-language-server: $schema={report.SchemaLink}\n");
            y.Append($"# Written by `reportsdk new-report` from {report.Original}. Fill every field marked FILL, check every\n");
            y.Append("# field marked CHECK (read from the text), then run `reportsdk validate`. The format: docs/format.md.\n");
            y.Append($"id: {YamlScalar.Plain(report.Id)}\n");
            var symbol = Identifiers.ToPascalCase(report.Id);
            y.Append($"symbol: {symbol}  # CHECK: the C# name, Reports.{symbol}\n");
            Field(y, "", "kind", guess.Kind, null, "government-work-report | government-work-report-summary | plan-report");
            y.Append(report.Region.Length == 0
                ? $"region:  # FILL: a code of regions.yaml; the text names no region new-report could tell{(report.RegionHow is null ? "" : " (" + report.RegionHow + ")")}\n"
                : $"region: {YamlScalar.Plain(report.Region)}{(report.RegionHow is null ? "" : "  # CHECK: " + report.RegionHow)}\n");
            Field(y, "", "delivered", guess.Delivered, null, "the date it was delivered, yyyy-MM-dd");
            Field(y, "", "session", guess.Session, null, "the congress session, e.g. 洛阳市第十五届人民代表大会第四次会议");
            if (guess.Issuer is not null)
            {
                // A plan issued inside a notice: its issuer and document number, and no speaker.
                Field(y, "", "issuer", guess.Issuer, null, "who issued the document");
                Field(y, "", "documentNumber", guess.DocumentNumber, null, "the notice's document number, e.g. 咸政发〔2023〕8号");
            }
            if (guess.Issuer is null || guess.SpeakerName is not null)
            {
                y.Append("speaker:\n");
                Field(y, "  ", "name", guess.SpeakerName, null, "the speaker's name");
                Field(y, "  ", "title", guess.SpeakerTitle, null, "the speaker's office, e.g. 洛阳市人民政府市长");
            }
            Field(y, "", "title", guess.Title, null, "the document's title, e.g. 政府工作报告");
            Field(y, "", "reviewYear", guess.ReviewYear, null, "the year the review section reports on");
            Field(y, "", "planYear", guess.PlanYear, null, "the year the targets are set for");
            y.Append("source:\n");
            y.Append($"  original: {YamlScalar.Plain(report.Original)}\n");
            y.Append($"  originalSha256: {report.OriginalSha256}\n");
            y.Append($"  text: {YamlScalar.Plain(report.Text)}\n");
            y.Append($"  textSha256: {report.TextSha256}\n");
            if (report.Source.Edits.Count == 0)
            {
                y.Append("  edits: []  # the text is the document as received\n");
            }
            else
            {
                y.Append("  edits:  # the mechanical repairs new-report made; add every edit you make to the text\n");
                foreach (var edit in report.Source.Edits) y.Append("    - ").Append(YamlScalar.Quoted(edit)).Append('\n');
            }
            if (sections.Count == 0)
            {
                y.Append("sections: []  # FILL: no numbered heading (一、 （一） 1.) found; give the report's sections\n");
            }
            else
            {
                y.Append("# CHECK: the numbered headings found in the text (and the preamble, the text before the first one).\n");
                y.Append("# Rename each key (kebab-case English: review, key-work, manufacturing…), check each top-level\n");
                y.Append("# section's role, add 一是… items where wanted.\n");
                y.Append("sections:\n");
                WriteSections(y, sections, "  ", topLevel: true);
            }
            y.Append("targets: []  # FILL: every quantified target, with its quote (docs/format.md, Targets and actuals)\n");
            y.Append("actuals: []  # FILL: every figure the report gives for the reviewed year or period\n");
            return y.ToString();
        }

        private static void WriteSections(StringBuilder y, IReadOnlyList<SectionDraft> sections, string indent, bool topLevel)
        {
            foreach (var s in sections)
            {
                y.Append($"{indent}- key: {s.Key}\n");
                if (s.IsPreamble)
                {
                    y.Append($"{indent}  preamble: true  # the text before the first numbered heading, up to line {s.Line.ToString(CultureInfo.InvariantCulture)}\n");
                }
                else
                {
                    y.Append($"{indent}  number: {YamlScalar.Plain(s.Number)}  # line {s.Line.ToString(CultureInfo.InvariantCulture)}\n");
                    y.Append($"{indent}  title: {YamlScalar.Plain(s.Title)}\n");
                }
                if (topLevel)
                {
                    y.Append(s.Role is null
                        ? $"{indent}  role:  # FILL: review | outlook | plan | key-work | government | other\n"
                        : $"{indent}  role: {s.Role}  # CHECK: {s.RoleHow ?? "from the title"}\n");
                }
                if (s.Children.Count == 0) continue;
                y.Append($"{indent}  children:\n");
                WriteSections(y, s.Children, indent + "    ", topLevel: false);
            }
        }

        /// <summary>A field read from the text (CHECK, with its line) or left empty (FILL): an empty value is what RS1003 names.</summary>
        private static void Field(StringBuilder y, string indent, string name, Guess? guess, string? how, string fill)
        {
            if (guess is null)
            {
                y.Append($"{indent}{name}:  # FILL: {fill}\n");
                return;
            }
            how ??= guess.How;
            var from = how is null ? $"line {guess.Line.ToString(CultureInfo.InvariantCulture)}" : $"{how}, line {guess.Line.ToString(CultureInfo.InvariantCulture)}";
            y.Append($"{indent}{name}: {YamlScalar.Plain(guess.Value)}  # CHECK: {from}\n");
        }
    }
}
