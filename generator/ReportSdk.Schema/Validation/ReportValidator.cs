using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Naming;
using ReportSdk.Schema.Text;

namespace ReportSdk.Schema.Validation
{
    /// <summary>
    /// Checks a parsed report against the registries (RS2xxx) and its normalized source text
    /// (RS3xxx), plus the shape rules that need more than one field (RS1007–RS1009).
    /// </summary>
    public sealed class ReportValidator
    {
        private static readonly Regex PeriodPattern = new("^([0-9]{4})(-([0-9]{4}))?$", RegexOptions.CultureInvariant);

        private readonly ReportSpec _report;
        private readonly RegistrySpec _registry;
        private readonly List<Finding> _diagnostics = new();

        private ReportValidator(ReportSpec report, RegistrySpec registry)
        {
            _report = report;
            _registry = registry;
        }

        /// <summary>
        /// Every finding for <paramref name="report"/>. <paramref name="source"/> is its normalized
        /// text, or null when it could not be found (RS3005).
        /// </summary>
        public static IReadOnlyList<Finding> Validate(ReportSpec report, RegistrySpec registry, SourceDocument? source)
        {
            var validator = new ReportValidator(report, registry);
            validator.Run(source);
            return validator._diagnostics;
        }

        private void Run(SourceDocument? source)
        {
            CheckMetadata();
            CheckSectionKeys(_report.Sections, "");
            CheckFigures(_report.Targets, "target");
            CheckFigures(_report.Actuals, "actual");
            CheckDismissals();
            _diagnostics.AddRange(ReportNames.Check(_report));

            if (source is null)
            {
                Report(Rules.SourceMissing, _report.Source.Text.Location,
                    $"source text '{_report.Source.Text.Value}' not found; it must exist beside the YAML at that relative path (and be an AdditionalFile in a build)");
                return;
            }
            var actualHash = Sha256.OfText(source.Text);
            if (!string.Equals(actualHash, _report.Source.TextSha256.Value, StringComparison.OrdinalIgnoreCase))
            {
                Report(Rules.SourceHashMismatch, _report.Source.TextSha256.Location,
                    $"textSha256 does not match '{_report.Source.Text.Value}' (its SHA-256 is {actualHash}); if the text was changed on purpose, record the edit and update the hash");
            }
            var folded = FoldedText.Fold(source.Text);
            var spans = SectionLocator.Locate(_report.Sections, folded, _diagnostics);
            // A path used twice is RS1008 already; the first section with that path stands.
            var byPath = spans.GroupBy(s => s.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            CheckQuotes(_report.Targets, folded, byPath);
            CheckQuotes(_report.Actuals, folded, byPath);
            CheckDismissalTexts(folded, byPath);
        }

        private void CheckMetadata()
        {
            CheckKebab(_report.Id, "report id");
            if (!Identifiers.IsValidIdentifier(_report.Symbol.Value))
            {
                Report(Rules.InvalidKey, _report.Symbol.Location, $"symbol '{_report.Symbol.Value}' is not a valid C# identifier");
            }
            CheckCode(_report.Kind, Codes.ReportKinds, "report kind");
            if (_report.Region.Value.Length > 0 && _registry.FindRegion(_report.Region.Value) is null)
            {
                Report(Rules.UnknownRegion, _report.Region.Location, $"unknown region '{_report.Region.Value}'; known: {string.Join(", ", _registry.Regions.Select(r => r.Code.Value))}");
            }
            if (_report.Delivered.Value.Length > 0 && !DateTime.TryParseExact(_report.Delivered.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                Report(Rules.WrongType, _report.Delivered.Location, $"delivered must be a date written yyyy-MM-dd, not '{_report.Delivered.Value}'");
            }
        }

        private void CheckSectionKeys(EquatableArray<SectionSpec> sections, string parentPath)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var section in sections)
            {
                CheckKebab(section.Key, "section key");
                CheckUnique(names, section.Key, parentPath.Length == 0 ? "top-level section" : $"section under '{parentPath}'");
                if (section.Role.Value is not null)
                {
                    CheckCode(new Located<string>(section.Role.Value, section.Role.Location), Codes.SectionRoles, "section role");
                }
                CheckSectionKeys(section.Children, parentPath.Length == 0 ? section.Key.Value : parentPath + "/" + section.Key.Value);
            }
        }

