using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Regions;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Curation.Scoring
{
    /// <summary>
    /// Checks a key against its text and the registries (corpus/README.md): every excerpt is found
    /// in order, every run of digits of the text is marked (by one entry, or by several figures of one
    /// clause), a figure's value is its marked number, and every code is one the format and the
    /// registries know. A key is data too: a finding here is located in the key file.
    /// </summary>
    public static class AnswerKeyChecker
    {
        /// <summary>The reason a key gives for a number of the page around the document (navigation, a posting date).</summary>
        public const string PageReason = "page";

        private static readonly Regex Period = new("^(19|20)[0-9]{2}(-(19|20)[0-9]{2})?$", RegexOptions.CultureInvariant);

        /// <summary>Every problem of <paramref name="key"/> as a key of <paramref name="text"/>.</summary>
        public static IReadOnlyList<Finding> Check(AnswerKey key, string text, RegistrySpec registry, AdministrativeDivisions divisions)
        {
            var findings = new List<Finding>();
            CheckDocument(key.Document, divisions, findings);
            var folded = FoldedText.Fold(text);
            var placed = KeyPlacement.Place(key, folded);
            var marking = new Dictionary<(int Start, int End), List<PlacedNumber>>();
            var runs = NumberTokens.Find(folded.Value).Select(t => (t.Start, End: t.Start + t.Length)).ToList();
            var previous = -1;
            foreach (var number in placed)
            {
                var entry = number.Entry;
                if (!number.IsPlaced)
                {
                    findings.Add(Rules.QuoteNotFound.At(entry.Location, KeyPlacement.Parse(entry.At).Marks.Count == 0
                        ? $"'{entry.At}' marks no number: mark it ⟦…⟧"
                        : $"'{entry.At}' is not in the text after the entry before it (whitespace and the width of punctuation aside)"));
                    continue;
                }
                if (number.NumberStart < previous)
                {
                    findings.Add(Rules.QuoteAmbiguous.At(entry.Location, $"'{entry.At}' is found before the number of the entry before it: make it longer, so that it is found in order"));
                }
                previous = number.NumberStart;
                foreach (var (start, end) in number.Marks)
                {
                    foreach (var run in runs.Where(r => r.Start < end && r.End > start))
                    {
                        if (run.Start < start || run.End > end)
                        {
                            findings.Add(Rules.ValueNotInQuote.At(entry.Location, $"the mark of '{entry.At}' cuts the number {folded.Value.Substring(run.Start, run.End - run.Start)}"));
                            continue;
                        }
                        if (!marking.TryGetValue(run, out var by)) marking[run] = by = new List<PlacedNumber>();
                        by.Add(number);
                    }
                }
                if (entry.Figure is { } figure) CheckFigure(entry, figure, number, folded, registry, findings);
                else CheckReason(entry, findings);
            }
            foreach (var run in runs)
            {
                var number = folded.Value.Substring(run.Start, run.End - run.Start);
                if (!marking.TryGetValue(run, out var by))
                {
                    var context = folded.Value.Substring(Math.Max(0, run.Start - 8), Math.Min(folded.Value.Length, run.End + 8) - Math.Max(0, run.Start - 8));
                    findings.Add(Rules.MissingField.At(TextLocation.FileStart(key.Path), $"the number {number} of the text is not in the key: …{context}…"));
                }
                else if (by.Count > 1 && by.Any(n => n.Entry.Figure is null))
                {
                    findings.Add(Rules.DuplicateKey.At(by[1].Entry.Location, $"the number {number} is marked by several entries; only figures of one clause (one per indicator) may share a number"));
                }
            }
            return findings;
        }

        private static void CheckDocument(KeyedDocument document, AdministrativeDivisions divisions, List<Finding> findings)
        {
            if (document.Region.Value.Length > 0 && divisions.Find(document.Region.Value) is null)
            {
                findings.Add(Rules.UnknownRegion.At(document.Region.Location, $"region '{document.Region.Value}' is not a code of the national list of divisions"));
            }
            if (document.Kind.Value.Length > 0 && !Codes.ReportKinds.Contains(document.Kind.Value))
            {
                findings.Add(Rules.UnknownCode.At(document.Kind.Location, $"unknown report kind '{document.Kind.Value}'; expected one of: {string.Join(", ", Codes.ReportKinds)}"));
            }
        }

        private static void CheckReason(KeyedNumber entry, List<Finding> findings)
        {
            if (entry.Not != PageReason && !Codes.DismissalReasons.Contains(entry.Not!))
            {
                findings.Add(Rules.UnknownCode.At(entry.Location, $"unknown reason '{entry.Not}'; expected one of: {string.Join(", ", Codes.DismissalReasons)}, {PageReason}"));
            }
            if (entry.Not == "other" && string.IsNullOrWhiteSpace(entry.Why))
            {
                findings.Add(Rules.MissingField.At(entry.Location, $"'{entry.At}' is not: other without 'why'"));
            }
        }

        private static void CheckFigure(KeyedNumber entry, KeyedFigure figure, PlacedNumber number, FoldedText folded, RegistrySpec registry, List<Finding> findings)
        {
            void Problem(Rule rule, string message) => findings.Add(rule.At(entry.Location, $"'{entry.At}': {message}"));
            var marked = number.Marks.Select(m => folded.Value.Substring(m.Start, m.End - m.Start)).ToList();
            if (figure.Written is null ? !SameNumber(marked[0], figure.Value) : FoldedText.FoldString(figure.Written) != marked[0] && ChineseNumerals.Parse(marked[0])?.ToString(CultureInfo.InvariantCulture) != figure.Value)
            {
                Problem(Rules.ValueNotInQuote, $"value {figure.Value} is not the marked number {marked[0]}");
            }
            var isRange = figure.Bound == "range";
            if (isRange != (marked.Count == 2) || isRange != (figure.Max is not null))
            {
                Problem(Rules.InconsistentQuantity, "a range (bound: range) marks its two ends and gives max; nothing else does");
            }
            else if (isRange && figure.Written is null && !SameNumber(marked[1], figure.Max!))
            {
                Problem(Rules.ValueNotInQuote, $"max {figure.Max} is not the second marked number {marked[1]}");
            }
            var unit = registry.FindUnit(figure.Unit);
            if (unit is null) Problem(Rules.UnknownUnit, $"unknown unit '{figure.Unit}'");
            else if ((unit.Dimension == "count") != (figure.Measure is not null)) Problem(Rules.InconsistentQuantity, "a count unit gives its measure word, and only a count unit does");
            if (!Codes.Bounds.Contains(figure.Bound)) Problem(Rules.UnknownCode, $"unknown bound '{figure.Bound}'");
            if (figure.Bound == "estimate" && figure.IsTarget) Problem(Rules.InconsistentQuantity, "a target is never an estimate");
            if (!Codes.FigureKinds.Contains(figure.Kind)) Problem(Rules.UnknownCode, $"unknown kind '{figure.Kind}'");
            if (!Period.IsMatch(figure.Period)) Problem(Rules.WrongType, $"period '{figure.Period}' is a year (2022) or years (2021-2025)");
            if (figure.Aspirational && !figure.IsTarget) Problem(Rules.InconsistentQuantity, "only a target is aspirational");
            if (figure.Indicator is { } code && registry.FindIndicator(code) is null) Problem(Rules.UnknownIndicator, $"unknown indicator '{code}'");
        }

        private static bool SameNumber(string marked, string value)
            => decimal.TryParse(marked, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
               && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var b) && a == b && marked == value;
    }
}
