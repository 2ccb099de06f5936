using System.Linq;
using System.Text;

namespace ReportSdk.Generator.Emit
{
    /// <summary>A string builder that indents, for writing C# source. Always writes LF line ends.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        public SourceWriter Open(string header)
        {
            if (header.Length > 0) Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>
        /// A <c>/// &lt;summary&gt;</c> comment; the text is escaped for XML. One line of text is one
        /// line of comment (<c>/// &lt;summary&gt;…&lt;/summary&gt;</c>): a dataset has a summary on
        /// every member, and each line more is parsed and written to the XML docs again per member.
        /// </summary>
        public SourceWriter Summary(string text)
        {
            var lines = CSharp.XmlDocLines(text).ToList();
            if (lines.Count == 1) return Line("/// <summary>" + lines[0] + "</summary>");
            Line("/// <summary>");
            // IntelliSense joins a summary's lines into one: each in a <para> keeps its own line.
            foreach (var line in lines) Line("/// <para>" + line + "</para>");
            return Line("/// </summary>");
        }

        /// <summary>A <c>/// &lt;summary&gt;</c> comment from XML the emitter wrote itself (data in it already escaped).</summary>
        public SourceWriter SummaryXml(string xml)
        {
            var lines = xml.Split('\n');
            if (lines.Length == 1) return Line("/// <summary>" + xml + "</summary>");
            Line("/// <summary>");
            foreach (var line in lines) Line("/// " + line);
            return Line("/// </summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
