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

        /// <summary>A <c>/// &lt;summary&gt;</c> comment; the text is escaped for XML.</summary>
        public SourceWriter Summary(string text)
        {
            Line("/// <summary>");
            var lines = CSharp.XmlDocLines(text).ToList();
            // IntelliSense joins a summary's lines into one: each in a <para> keeps its own line.
            foreach (var line in lines) Line(lines.Count == 1 ? "/// " + line : "/// <para>" + line + "</para>");
            return Line("/// </summary>");
        }

        /// <summary>A <c>/// &lt;summary&gt;</c> comment from XML the emitter wrote itself (data in it already escaped).</summary>
        public SourceWriter SummaryXml(string xml)
        {
            Line("/// <summary>");
            foreach (var line in xml.Split('\n')) Line("/// " + line);
            return Line("/// </summary>");
        }

        public override string ToString() => _builder.ToString();
    }
}
