using System;
using System.Collections.Generic;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>Reads a report YAML file into a <see cref="ReportSpec"/>, checking its shape (RS1xxx).</summary>
    internal static class ReportParser
    {
        public static ParsedReport Parse(string path, string text)
        {
            var diagnostics = new List<Finding>();
            ReportSpec? report = null;
            try
            {
                var root = YamlTreeReader.Read(path, text, diagnostics);
                if (root is null)
                {
                    if (diagnostics.Count == 0)
                    {
                        diagnostics.Add(Rules.MissingField.At(TextLocation.FileStart(path), "the file is empty; a report needs at least 'id'"));
                    }
                }
                else
                {
                    report = ReadReport(path, root, diagnostics);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(Rules.InternalError.At(TextLocation.FileStart(path), $"{e.GetType().Name}: {e.Message}"));
            }
            return new ParsedReport(path, report, diagnostics.ToEquatableArray());
        }

        private static ReportSpec? ReadReport(string path, YamlNode root, List<Finding> diagnostics)
        {
            var fields = MappingReader.For(root, "a report", diagnostics);
            if (fields is null)
            {
                return null;
            }
            var id = fields.NonBlankText("id");
            var symbol = fields.Text("symbol");
            var kind = fields.NonBlankText("kind");
            var region = fields.NonBlankText("region");
            var delivered = fields.NonBlankText("delivered");
            var session = fields.NonBlankText("session").Value;
            var issuer = fields.Text("issuer");
            var documentNumber = fields.Text("documentNumber");
            foreach (var (name, value) in new[] { ("issuer", issuer), ("documentNumber", documentNumber) })
            {
                if (value.Value is not null && Validation.ValueRules.IsBlank(value.Value)) diagnostics.Add(Rules.MissingField.At(fields.KeyLocation(name), $"'{name}' of a report is empty; give it or leave it out"));
            }
            // A plan issued inside a notice has an issuer and no speaker; every other report names who delivered it.
            var speaker = ReadSpeaker(fields, diagnostics, required: kind.Value != "plan-report" || string.IsNullOrWhiteSpace(issuer.Value));
            var title = fields.NonBlankText("title").Value;
            var reviewYear = fields.Integer("reviewYear", required: true);
            var planYear = fields.Integer("planYear", required: true);
            var source = ReadSource(fields, diagnostics);
            var sections = ReadSections(fields.List("sections", required: true), diagnostics, topLevel: true);
            var targets = ReadFigures(fields.List("targets"), "a target", diagnostics);
            var actuals = ReadFigures(fields.List("actuals"), "an actual", diagnostics);
            var dismissed = ReadDismissals(fields.List("dismissed"), diagnostics);
            fields.ReportUnknownFields();

            var symbolValue = symbol.Value ?? Identifiers.ToPascalCase(id.Value);
            return new ReportSpec(path, id, new Located<string>(symbolValue, symbol.Value is null ? id.Location : symbol.Location),
                kind, region, delivered, session, speaker, title, reviewYear, planYear, source, sections, targets, actuals, dismissed)
            {
                Issuer = issuer.Value,
                DocumentNumber = documentNumber.Value,
            };
        }

        private static SpeakerSpec ReadSpeaker(MappingReader report, List<Finding> diagnostics, bool required)
        {
            var node = report.Node("speaker", required);
            var fields = node is null ? null : MappingReader.For(node, "the speaker", diagnostics);
            if (fields is null)
            {
                return new SpeakerSpec("", "");
            }
            var speaker = new SpeakerSpec(fields.NonBlankText("name").Value, fields.NonBlankText("title").Value);
            fields.ReportUnknownFields();
            return speaker;
        }

        private static SourceSpec ReadSource(MappingReader report, List<Finding> diagnostics)
        {
            var node = report.Node("source", required: true);
            var fields = node is null ? null : MappingReader.For(node, "the source", diagnostics);
            if (fields is null)
            {
                var nowhere = new Located<string>("", report.Location);
                return new SourceSpec("", "", nowhere, nowhere, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
            }
            var source = new SourceSpec(
                fields.RequiredText("original").Value,
                fields.RequiredText("originalSha256").Value,
                fields.RequiredText("text"),
                fields.RequiredText("textSha256"),
                fields.TextList("edits"),
                fields.TextList("notes"));
            fields.ReportUnknownFields();
            return source;
        }

        private static EquatableArray<SectionSpec> ReadSections(IReadOnlyList<YamlNode> nodes, List<Finding> diagnostics, bool topLevel)
        {
            var sections = new List<SectionSpec>();
            foreach (var node in nodes)
            {
                var fields = MappingReader.For(node, "a section", diagnostics, nameField: "key");
                if (fields is null)
                {
                    continue;
                }
                var key = fields.RequiredText("key");
                var preamble = topLevel && fields.Flag("preamble");
                if (!topLevel && fields.Node("preamble") is not null)
                {
                    diagnostics.Add(Rules.UnknownField.At(fields.KeyLocation("preamble"), "only a top-level section is the preamble (the text before the first numbered heading)"));
                }
                // The preamble has no heading: a number or title given for it is an error, found by the validator.
                var number = preamble ? fields.Text("number").Value ?? "" : fields.RequiredText("number").Value;
                Located<string> title;
                if (preamble)
                {
                    var given = fields.Text("title");
                    title = new Located<string>(given.Value ?? "", given.Location);
                }
                else
                {
                    title = fields.RequiredText("title");
                }
                var role = fields.Text("role", required: topLevel);
                if (!topLevel && role.Value is not null)
                {
                    diagnostics.Add(Rules.UnknownField.At(fields.KeyLocation("role"), "only top-level sections have a 'role'; subsections take their parent's"));
                }
                var children = ReadSections(fields.List("children"), diagnostics, topLevel: false);
                fields.ReportUnknownFields();
                sections.Add(new SectionSpec(key, number, title, role, children, fields.Location) { IsPreamble = preamble });
            }
            return sections.ToEquatableArray();
        }

        private static EquatableArray<FigureSpec> ReadFigures(IReadOnlyList<YamlNode> nodes, string what, List<Finding> diagnostics)
        {
            var figures = new List<FigureSpec>();
            foreach (var node in nodes)
            {
                var fields = MappingReader.For(node, what, diagnostics, nameField: "key");
                if (fields is null)
                {
                    continue;
                }
                var qualitative = fields.Flag("qualitative");
                var figure = new FigureSpec(
                    Key: fields.RequiredText("key"),
                    Indicator: fields.Text("indicator"),
                    Label: fields.RequiredText("label").Value,
                    Value: fields.Decimal("value", required: !qualitative),
                    Max: fields.Decimal("max"),
                    Unit: fields.Text("unit", required: !qualitative),
                    Measure: fields.Text("measure").Value,
                    Bound: fields.Text("bound", required: !qualitative),
                    Period: fields.RequiredText("period"),
                    Kind: fields.Text("kind", required: true),
                    Headline: fields.Flag("headline"),
                    Aspirational: fields.Flag("aspirational"),
                    Qualitative: qualitative,
                    Section: fields.RequiredText("section"),
                    Quote: fields.RequiredText("quote"),
                    Written: fields.Text("written").Value,
                    Note: fields.Text("note").Value,
                    ConflictsWith: fields.Text("conflictsWith"),
                    Location: fields.Location)
                { Unreviewed = fields.Flag("unreviewed") };
                fields.ReportUnknownFields();
                figures.Add(figure);
            }
            return figures.ToEquatableArray();
        }

        private static EquatableArray<DismissalSpec> ReadDismissals(IReadOnlyList<YamlNode> nodes, List<Finding> diagnostics)
        {
            var dismissals = new List<DismissalSpec>();
            foreach (var node in nodes)
            {
                var fields = MappingReader.For(node, "a dismissed number", diagnostics);
                if (fields is null)
                {
                    continue;
                }
                var dismissal = new DismissalSpec(fields.RequiredText("text"), fields.RequiredText("reason"), fields.Text("section"),
                    fields.Text("note").Value, fields.Location) { Unreviewed = fields.Flag("unreviewed") };
                fields.ReportUnknownFields();
                dismissals.Add(dismissal);
            }
            return dismissals.ToEquatableArray();
        }
    }
}
