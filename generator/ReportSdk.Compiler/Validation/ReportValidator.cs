using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Naming;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Validation
{
    /// <summary>
    /// Checks a parsed report against the registries (RS2xxx) and its normalized source text
    /// (RS3xxx), plus the shape rules that need more than one field (RS1003 for empty texts,
    /// RS1004 for years, RS1007–RS1009). The wording around a figure's number in its quote
    /// (people counted, 万/亿, 余/多) is read by <see cref="QuoteWording"/> (RS3008–RS3010).
    /// </summary>
    internal sealed class ReportValidator
    {
        /// <summary>Measure words that count people: such a figure takes a unit of dimension people, not count.</summary>

        private readonly ReportSpec _report;
        private readonly RegistrySpec _registry;
        private readonly List<Finding> _diagnostics = new();

        /// <summary>The anchors for the closest passage of a quote not found (RS3001); built on first use.</summary>
        private PassageIndex? _passages;

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
            _passages = new PassageIndex(folded);
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
                var known = _registry.Regions.Select(r => r.Code.Value).ToList();
                Report(Rules.UnknownRegion, _report.Region.Location, $"unknown region '{_report.Region.Value}'; known: {string.Join(", ", known)}{Hints.DidYouMean(_report.Region.Value, known)}");
            }
            if (_report.Delivered.Value.Length > 0 && !ValueRules.IsDate(_report.Delivered.Value))
            {
                Report(Rules.WrongType, _report.Delivered.Location, $"delivered must be a date written yyyy-MM-dd, not '{_report.Delivered.Value}'");
            }
            foreach (var (year, name) in new[] { (_report.ReviewYear, "reviewYear"), (_report.PlanYear, "planYear") })
            {
                if (year.Value != 0 && !ValueRules.IsYear(year.Value))
                {
                    Report(Rules.WrongType, year.Location, $"{name} must be a year between {ValueRules.FirstYear} and {ValueRules.LastYear}, not {year.Value}");
                }
            }
        }

        private void CheckSectionKeys(EquatableArray<SectionSpec> sections, string parentPath)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var section in sections)
            {
                if (WrittenBlank(section.Key, section.Location))
                {
                    Report(Rules.MissingField, section.Key.Location, "'key' of a section is empty");
                }
                if (section.Role.Value is { } role && ValueRules.IsBlank(role))
                {
                    Report(Rules.MissingField, section.Role.Location, $"'role' of section '{section.Key.Value}' is empty");
                }
                CheckKebab(section.Key, "section key");
                if (section.IsPreamble)
                {
                    CheckPreamble(section, sections);
                }
                else
                {
                    if (section.Number.Length > 0 && ValueRules.IsBlank(section.Number))
                    {
                        Report(Rules.MissingField, section.Location, $"'number' of section '{section.Key.Value}' is empty");
                    }
                    if (WrittenBlank(section.Title, section.Location))
                    {
                        Report(Rules.MissingField, section.Title.Location, $"'title' of section '{section.Key.Value}' is empty");
                    }
                }
                CheckUnique(names, section.Key, parentPath.Length == 0 ? "top-level section" : $"section under '{parentPath}'");
                if (section.Role.Value is not null)
                {
                    CheckCode(new Located<string>(section.Role.Value, section.Role.Location), Codes.SectionRoles, "section role");
                }
                CheckSectionKeys(section.Children, parentPath.Length == 0 ? section.Key.Value : parentPath + "/" + section.Key.Value);
            }
        }

        /// <summary>The preamble stands first, has no heading (number, title) and no subsections: its text is all before the first heading.</summary>
        private void CheckPreamble(SectionSpec section, EquatableArray<SectionSpec> siblings)
        {
            var key = section.Key.Value;
            if (!ReferenceEquals(siblings[0], section))
            {
                Report(Rules.InconsistentQuantity, section.Location, $"section '{key}' is the preamble, the text before the first numbered heading: it must be the first section");
            }
            if (section.Number.Length > 0 || section.Title.Value.Length > 0)
            {
                Report(Rules.InconsistentQuantity, section.Title.Value.Length > 0 ? section.Title.Location : section.Location,
                    $"section '{key}' is the preamble: it has no heading, so no 'number' or 'title'");
            }
            if (section.Children.Count > 0)
            {
                Report(Rules.InconsistentQuantity, section.Location, $"section '{key}' is the preamble: it has no subsections");
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
                CheckNotBlank(figure, what);
                CheckQuantity(figure, what);
                if (figure.Unreviewed)
                {
                    Report(Rules.UnreviewedFigure, figure.Key.Location,
                        $"{what} '{figure.Key.Value}' was proposed by reportsdk draft and is not reviewed yet; check it against the source, then remove 'unreviewed: true'");
                }
                if (figure.Kind.Value is not null)
                {
                    CheckCode(new Located<string>(figure.Kind.Value, figure.Kind.Location), Codes.FigureKinds, $"{what} kind");
                }
                if (Given(figure.Period.Value) && !ValueRules.IsPeriod(figure.Period.Value))
                {
                    Report(Rules.WrongType, figure.Period.Location, $"period of {what} '{figure.Key.Value}' must be a year (2021) or a range of years (2021-2025), not '{figure.Period.Value}'");
                }
                if (figure.ConflictsWith.Value == figure.Key.Value)
                {
                    Report(Rules.ReferenceNotFound, figure.ConflictsWith.Location, $"conflictsWith must name another {what}, not '{figure.Key.Value}' itself");
                }
                else if (figure.ConflictsWith.Value is { } other && Given(other) && !keys.Contains(other))
                {
                    Report(Rules.ReferenceNotFound, figure.ConflictsWith.Location,
                        $"conflictsWith names '{other}', which is not a key among the {what}s{Hints.DidYouMean(other, keys.Where(k => k != figure.Key.Value))}");
                }
                if (Given(figure.Section.Value) && !SectionExists(figure.Section.Value))
                {
                    Report(Rules.SectionNotFound, figure.Section.Location, $"section path '{figure.Section.Value}' not found; paths are section keys joined by '/'{Hints.DidYouMean(figure.Section.Value, SectionPaths())}");
                }
            }
        }

        private void CheckQuantity(FigureSpec figure, string what)
        {
            if (figure.Qualitative)
            {
                if (figure.Value.Value is not null || figure.Max.Value is not null || figure.Unit.Value is not null
                    || figure.Measure is not null || figure.Bound.Value is not null || figure.Written is not null)
                {
                    Report(Rules.InconsistentQuantity, figure.Location, $"{what} '{figure.Key.Value}' is qualitative and so has no value, max, unit, measure, bound or written");
                }
                // A qualitative figure still names its indicator: the generated code refers to it.
                if (figure.Indicator.Value is { } qualitativeIndicator && Given(qualitativeIndicator) && _registry.FindIndicator(qualitativeIndicator) is null)
                {
                    Report(Rules.UnknownIndicator, figure.Indicator.Location, $"unknown indicator '{qualitativeIndicator}'; see indicators.yaml{Hints.DidYouMean(qualitativeIndicator, IndicatorCodes)}");
                }
                return;
            }
            var bound = figure.Bound.Value;
            if (bound is not null)
            {
                CheckCode(new Located<string>(bound, figure.Bound.Location), Codes.Bounds, "bound");
                if (!ValueRules.IsBoundOf(bound, isTarget: what == "target"))
                {
                    Report(Rules.InconsistentQuantity, figure.Bound.Location, $"target '{figure.Key.Value}' has bound estimate, which is for actuals only (预计); give a target the bound its wording states (exact, at-least, about…)");
                }
                if (bound == "range" && figure.Max.Value is null)
                {
                    Report(Rules.InconsistentQuantity, figure.Bound.Location, $"{what} '{figure.Key.Value}' has bound range and so needs 'max'");
                }
                if (bound != "range" && figure.Max.Value is not null)
                {
                    Report(Rules.InconsistentQuantity, figure.Max.Location, $"'max' of {what} '{figure.Key.Value}' goes only with bound range, not {bound}");
                }
                if (bound == "range" && figure.Max.Value is not null && figure.Value.Value is not null
                    && !ValueRules.IsAboveValue(figure.Max.Value, figure.Value.Value))
                {
                    Report(Rules.InconsistentQuantity, figure.Max.Location, $"max {figure.Max.Value} of {what} '{figure.Key.Value}' must be greater than its value {figure.Value.Value}");
                }
            }
            var unit = figure.Unit.Value is null ? null : _registry.FindUnit(figure.Unit.Value);
            if (Given(figure.Unit.Value) && unit is null)
            {
                Report(Rules.UnknownUnit, figure.Unit.Location, $"unknown unit '{figure.Unit.Value}'; see units.yaml{Hints.DidYouMean(figure.Unit.Value!, _registry.Units.Select(u => u.Code.Value))}");
            }
            if (figure.Measure is not null && unit is not null && unit.Dimension != ValueRules.CountDimension)
            {
                Report(Rules.InconsistentQuantity, figure.Unit.Location, $"'measure' ({figure.Measure}) of {what} '{figure.Key.Value}' goes only with a unit of dimension count, not {unit.Code.Value}");
            }
            else if (figure.Measure is not null && ValueRules.IsPeopleMeasure(figure.Measure) && unit is not null)
            {
                Report(Rules.InconsistentQuantity, figure.Unit.Location,
                    $"{what} '{figure.Key.Value}' counts people ({figure.Measure}), so its unit is one of dimension people (people, 10k-people), without 'measure', not {unit.Code.Value}");
            }
            if (figure.Indicator.Value is { } code && Given(code))
            {
                var indicator = _registry.FindIndicator(code);
                if (indicator is null)
                {
                    Report(Rules.UnknownIndicator, figure.Indicator.Location, $"unknown indicator '{code}'; see indicators.yaml{Hints.DidYouMean(code, IndicatorCodes)}");
                }
                else if (unit is not null)
                {
                    var admitted = indicator.Units.Select(u => _registry.FindUnit(u.Value)).Where(u => u is not null).Select(u => u!).ToList();
                    if (admitted.Count > 0 && !admitted.Any(u => u.Dimension == unit.Dimension))
                    {
                        Report(Rules.UnitMismatch, figure.Unit.Location,
                            $"unit '{unit.Code.Value}' ({unit.Dimension}) of {what} '{figure.Key.Value}' does not fit indicator '{code}', measured in {string.Join(" or ", admitted.Select(u => $"'{u.Code.Value}' ({u.Dimension})"))}");
                    }
                }
            }
        }

        private void CheckDismissals()
        {
            foreach (var dismissal in _report.Dismissed)
            {
                if (WrittenBlank(dismissal.Text, dismissal.Location))
                {
                    Report(Rules.MissingField, dismissal.Text.Location, "'text' of a dismissed number is empty");
                }
                if (WrittenBlank(dismissal.Reason, dismissal.Location))
                {
                    Report(Rules.MissingField, dismissal.Reason.Location, "'reason' of a dismissed number is empty");
                }
                if (dismissal.Section.Value is { } section && string.IsNullOrWhiteSpace(section))
                {
                    Report(Rules.MissingField, dismissal.Section.Location, "'section' of a dismissed number is empty; give it or leave it out");
                }
                CheckCode(dismissal.Reason, Codes.DismissalReasons, "dismissal reason");
                if (dismissal.Unreviewed)
                {
                    Report(Rules.UnreviewedFigure, dismissal.Text.Location,
                        $"dismissed '{dismissal.Text.Value}' was proposed by reportsdk draft and is not reviewed yet; check it against the source, then remove 'unreviewed: true'");
                }
                if (dismissal.Reason.Value == "other" && string.IsNullOrWhiteSpace(dismissal.Note))
                {
                    Report(Rules.MissingField, dismissal.Location, "a number dismissed for reason 'other' needs a 'note' saying why");
                }
                if (dismissal.Section.Value is { } path && Given(path) && !SectionExists(path))
                {
                    Report(Rules.SectionNotFound, dismissal.Section.Location, $"section path '{path}' not found{Hints.DidYouMean(path, SectionPaths())}");
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
                    Report(Rules.QuoteNotFound, figure.Quote.Location,
                        $"quote of '{figure.Key.Value}' not found in the source text: \"{figure.Quote.Value}\"{Hints.ClosestInSource(_passages!, quote, 0, source.Value.Length)}");
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
                CheckWording(figure, quote);
            }
        }

        /// <summary>
        /// RS3008–RS3010: the words around the figure's number in its quote against its unit and
        /// bound. Each fires only when no occurrence of the number in the quote fits the figure.
        /// </summary>
        private void CheckWording(FigureSpec figure, string foldedQuote)
        {
            if (figure.Qualitative || figure.Value.Value is null) return;
            var numbers = QuoteWording.Read(foldedQuote, figure.Value.Value, figure.Written);
            if (numbers.Count == 0) return;
            var unit = figure.Unit.Value is null ? null : _registry.FindUnit(figure.Unit.Value);
            var shown = numbers[0].Shown(foldedQuote);
            if (unit is not null && unit.Dimension != "people" && numbers.All(n => n.CountsPeople))
            {
                Report(Rules.PeopleUnitMismatch, figure.Unit.Location,
                    $"'{figure.Key.Value}' counts people in its quote ({shown}), but its unit '{unit.Code.Value}' ({unit.Dimension}) is not a unit of people; use people or 10k-people");
            }
            if (unit is not null)
            {
                var unitMagnitude = QuoteWording.MagnitudeOf(unit.Name);
                if (numbers.All(n => n.Magnitude != unitMagnitude))
                {
                    Report(Rules.MagnitudeMismatch, figure.Unit.Location,
                        $"'{figure.Key.Value}' is {shown} in its quote ({Describe(numbers[0].Magnitude)}), but its unit '{unit.Code.Value}' is {unit.Name} ({Describe(unitMagnitude)}); give the value in the unit the quote writes");
                }
            }
            if (figure.Bound.Value == "exact" && numbers.All(n => n.Approximate))
            {
                Report(Rules.ApproximateAsExact, figure.Bound.Location,
                    $"'{figure.Key.Value}' is {shown} in its quote, more than {figure.Written ?? figure.Value.Value}, but its bound is exact; use more-than (余/多)");
            }
        }

        /// <summary>
        /// A required text written blank (<c>quote: ""</c>): the parser reports it absent or null
        /// (then it stands at its mapping), not written empty.
        /// </summary>
        private static bool WrittenBlank(Located<string> text, TextLocation mapping)
            => ValueRules.IsBlank(text.Value) && (text.Value.Length > 0 || text.Location != mapping);

        /// <summary>A value given and not blank; a blank one is RS1003 (from the parser, or <see cref="CheckNotBlank"/>).</summary>
        private static bool Given(string? value) => value is not null && !ValueRules.IsBlank(value);

        private static string Describe(string magnitude) => magnitude.Length == 0 ? "no 万 or 亿" : magnitude;

        private void CheckNotBlank(FigureSpec figure, string what)
        {
            // An absent or null field is RS1003 from the parser already; here only one written blank ("", " ").
            if (figure.Label.Length > 0 && ValueRules.IsBlank(figure.Label))
            {
                Report(Rules.MissingField, figure.Location, $"'label' of {what} '{figure.Key.Value}' is empty");
            }
            foreach (var (text, name) in new[] { (figure.Key, "key"), (figure.Quote, "quote"), (figure.Period, "period"), (figure.Section, "section") })
            {
                if (WrittenBlank(text, figure.Location))
                {
                    Report(Rules.MissingField, text.Location, name == "key" ? $"'key' of {(what == "target" ? "a target" : "an actual")} is empty" : $"'{name}' of {what} '{figure.Key.Value}' is empty");
                }
            }
            foreach (var (code, name) in new[] { (figure.Bound, "bound"), (figure.Kind, "kind"), (figure.Unit, "unit"), (figure.Indicator, "indicator"), (figure.ConflictsWith, "conflictsWith") })
            {
                if (code.Value is not null && ValueRules.IsBlank(code.Value))
                {
                    Report(Rules.MissingField, code.Location, $"'{name}' of {what} '{figure.Key.Value}' is empty{(name is "indicator" or "conflictsWith" ? "; give it or leave it out" : "")}");
                }
            }
            foreach (var (text, name) in new[] { (figure.Measure, "measure"), (figure.Written, "written"), (figure.Note, "note") })
            {
                if (text is not null && ValueRules.IsBlank(text))
                {
                    Report(Rules.MissingField, figure.Location, $"'{name}' of {what} '{figure.Key.Value}' is empty; give it or leave it out");
                }
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
                if (text.Length > 0 && source.FindAll(text, start, end, 1).Count == 0)
                {
                    Report(Rules.QuoteNotFound, dismissal.Text.Location,
                        $"dismissed text \"{dismissal.Text.Value}\" not found in the source{(dismissal.Section.Value is null ? "" : $" section '{dismissal.Section.Value}'")}{Hints.ClosestInSource(_passages!, text, start, end)}");
                }
            }
        }

        /// <summary>Every section path of the report, the candidates of a "did you mean" for a path not found.</summary>
        private IEnumerable<string> SectionPaths() => PathsUnder(_report.Sections, "");

        private static IEnumerable<string> PathsUnder(EquatableArray<SectionSpec> sections, string parentPath)
        {
            foreach (var section in sections)
            {
                var path = parentPath.Length == 0 ? section.Key.Value : parentPath + "/" + section.Key.Value;
                yield return path;
                foreach (var child in PathsUnder(section.Children, path)) yield return child;
            }
        }

        private IEnumerable<string> IndicatorCodes => _registry.Indicators.Select(i => i.Code.Value);

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
            if (!Given(key.Value)) return;
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
                Report(Rules.UnknownCode, code.Location, $"unknown {what} '{code.Value}'; expected one of: {string.Join(", ", allowed)}{Hints.DidYouMean(code.Value, allowed)}");
            }
        }


        private void Report(Rule rule, TextLocation location, string message) => _diagnostics.Add(rule.At(location, message));
    }
}