        private void CheckFigures(EquatableArray<FigureSpec> figures, string what)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var keys = new HashSet<string>(figures.Select(f => f.Key.Value), StringComparer.Ordinal);
            foreach (var figure in figures)
            {
                CheckKebab(figure.Key, $"{what} key");
                CheckUnique(names, figure.Key, $"{what}s");
                CheckQuantity(figure, what);
                if (figure.Kind.Value is not null)
                {
                    CheckCode(new Located<string>(figure.Kind.Value, figure.Kind.Location), Codes.FigureKinds, $"{what} kind");
                }
                if (figure.Period.Value.Length > 0 && (!PeriodPattern.IsMatch(figure.Period.Value) || !IsOrderedPeriod(figure.Period.Value)))
                {
                    Report(Rules.WrongType, figure.Period.Location, $"period must be a year (2021) or a range of years (2021-2025), not '{figure.Period.Value}'");
                }
                if (figure.ConflictsWith.Value == figure.Key.Value)
                {
                    Report(Rules.ReferenceNotFound, figure.ConflictsWith.Location, $"conflictsWith must name another {what}, not '{figure.Key.Value}' itself");
                }
                else if (figure.ConflictsWith.Value is { } other && !keys.Contains(other))
                {
                    Report(Rules.ReferenceNotFound, figure.ConflictsWith.Location, $"conflictsWith names '{other}', which is not a key among the {what}s");
                }
                if (figure.Section.Value.Length > 0 && !SectionExists(figure.Section.Value))
                {
                    Report(Rules.SectionNotFound, figure.Section.Location, $"section path '{figure.Section.Value}' not found; paths are section keys joined by '/'");
                }
            }
        }

        private void CheckQuantity(FigureSpec figure, string what)
        {
            if (figure.Qualitative)
            {
                if (figure.Value.Value is not null || figure.Max.Value is not null || figure.Unit.Value is not null)
                {
                    Report(Rules.InconsistentQuantity, figure.Location, $"{what} '{figure.Key.Value}' is qualitative and so has no value, max or unit");
                }
                // A qualitative figure still names its indicator: the generated code refers to it.
                if (figure.Indicator.Value is { } qualitativeIndicator && _registry.FindIndicator(qualitativeIndicator) is null)
                {
                    Report(Rules.UnknownIndicator, figure.Indicator.Location, $"unknown indicator '{qualitativeIndicator}'; see indicators.yaml");
                }
                return;
            }
            var bound = figure.Bound.Value;
            if (bound is not null)
            {
                CheckCode(new Located<string>(bound, figure.Bound.Location), Codes.Bounds, "bound");
                if (bound == "range" && figure.Max.Value is null)
                {
                    Report(Rules.InconsistentQuantity, figure.Bound.Location, $"{what} '{figure.Key.Value}' has bound range and so needs 'max'");
                }
                if (bound != "range" && figure.Max.Value is not null)
                {
                    Report(Rules.InconsistentQuantity, figure.Max.Location, $"'max' goes only with bound range, not {bound}");
                }
                if (bound == "range" && figure.Max.Value is not null && figure.Value.Value is not null
                    && Parse(figure.Max.Value) <= Parse(figure.Value.Value))
                {
                    Report(Rules.InconsistentQuantity, figure.Max.Location, $"max {figure.Max.Value} must be greater than value {figure.Value.Value}");
                }
            }
            var unit = figure.Unit.Value is null ? null : _registry.FindUnit(figure.Unit.Value);
            if (figure.Unit.Value is not null && unit is null)
            {
                Report(Rules.UnknownUnit, figure.Unit.Location, $"unknown unit '{figure.Unit.Value}'; see units.yaml");
            }
            if (figure.Measure is not null && unit is not null && unit.Dimension != "count")
            {
                Report(Rules.InconsistentQuantity, figure.Unit.Location, $"'measure' ({figure.Measure}) goes only with a unit of dimension count, not {unit.Code.Value}");
            }
            if (figure.Indicator.Value is { } code)
            {
                var indicator = _registry.FindIndicator(code);
                if (indicator is null)
                {
                    Report(Rules.UnknownIndicator, figure.Indicator.Location, $"unknown indicator '{code}'; see indicators.yaml");
                }
                else if (unit is not null && _registry.FindUnit(indicator.Unit.Value) is { } indicatorUnit && indicatorUnit.Dimension != unit.Dimension)
                {
                    Report(Rules.UnitMismatch, figure.Unit.Location,
                        $"unit '{unit.Code.Value}' ({unit.Dimension}) does not fit indicator '{code}', measured in '{indicatorUnit.Code.Value}' ({indicatorUnit.Dimension})");
                }
            }
        }

        private void CheckDismissals()
        {
            foreach (var dismissal in _report.Dismissed)
            {
                CheckCode(dismissal.Reason, Codes.DismissalReasons, "dismissal reason");
                if (dismissal.Reason.Value == "other" && string.IsNullOrWhiteSpace(dismissal.Note))
                {
                    Report(Rules.MissingField, dismissal.Location, "a number dismissed for reason 'other' needs a 'note' saying why");
                }
                if (dismissal.Section.Value is { } path && !SectionExists(path))
                {
                    Report(Rules.SectionNotFound, dismissal.Section.Location, $"section path '{path}' not found");
                }
            }
        }

