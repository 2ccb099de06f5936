using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Compiler.Diagnostics
{
    /// <summary>One finding in a data file: a rule id, a message and where it is.</summary>
    public sealed record Finding(string Id, DiagnosticLevel Level, string Message, TextLocation Location)
    {
        private readonly string _message = LineText.Escape(Message);

        /// <summary>
        /// The message, always one line: a line break or control character in a value it quotes is escaped
        /// (<c>\n</c>) here, where it is made, so MSBuild, the IDE and the CLI all show the whole message.
        /// </summary>
        public string Message { get => _message; init => _message = LineText.Escape(value); }

        /// <summary>Compiler-style line: <c>path(line,col): error RS1002: message</c>.</summary>
        public override string ToString()
            => $"{Location}: {(Level == DiagnosticLevel.Error ? "error" : "warning")} {Id}: {Message}";
    }
}
