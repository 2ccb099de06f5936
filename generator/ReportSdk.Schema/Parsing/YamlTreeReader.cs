using System;
using System.Collections.Generic;
using System.IO;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportSdk.Schema.Parsing
{
    /// <summary>
    /// Reads YAML text into a <see cref="YamlNode"/> tree. Syntax errors, duplicate fields and
    /// anchors/aliases become diagnostics; reading goes on where it can so that one run reports
    /// every error.
    /// </summary>
    public sealed class YamlTreeReader
    {
        private readonly string _path;
        private readonly List<Finding> _diagnostics;
        private IParser _parser = null!;

        /// <summary>Deeper nesting is refused: no report needs it, and unbounded recursion would overflow the stack.</summary>
        public const int MaxDepth = 100;

        private int _depth;

        // Where the last event ended: the best position for errors YamlDotNet gives none for.
        private Mark _lastMark = Mark.Empty;

        private YamlTreeReader(string path, List<Finding> diagnostics)
        {
            _path = path;
            _diagnostics = diagnostics;
        }

        /// <summary>The document's root node, or null when the text is not readable YAML.</summary>
        public static YamlNode? Read(string path, string text, List<Finding> diagnostics)
        {
            var reader = new YamlTreeReader(path, diagnostics);
            try
            {
                return reader.ReadDocument(text);
            }
            catch (YamlException e)
            {
                var location = e.Start.Index == 0 && e.Start.Line <= 1 ? reader.Unpositioned(text) : reader.Locate(e.Start, e.End);
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
                return new YamlScalar("", false, Locate(alias.Start, alias.End));
            }
            if (_parser.TryConsume<Scalar>(out var scalar))
            {
                ReportAnchor(scalar);
                return new YamlScalar(scalar.Value, scalar.Style != ScalarStyle.Plain, Locate(scalar.Start, scalar.End));
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
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new HashSet<string>();
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode();
                var value = ReadNode();
                if (keyNode is not YamlScalar key)
                {
                    _diagnostics.Add(Rules.WrongType.At(keyNode.Location, "a field name must be plain text"));
                    continue;
                }
                if (!seen.Add(key.Value))
                {
                    _diagnostics.Add(Rules.DuplicateField.At(key.Location, $"field '{key.Value}' is given twice in this mapping"));
                    continue;
                }
                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
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
        private TextLocation Unpositioned(string text)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                var tab = lines[i].IndexOf('\t', 0, indent);
                if (tab >= 0) return new TextLocation(_path, i + 1, tab + 1, i + 1, tab + 2, 0, 0);
            }
            return Locate(_lastMark, _lastMark);
        }

        private TextLocation Locate(Mark start, Mark end)
            => new(_path, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column, (int)start.Index, (int)end.Index);

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
