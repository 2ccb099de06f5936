using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>
    /// Reads the fields of one YAML mapping into typed values, recording a diagnostic for a
    /// missing, mistyped or unknown field and going on with a default, so that one run
    /// reports every error of a file. A misspelled field is one finding: the unknown field with a
    /// "did you mean", not also the required field it was meant to be as missing.
    /// </summary>
    internal sealed class MappingReader
    {
        private readonly YamlMapping _mapping;
        private readonly List<Finding> _diagnostics;
        private readonly string _what;
        private readonly string? _nameField;
        private readonly HashSet<string> _known = new(StringComparer.Ordinal);

        /// <summary>Required fields reported absent (RS1003), by name, until an unknown field turns out to be one of them misspelled.</summary>
        private readonly Dictionary<string, Finding> _absent = new(StringComparer.Ordinal);

        /// <param name="mapping">The mapping to read.</param>
        /// <param name="what">What the mapping is, with its article, for messages: "a target".</param>
        /// <param name="diagnostics">Where findings go.</param>
        /// <param name="nameField">
        /// The field that names the mapping (a figure's or section's <c>key</c>): messages then say
        /// "target 'gdp-growth'" instead of "a target" whenever the mapping gives it.
        /// </param>
        public MappingReader(YamlMapping mapping, string what, List<Finding> diagnostics, string? nameField = null)
        {
            _mapping = mapping;
            _what = what;
            _diagnostics = diagnostics;
            _nameField = nameField;
        }

        /// <summary>Where the mapping starts.</summary>
        public TextLocation Location => _mapping.Location;

        /// <summary>Reads <paramref name="mappingNode"/> as a mapping, or reports that it is not one.</summary>
        public static MappingReader? For(YamlNode mappingNode, string what, List<Finding> diagnostics, string? nameField = null)
        {
            if (mappingNode is YamlMapping mapping)
            {
                return new MappingReader(mapping, what, diagnostics, nameField);
            }
            diagnostics.Add(Rules.WrongType.At(mappingNode.Location, $"{what} must be a mapping, not {mappingNode.Describe()}"));
            return null;
        }

        /// <summary>The node of a field, or null when it is absent (or a plain null).</summary>
        public YamlNode? Node(string name, bool required = false)
        {
            _known.Add(name);
            var entry = _mapping.Entries.FirstOrDefault(e => e.Key.Value == name);
            var node = entry.Value is YamlValue { IsNull: true } ? null : entry.Value;
            if (node is null && required)
            {
                // An empty field is located at its name; an absent one at the mapping.
                var where = entry.Key?.Location ?? _mapping.Location;
                var finding = Rules.MissingField.At(where, entry.Key is null ? $"{Subject} has no '{name}'" : $"'{name}' of {Subject} is empty");
                _diagnostics.Add(finding);
                if (entry.Key is null && !_absent.ContainsKey(name)) _absent.Add(name, finding);
            }
            return node;
        }

        /// <summary>
        /// What the mapping is, for messages: "target 'gdp-growth'" when it gives its name field,
        /// else <c>what</c> ("a target").
        /// </summary>
        public string Subject
        {
            get
            {
                if (_nameField is null) return _what;
                var name = _mapping.Entries.FirstOrDefault(e => e.Key.Value == _nameField).Value as YamlValue;
                if (name is null || name.IsNull || string.IsNullOrWhiteSpace(name.Value)) return _what;
                // "a target" → "target 'gdp-growth'": the name replaces the article.
                var noun = _what.StartsWith("an ", StringComparison.Ordinal) ? _what.Substring(3)
                    : _what.StartsWith("a ", StringComparison.Ordinal) ? _what.Substring(2) : _what;
                return $"{noun} '{name.Value}'";
            }
        }

        /// <summary>A field for messages: <c>'value' of target 'gdp-growth'</c> in a named mapping, else <c>'value'</c>.</summary>
        private string Field(string name) => _nameField is not null && Subject != _what ? $"'{name}' of {Subject}" : $"'{name}'";

        /// <summary>Where a field's name is written, or the mapping's start when it is absent.</summary>
        public TextLocation KeyLocation(string name)
            => _mapping.Entries.FirstOrDefault(e => e.Key.Value == name).Key?.Location ?? _mapping.Location;

        /// <summary>A text field; a number or date written without quotes is read as its text.</summary>
        public Located<string?> Text(string name, bool required = false)
        {
            var node = Node(name, required);
            if (node is null)
            {
                return new Located<string?>(null, _mapping.Location);
            }
            if (node is YamlValue scalar)
            {
                return new Located<string?>(scalar.Value, scalar.Location);
            }
            _diagnostics.Add(Rules.WrongType.At(node.Location, $"{Field(name)} must be text, not {node.Describe()}"));
            return new Located<string?>(null, node.Location);
        }

        /// <summary>A required text field, empty when absent (already reported).</summary>
        public Located<string> RequiredText(string name)
        {
            var text = Text(name, required: true);
            return new Located<string>(text.Value ?? "", text.Location);
        }

        /// <summary>
        /// A required text that must not be written blank (<c>kind: ""</c>, <c>name: " "</c>): RS1003
        /// at its name, like an absent one. A blank value is returned as empty, so no other rule reads it.
        /// </summary>
        public Located<string> NonBlankText(string name)
        {
            var text = RequiredText(name);
            if (Validation.ValueRules.IsBlank(text.Value) && Node(name) is YamlValue)
            {
                _diagnostics.Add(Rules.MissingField.At(KeyLocation(name), $"'{name}' of {Subject} is empty"));
                return new Located<string>("", text.Location);
            }
            return text;
        }

        /// <summary>A decimal written as a plain YAML number; its text is kept exactly as written.</summary>
        public Located<string?> Decimal(string name, bool required = false)
        {
            var text = Text(name, required);
            if (text.Value is not null && !IsDecimal(text.Value))
            {
                _diagnostics.Add(Rules.WrongType.At(text.Location, $"{Field(name)} must be a number as written in the source, such as 8 or 5128.4 (no sign), not '{text.Value}'"));
                return new Located<string?>(null, text.Location);
            }
            if (text.Value is not null && !DecimalText.TryParseExact(text.Value, out _))
            {
                _diagnostics.Add(Rules.InexactNumber.At(text.Location, $"{Field(name)}: {DecimalText.WhyNotExact(text.Value)}; values are kept exactly as written, so check the number"));
                return new Located<string?>(null, text.Location);
            }
            return text;
        }

        /// <summary>A whole number such as a year.</summary>
        public Located<int> Integer(string name, bool required = false)
        {
            var text = Text(name, required);
            if (text.Value is null)
            {
                return new Located<int>(0, text.Location);
            }
            if (!int.TryParse(text.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                _diagnostics.Add(Rules.WrongType.At(text.Location, $"{Field(name)} must be a whole number, not '{text.Value}'"));
            }
            return new Located<int>(value, text.Location);
        }

        /// <summary>A true/false field, false when absent.</summary>
        public bool Flag(string name)
        {
            var text = Text(name);
            switch (text.Value)
            {
                case null:
                case "false":
                    return false;
                case "true":
                    return true;
                default:
                    _diagnostics.Add(Rules.WrongType.At(text.Location, $"{Field(name)} must be true or false, not '{text.Value}'"));
                    return false;
            }
        }

        /// <summary>The items of a list field (empty when absent).</summary>
        public IReadOnlyList<YamlNode> List(string name, bool required = false)
        {
            var node = Node(name, required);
            switch (node)
            {
                case null:
                    return Array.Empty<YamlNode>();
                case YamlSequence sequence:
                    return sequence.Items;
                default:
                    _diagnostics.Add(Rules.WrongType.At(node.Location, $"{Field(name)} must be a list, not {node.Describe()}"));
                    return Array.Empty<YamlNode>();
            }
        }

        /// <summary>A list of texts.</summary>
        public EquatableArray<string> TextList(string name)
        {
            var texts = new List<string>();
            foreach (var item in List(name))
            {
                if (item is YamlValue scalar)
                {
                    texts.Add(scalar.Value);
                }
                else
                {
                    _diagnostics.Add(Rules.WrongType.At(item.Location, $"each item of {Field(name)} must be text, not {item.Describe()}"));
                }
            }
            return texts.ToEquatableArray();
        }

        /// <summary>
        /// Reports every field that none of the reads above asked for, with the known field it is
        /// closest to. Call last. When that field is required and absent, the unknown field is taken
        /// as its misspelling: the one finding is this RS1002, and its RS1003 is withdrawn.
        /// </summary>
        public void ReportUnknownFields()
        {
            foreach (var entry in _mapping.Entries)
            {
                if (!_known.Contains(entry.Key.Value))
                {
                    var expected = string.Join(", ", _known.OrderBy(k => k, StringComparer.Ordinal));
                    var suggestion = ClosestName.Find(entry.Key.Value, _known);
                    if (suggestion is not null && _absent.TryGetValue(suggestion, out var missing))
                    {
                        var index = _diagnostics.FindIndex(f => ReferenceEquals(f, missing));
                        if (index >= 0) _diagnostics.RemoveAt(index);
                        _absent.Remove(suggestion);
                    }
                    _diagnostics.Add(Rules.UnknownField.At(entry.Key.Location,
                        $"unknown field '{entry.Key.Value}' in {Subject}; expected one of: {expected}{Hints.DidYouMean(suggestion)}"));
                }
            }
        }

        /// <summary>
        /// Plain decimal notation as it stands in a source: digits with an optional fraction. No
        /// sign — a fall (下降2%) is the number 2 with its meaning in the label — and no exponent.
        /// </summary>
        public static bool IsDecimal(string text) => DecimalText.IsPlain(text);
    }
}
