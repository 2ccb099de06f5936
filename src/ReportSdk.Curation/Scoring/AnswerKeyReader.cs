using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// Reads a key file (corpus/README.md) with the compiler's YAML reader, so that a mistake in a key is
    /// a finding at <c>key.yaml(line,col)</c> like one in a report. Only the shape is checked here; what
    /// the values mean against the text and the registries is <see cref="AnswerKeyChecker"/>'s.
    /// </summary>
    public static class AnswerKeyReader
    {
        /// <summary>The key in <paramref name="text"/>, or null when it cannot be read; findings in <paramref name="findings"/>.</summary>
        public static AnswerKey? Read(string path, string text, List<Finding> findings)
        {
            var root = YamlTreeReader.Read(path, text, findings);
            var fields = root is null ? null : MappingReader.For(root, "a key", findings);
            if (fields is null) return null;
            var documentNode = fields.Node("document", required: true);
            var document = documentNode is null ? null : MappingReader.For(documentNode, "the document of a key", findings);
            KeyedDocument? keyed = null;
            if (document is not null)
            {
                keyed = new KeyedDocument(document.NonBlankText("region"), document.NonBlankText("kind"),
                    document.Integer("reviewYear", required: true).Value, document.Integer("planYear", required: true).Value);
                document.ReportUnknownFields();
            }
            var numbers = new List<KeyedNumber>();
            foreach (var node in fields.List("numbers", required: true))
            {
                if (MappingReader.For(node, "a keyed number", findings) is { } entry && ReadNumber(entry, findings) is { } number) numbers.Add(number);
            }
            fields.ReportUnknownFields();
            return keyed is null ? null : new AnswerKey(path, keyed, numbers);
        }

        private static KeyedNumber? ReadNumber(MappingReader entry, List<Finding> findings)
        {
            var at = entry.NonBlankText("at");
            var not = entry.Text("not");
            var why = entry.Text("why");
            entry.Text("note");
            var figureNode = entry.Node("figure");
            KeyedFigure? figure = null;
            if (figureNode is not null && MappingReader.For(figureNode, "a keyed figure", findings) is { } f)
            {
                var list = f.NonBlankText("list");
                if (list.Value.Length > 0 && list.Value != "target" && list.Value != "actual")
                {
                    findings.Add(Rules.UnknownCode.At(list.Location, $"'list' is target or actual, not '{list.Value}'"));
                }
                var aspirational = f.Flag("aspirational");
                figure = new KeyedFigure(list.Value == "target", Decimal(f, "value", findings) ?? "", f.Decimal("max").Value, f.NonBlankText("unit").Value, f.Text("measure").Value,
                    f.NonBlankText("bound").Value, f.NonBlankText("kind").Value, f.NonBlankText("period").Value, aspirational, f.Text("indicator").Value, f.Text("written").Value);
                f.Text("note");
                f.ReportUnknownFields();
            }
            entry.ReportUnknownFields();
            if ((figure is null) == (not.Value is null))
            {
                findings.Add(Rules.MissingField.At(entry.Location, "a keyed number gives either 'figure' or 'not'"));
                return null;
            }
            return new KeyedNumber(at.Value, entry.Location, figure, not.Value, why.Value);
        }

        private static string? Decimal(MappingReader f, string name, List<Finding> findings)
        {
            var value = f.Decimal(name, required: true);
            return value.Value is null ? null : decimal.Parse(value.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) >= 0 ? value.Value : null;
        }
    }
}