        private void CheckQuotes(EquatableArray<FigureSpec> figures, FoldedText source, Dictionary<string, SectionSpan> spans)
        {
            foreach (var figure in figures)
            {
                var quote = FoldedText.FoldString(figure.Quote.Value);
                if (quote.Length == 0) continue;
                var hits = source.FindAll(quote, 0, source.Value.Length);
                if (hits.Count == 0)
                {
                    Report(Rules.QuoteNotFound, figure.Quote.Location, $"quote of '{figure.Key.Value}' not found in the source text: \"{figure.Quote.Value}\"");
                    continue;
                }
                if (hits.Count > 1)
                {
                    Report(Rules.QuoteAmbiguous, figure.Quote.Location, $"quote of '{figure.Key.Value}' occurs {hits.Count} times in the source; lengthen it until it is unique");
                }
                else if (spans.TryGetValue(figure.Section.Value, out var span) && !span.Contains(hits[0], hits[0] + quote.Length))
                {
                    Report(Rules.QuoteOutsideSection, figure.Quote.Location, $"quote of '{figure.Key.Value}' is not in the text of section '{figure.Section.Value}'");
                }
                CheckValueInQuote(figure, quote);
            }
        }

        private void CheckValueInQuote(FigureSpec figure, string foldedQuote)
        {
            if (figure.Qualitative) return;
            if (figure.Written is { } written)
            {
                if (foldedQuote.IndexOf(FoldedText.FoldString(written), StringComparison.Ordinal) < 0)
                {
                    Report(Rules.ValueNotInQuote, figure.Quote.Location, $"'{figure.Key.Value}' is written '{written}', which is not in its quote");
                }
                return;
            }
            foreach (var number in new[] { figure.Value, figure.Max })
            {
                if (number.Value is not null && !NumberTokens.Contains(foldedQuote, number.Value))
                {
                    Report(Rules.ValueNotInQuote, number.Location, $"{number.Value} does not stand in the quote of '{figure.Key.Value}' as written; quote the number or give 'written'");
                }
            }
        }

        private void CheckDismissalTexts(FoldedText source, Dictionary<string, SectionSpan> spans)
        {
            foreach (var dismissal in _report.Dismissed)
            {
                var text = FoldedText.FoldString(dismissal.Text.Value);
                var (start, end) = dismissal.Section.Value is { } path && spans.TryGetValue(path, out var span)
                    ? (span.Start, span.End)
                    : (0, source.Value.Length);
                if (text.Length > 0 && source.FindAll(text, start, end).Count == 0)
                {
                    Report(Rules.QuoteNotFound, dismissal.Text.Location, $"dismissed text \"{dismissal.Text.Value}\" not found in the source{(dismissal.Section.Value is null ? "" : $" section '{dismissal.Section.Value}'")}");
                }
            }
        }

        private bool SectionExists(string path)
        {
            var level = _report.Sections;
            foreach (var key in path.Split('/'))
            {
                var section = level.FirstOrDefault(s => s.Key.Value == key);
                if (section is null) return false;
                level = section.Children;
            }
            return path.Length > 0;
        }

        private void CheckKebab(Located<string> key, string what)
        {
            if (key.Value.Length > 0 && !Identifiers.IsKebabCase(key.Value))
            {
                Report(Rules.InvalidKey, key.Location, $"{what} '{key.Value}' must be kebab-case (words of lower-case letters and digits joined by '-')");
            }
        }

        private void CheckUnique(Dictionary<string, string> identifiers, Located<string> key, string scope)
        {
            var identifier = Identifiers.ToPascalCase(key.Value);
            if (identifiers.TryGetValue(identifier, out var first))
            {
                var why = first == key.Value ? $"'{key.Value}' is used twice" : $"'{key.Value}' and '{first}' both become '{identifier}' in C#";
                Report(Rules.DuplicateKey, key.Location, $"{why} among the {scope}");
                return;
            }
            identifiers.Add(identifier, key.Value);
        }

        private void CheckCode(Located<string> code, IReadOnlyList<string> allowed, string what)
        {
            if (code.Value.Length > 0 && !allowed.Contains(code.Value))
            {
                Report(Rules.UnknownCode, code.Location, $"unknown {what} '{code.Value}'; expected one of: {string.Join(", ", allowed)}");
            }
        }

        private static bool IsOrderedPeriod(string period)
        {
            var parts = period.Split('-');
            return parts.Length == 1 || string.CompareOrdinal(parts[0], parts[1]) < 0;
        }

        private static decimal Parse(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

        private void Report(Rule rule, TextLocation location, string message) => _diagnostics.Add(rule.At(location, message));
    }
}
