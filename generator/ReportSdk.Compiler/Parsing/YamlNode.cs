using System.Collections.Generic;
using ReportSdk.Compiler.Model;

namespace ReportSdk.Compiler.Parsing
{
    /// <summary>
    /// A YAML node with its location. A small tree of our own (instead of YamlDotNet's
    /// representation model) so that duplicate fields and anchors are findings, not exceptions.
    /// </summary>
    internal abstract class YamlNode
    {
        protected YamlNode(TextLocation location) => Location = location;

        public TextLocation Location { get; }

        /// <summary>What the node is, for messages: "a text", "a list", "a mapping".</summary>
        public abstract string Describe();
    }

    /// <summary>A scalar: its text exactly as written, and whether it was quoted.</summary>
    internal sealed class YamlValue : YamlNode
    {
        public YamlValue(string value, bool isQuoted, TextLocation location) : base(location)
        {
            Value = value;
            IsQuoted = isQuoted;
        }

        public string Value { get; }

        public bool IsQuoted { get; }

        /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar.</summary>
        public bool IsNull => !IsQuoted && (Value.Length == 0 || Value == "null" || Value == "~" || Value == "Null" || Value == "NULL");

        public override string Describe() => IsNull ? "null" : $"'{Value}'";
    }

    /// <summary>A sequence (list).</summary>
    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(IReadOnlyList<YamlNode> items, TextLocation location) : base(location) => Items = items;

        public IReadOnlyList<YamlNode> Items { get; }

        public override string Describe() => "a list";
    }

    /// <summary>A mapping, its entries in file order (duplicates already reported and dropped).</summary>
    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(IReadOnlyList<KeyValuePair<YamlValue, YamlNode>> entries, TextLocation location) : base(location)
            => Entries = entries;

        public IReadOnlyList<KeyValuePair<YamlValue, YamlNode>> Entries { get; }

        public override string Describe() => "a mapping";
    }
}
