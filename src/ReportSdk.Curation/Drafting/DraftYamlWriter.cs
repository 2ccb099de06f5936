using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportSdk.Curation.Editing;

namespace ReportSdk.Curation.Drafting
{
    /// <summary>
    /// Prints proposals in the report format, block style as the curated files write them: fields in
    /// the format's order, codes plain, texts double-quoted, each figure and dismissal <c>unreviewed: true</c>.
    /// Lines end with LF whatever the platform.
    /// </summary>
    public static class DraftYamlWriter
    {
        /// <summary>The three lists, each under its key, for a curator to merge; empty lists are left out.</summary>
        public static string Write(Draft draft)
        {
            var text = new StringBuilder();
            text.Append("# reportsdk draft of ").Append(draft.ReportId).Append(": ")
                .Append(draft.Targets.Count().ToString(CultureInfo.InvariantCulture)).Append(" targets, ")
                .Append(draft.Actuals.Count().ToString(CultureInfo.InvariantCulture)).Append(" actuals, ")
                .Append(draft.Dismissals.Count.ToString(CultureInfo.InvariantCulture)).Append(" dismissed; every figure stays unreviewed until a curator checks it\n");
            Section(text, "targets", Figures(draft.Targets));
            Section(text, "actuals", Figures(draft.Actuals));
            Section(text, "dismissed", Dismissals(draft.Dismissals));
            return text.ToString();
        }

        /// <summary>The items of a list of figures (each starting <c>  - key:</c>), with no list key.</summary>
        public static string Figures(IEnumerable<FigureProposal> figures)
        {
            var text = new StringBuilder();
            foreach (var f in figures)
            {
                text.Append("  - key: ").Append(f.Key).Append('\n');
                if (f.Indicator is not null) Line(text, "indicator", f.Indicator);
                Line(text, "label", YamlScalar.Quoted(f.Label));
                Line(text, "value", f.Value);
                if (f.Max is not null) Line(text, "max", f.Max);
                Line(text, "unit", f.Unit);
                if (f.Measure is not null) Line(text, "measure", f.Measure);
                Line(text, "bound", f.Bound);
                Line(text, "period", f.Period);
                Line(text, "kind", f.Kind);
                if (f.Headline) Line(text, "headline", "true");
                if (f.Aspirational) Line(text, "aspirational", "true");
                Line(text, "section", f.Section);
                Line(text, "quote", YamlScalar.Quoted(f.Quote));
                if (f.Written is not null) Line(text, "written", YamlScalar.Quoted(f.Written));
                Line(text, "unreviewed", "true");
            }
            return text.ToString();
        }

        /// <summary>The items of a <c>dismissed</c> list, with no list key.</summary>
        public static string Dismissals(IEnumerable<DismissalProposal> dismissals)
        {
            var text = new StringBuilder();
            foreach (var d in dismissals)
            {
                text.Append("  - text: ").Append(YamlScalar.Quoted(d.Text)).Append('\n');
                Line(text, "reason", d.Reason);
                if (d.Note is not null) Line(text, "note", YamlScalar.Quoted(d.Note));
                Line(text, "unreviewed", "true");
            }
            return text.ToString();
        }

        private static void Section(StringBuilder text, string key, string items)
        {
            if (items.Length == 0) return;
            text.Append(key).Append(":\n").Append(items);
        }

        private static void Line(StringBuilder text, string field, string value) => text.Append("    ").Append(field).Append(": ").Append(value).Append('\n');
    }
}
