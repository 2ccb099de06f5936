using System;
using System.Collections.Generic;
using System.IO;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>
    /// Reads YAML text into a <see cref="YamlNode"/> tree. Syntax errors, duplicate fields and
    /// anchors/aliases become diagnostics; reading goes on where it can so that one run reports
    /// every error.
    /// </summary>
    internal sealed class YamlTreeReader
    {
        private readonly string _path;
        private readonly List<Finding> _diagnostics;
        private readonly LineMap _lines;
        private IParser _parser = null!;

        /// <summary>Deeper nesting is refused: no report needs it, and unbounded recursion would overflow the stack.</summary>
        public const int MaxDepth = 100;

        private int _depth;

        // Where the last event ended: the best position for errors YamlDotNet gives none for.
        private Mark _lastMark = Mark.Empty;

        private YamlTreeReader(string path, string text, List<Finding> diagnostics)
        {
            _path = path;
            _diagnostics = diagnostics;
            _lines = new LineMap(text);
        }

        /// <summary>The document's root node, or null when the text is not readable YAML.</summary>
        public static YamlNode? Read(string path, string text, List<Finding> diagnostics)
        {
            var reader = new YamlTreeReader(path, text, diagnostics);
            try
            {
                return reader.ReadDocument(text);
            }
            catch (YamlException e)
            {
                var location = e.Start.Index == 0 && e.Start.Line <= 1 ? reader.Unpositioned() : reader.Locate(e.Start, e.End);
                diagnostics.Add(Rules.YamlSyntax.At(location, CleanMessage(e)));
                return null;
            }
            catch (InvalidOperationException e)
            {
                // YamlDotNet throws this (not a YamlException) for some unclosed flow collections.
                diagnostics.Add(Rules.YamlSyntax.At(reader.Locate(reader._lastMark, reader._lastMark), "unexpected end of a flow list or mapping ([…] or {…}); is a bracket unclosed? " + e.Message));
                return null;
            }
        }

        private YamlNode? ReadDocument(string text)
        {
            _parser = new Parser(new StringReader(text));
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                return null;
            }
            _parser.Consume<DocumentStart>();
            var root = ReadNode();
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var extra))
            {
                _diagnostics.Add(Rules.YamlSyntax.At(Locate(extra.Start, extra.End), "only one YAML document per file is allowed"));
            }
            return root;
        }

        private YamlNode ReadNode()
        {
            if (_parser.Current is { } current) _lastMark = current.End;
            if (_parser.TryConsume<AnchorAlias>(out var alias))
            {
                _diagnostics.Add(Rules.AnchorOrAlias.At(Locate(alias.Start, alias.End),
                    $"alias '*{alias.Value}' is not allowed; write the value out"));
                return new YamlValue("", false, Locate(alias.Start, alias.End));
            }
            if (_parser.TryConsume<Scalar>(out var scalar))
            {
                ReportAnchor(scalar);
                var location = Locate(scalar.Start, scalar.End);
                var value = scalar.Value;
                if (Validation.ValueRules.LoneSurrogate(value) is var at and >= 0)
                {
                    // Half a character is no text: an export could not hold it, and the runtime would read another value.
                    _diagnostics.Add(Rules.WrongType.At(location,
                        $"the value holds a lone surrogate (U+{(int)value[at]:X4}), half of a character, which is not text; write the whole character or remove it"));
                    // Read on with U+FFFD in its place, so no later rule trips over it.
                    value = Validation.ValueRules.WithoutLoneSurrogates(value);
                }
                return new YamlValue(value, scalar.Style != ScalarStyle.Plain, location);
            }
            if (_parser.Accept<NodeEvent>(out var start) && start is SequenceStart or MappingStart && ++_depth > MaxDepth)
            {
                throw new YamlException(start.Start, start.End, $"nesting is deeper than {MaxDepth} levels");
            }
            try
            {
                return ReadCollection();
            }
            finally
            {
                if (start is SequenceStart or MappingStart) _depth--;
            }
        }

        private YamlNode ReadCollection()
        {
            if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                ReportAnchor(sequenceStart);
                var items = new List<YamlNode>();
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode());
                }
                return new YamlSequence(items, Locate(sequenceStart.Start, sequenceStart.End));
            }
            var mappingStart = _parser.Consume<MappingStart>();
            ReportAnchor(mappingStart);
            var entries = new List<KeyValuePair<YamlValue, YamlNode>>();
            var seen = new HashSet<string>();
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode();
                var value = ReadNode();
                if (keyNode is not YamlValue key)
                {
                    _diagnostics.Add(Rules.WrongType.At(keyNode.Location, "a field name must be plain text"));
                    continue;
                }
                if (!seen.Add(key.Value))
                {
                    _diagnostics.Add(Rules.DuplicateField.At(key.Location, $"field '{key.Value}' is given twice in this mapping"));
                    continue;
                }
                entries.Add(new KeyValuePair<YamlValue, YamlNode>(key, value));
            }
            return new YamlMapping(entries, Locate(mappingStart.Start, mappingStart.End));
        }

        private void ReportAnchor(NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                _diagnostics.Add(Rules.AnchorOrAlias.At(Locate(node.Start, node.End),
                    $"anchor '&{node.Anchor.Value}' is not allowed; anchors and aliases have no use in report data"));
            }
        }

        /// <summary>
        /// Where an error without a position most likely is: the first tab used for indentation
        /// (YAML forbids them, and YamlDotNet reports that without a position), else the last event read.
        /// </summary>
        private TextLocation Unpositioned()
        {
            for (var i = 1; i <= _lines.Count; i++)
            {
                var line = _lines.Line(i);
                var indent = line.Length - line.TrimStart(' ', '\t').Length;
                var tab = line.IndexOf('\t', 0, indent);
                if (tab >= 0) return Locate(i, tab + 1, -1, i, tab + 2, -1);
            }
            return Locate(_lastMark, _lastMark);
        }

        private TextLocation Locate(Mark start, Mark end)
            => Locate(ToInt(start.Line), ToInt(start.Column), ToInt(start.Index), ToInt(end.Line), ToInt(end.Column), ToInt(end.Index));

        /// <summary>
        /// A location clamped to the text: YamlDotNet reports errors at the end of a truncated file
        /// one position past it (the line after the last, or the column after a final line
        /// break), which no editor, GitHub annotation or SARIF viewer can show. A position past the
        /// end becomes the end of the last line; an end before its start becomes the start.
        /// </summary>
        private TextLocation Locate(int line, int column, int index, int endLine, int endColumn, int endIndex)
        {
            var start = _lines.Clamp(line, column, index);
            var end = _lines.Clamp(endLine, endColumn, endIndex);
            if (end.Line < start.Line || (end.Line == start.Line && end.Column < start.Column)) end = start;
            return new TextLocation(_path, start.Line, start.Column, end.Line, end.Column, start.Index, end.Index);
        }

        private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : value < int.MinValue ? int.MinValue : (int)value;

        /// <summary>
        /// Where the lines of a text start and how long they are, with YamlDotNet's (YAML 1.1)
        /// line breaks: LF, CR, CR LF, U+0085, U+2028 and U+2029, so that its line numbers index
        /// this map. Text after the last line break is a line only when it is not empty (a final
        /// line break ends the last line, it does not start another); an empty text has one
        /// empty line.
        /// </summary>
        private sealed class LineMap
        {
            private readonly string _text;
            private readonly List<int> _starts = new();
            private readonly List<int> _lengths = new();

            public LineMap(string text)
            {
                _text = text;
                var start = 0;
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029')) continue;
                    _starts.Add(start);
                    _lengths.Add(i - start);
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    start = i + 1;
                }
                if (start < text.Length || _starts.Count == 0)
                {
                    _starts.Add(start);
                    _lengths.Add(text.Length - start);
                }
            }

            public int Count => _starts.Count;

            /// <summary>The text of 1-based line <paramref name="line"/>, without its line break.</summary>
            public string Line(int line) => _text.Substring(_starts[line - 1], _lengths[line - 1]);

            /// <summary>
            /// The position with 1 ≤ line ≤ the number of lines, 1 ≤ column ≤ the line's length + 1
            /// and 0 ≤ index ≤ the text's length. A position past the last line is the end of the
            /// last line. A position that had to move, or a negative index, gets the index of
            /// its line and column.
            /// </summary>
            public (int Line, int Column, int Index) Clamp(int line, int column, int index)
            {
                var moved = false;
                if (line > Count)
                {
                    line = Count;
                    column = int.MaxValue;
                    moved = true;
                }
                else if (line < 1)
                {
                    line = 1;
                    moved = true;
                }
                var length = _lengths[line - 1];
                if (column < 1 || column > length + 1)
                {
                    column = column < 1 ? 1 : length + 1;
                    moved = true;
                }
                var computed = _starts[line - 1] + column - 1;
                return (line, column, moved || index < 0 ? computed : Math.Min(index, _text.Length));
            }
        }

        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, ...)"; the location is ours to print.
        private static string CleanMessage(YamlException e)
        {
            var message = e.Message;
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(", StringComparison.Ordinal) && close > 0)
            {
                message = message.Substring(close + 3);
            }
            return message.TrimEnd('.');
        }
    }
}
