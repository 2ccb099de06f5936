using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSdk.Cli.Loading;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Text;

namespace ReportSdk.Cli.Curating
{
    /// <summary>One hash of a report's <c>source</c> block that is not what its file gives.</summary>
    /// <param name="Field">originalSha256 or textSha256.</param>
    /// <param name="Scalar">Where the value is written.</param>
    /// <param name="Old">The value written.</param>
    /// <param name="New">The hash of the file.</param>
    internal sealed record HashChange(string Field, YamlValue Scalar, string Old, string New);

    /// <summary>
    /// The two hashes of one report's <c>source</c> block, recomputed from their files with the
    /// compiler's hashing (<see cref="Sha256"/>): <c>textSha256</c> from the normalized text (read
    /// as the validator reads it, so a fresh value never fails RS3004), <c>originalSha256</c> from
    /// the document as received — only when it is found in the folder of originals given, because
    /// the data holds the normalized text, not the original. Without it the written value stands:
    /// it was taken when the document came in (<c>reportsdk new-report</c> does), and nothing here
    /// can recompute it.
    /// </summary>
    internal sealed class SourceHashCheck
    {
        private SourceHashCheck(string path, YamlFileText file, IReadOnlyList<HashChange> changes, string? originalNotFound)
        {
            Path = path;
            File = file;
            Changes = changes;
            OriginalNotFound = originalNotFound;
        }

        /// <summary>The report file, as given.</summary>
        public string Path { get; }

        /// <summary>The report file's text.</summary>
        public YamlFileText File { get; }

        /// <summary>The hashes that differ from their files; empty when both are up to date.</summary>
        public IReadOnlyList<HashChange> Changes { get; }

        /// <summary>The original's file name when it was not found, so originalSha256 was not checked.</summary>
        public string? OriginalNotFound { get; }

        /// <summary>Checks one report file.</summary>
        /// <param name="path">The report YAML.</param>
        /// <param name="originals">The folder of documents as received, or null.</param>
        /// <exception cref="InvalidDataException">The file cannot be read as YAML with a source block, or its text is missing; the message says which.</exception>
        public static SourceHashCheck Run(string path, string? originals)
        {
            var file = YamlFileText.Read(path);
            var findings = new List<Finding>();
            var root = YamlTreeReader.Read(path, file.Text, findings);
            if (findings.FirstOrDefault(f => f.Level == DiagnosticLevel.Error) is { } syntax)
            {
                throw new InvalidDataException($"({syntax.Location.Line},{syntax.Location.Column}): {syntax.Message}; run 'reportsdk validate'");
            }
            var source = Field(root, "source") as YamlMapping ?? throw new InvalidDataException(": no 'source' block");
            var text = Scalar(source, "textSha256");
            var textPath = Scalar(source, "text");
            // Read as validate reads it, so a fresh value never fails RS3004.
            var sourceText = DataFiles.ReadSource(SourcePaths.Resolve(path, textPath.Value))
                ?? throw new InvalidDataException($"({textPath.Location.Line},{textPath.Location.Column}): source text '{textPath.Value}' not found");
            var changes = new List<HashChange>();
            Compare(changes, "textSha256", text, Sha256.OfText(sourceText.Text));

            var original = Scalar(source, "original");
            var originalFile = originals is null || original.Value.Length == 0 ? null : System.IO.Path.Combine(originals, original.Value);
            string? notFound = null;
            if (originalFile is not null && System.IO.File.Exists(originalFile))
            {
                Compare(changes, "originalSha256", Scalar(source, "originalSha256"), Sha256.OfBytes(Loading.InputFiles.ReadAllBytes(originalFile)));
            }
            else
            {
                notFound = original.Value;
            }
            return new SourceHashCheck(path, file, changes, notFound);
        }

        /// <summary>The report's text with the differing hashes replaced, every other byte as it was.</summary>
        public YamlFileText Updated() => File.With(ScalarEdit.Apply(File.Text, Changes.Select(c => (c.Scalar, c.New))));

        private static void Compare(List<HashChange> changes, string field, YamlValue written, string actual)
        {
            // The validator compares without regard to case; an upper-case hash is not a difference.
            if (!string.Equals(written.Value, actual, StringComparison.OrdinalIgnoreCase)) changes.Add(new HashChange(field, written, written.Value, actual));
        }

        private static YamlNode? Field(YamlNode? mapping, string name)
            => (mapping as YamlMapping)?.Entries.FirstOrDefault(e => e.Key.Value == name).Value;

        private static YamlValue Scalar(YamlMapping source, string name)
            => Field(source, name) as YamlValue
               ?? throw new InvalidDataException($"({source.Location.Line},{source.Location.Column}): the source block has no '{name}' value");
    }
}
