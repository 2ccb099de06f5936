using System;

namespace ReportSdk.Cli.Output
{
    /// <summary>
    /// A file (or the site's folder) a command would replace is read-only: refused as a plain write
    /// to it would be, and left as it was. The message names the file and what to do.
    /// </summary>
    internal sealed class ReadOnlyFileException : UnauthorizedAccessException
    {
        public ReadOnlyFileException(string path)
            : base($"'{path}' is read-only: not replaced; make it writable first (chmod u+w) or write elsewhere")
        {
            Path = path;
        }

        /// <summary>The path as the command was given it.</summary>
        public string Path { get; }
    }
}
