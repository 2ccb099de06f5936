using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Curation.Intake;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Schema.Diagnostics;
using ReportSdk.Schema.Model;
using ReportSdk.Schema.Parsing;
using ReportSdk.Schema.Text;

namespace ReportSdk.Cli.Commands
{
    /// <summary>
    /// <c>reportsdk new-report --source FILE --id ID --region R [--out DIR]</c>: takes in a document
    /// as received. Writes its normalized text to <c>DIR/sources/ID.txt</c> (mechanical repairs
    /// only, each recorded in <c>edits</c>) and a YAML skeleton to <c>DIR/reports/R/ID.yaml</c>: both
    /// hashes, the metadata the text gives (marked CHECK), empty fields to fill (marked FILL) and
    /// the numbered headings as the section tree. Then validates it and lists what is left to fill.
    /// Refuses to overwrite either file. Exit 0 when written, 2 on a usage problem.
    /// </summary>
    internal static class NewReportCommand
    {
        public static Command Create(CommandContext context)
        {
            var source = new Option<string>("--source") { Description = "The document as received: a UTF-8 text file", Required = true };
            var id = new Option<string>("--id") { Description = "The report id, kebab-case: luoyang-2021-gwr", Required = true };
            var region = new Option<string>("--region") { Description = "The region code from regions.yaml: luoyang", Required = true };
            var output = new Option<string>("--out") { Description = "The data folder (default: schemas)", DefaultValueFactory = _ => "schemas" };
            var command = new Command("new-report", "Take in a source document: its normalized text and a report YAML to fill") { source, id, region, output };
            command.SetAction(result => Run(context, result.GetValue(source)!, result.GetValue(id)!, result.GetValue(region)!, result.GetValue(output)!));
            return command;
        }

        private static int Run(CommandContext context, string sourceFile, string id, string region, string dataFolder)
        {
            if (!Identifiers.IsKebabCase(id) || !Identifiers.IsKebabCase(region))
            {
                var (what, value) = Identifiers.IsKebabCase(id) ? ("--region", region) : ("--id", id);
                context.Error.WriteLine(LineText.Escape($"reportsdk: {what} '{value}' must be kebab-case: lower-case letters and digits joined by '-', such as luoyang-2021-gwr"));
                return ExitCodes.Usage;
            }
            if (!File.Exists(sourceFile))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: --source '{sourceFile}' does not exist"));
                return ExitCodes.Usage;
            }
            if (!Directory.Exists(dataFolder))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: data folder '{dataFolder}' does not exist; create one with 'reportsdk init {dataFolder}' or give --out"));
                return ExitCodes.Usage;
            }
            var textFile = Path.Combine(dataFolder, "sources", id + ".txt");
            var yamlFile = Path.Combine(dataFolder, "reports", region, id + ".yaml");
            var existing = new[] { textFile, yamlFile }.Where(File.Exists).ToList();
            if (existing.Count > 0)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: not overwriting {string.Join(", ", existing.Select(f => $"'{DataFiles.Display(f)}'"))}; nothing written (choose another --id, or remove the file first)"));
                return ExitCodes.Usage;
            }

            var received = File.ReadAllBytes(sourceFile);
            NormalizedSource normalized;
            try
            {
                normalized = SourceNormalizer.Normalize(received);
            }
            catch (InvalidDataException e)
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: --source '{sourceFile}': {e.Message}"));
                return ExitCodes.Usage;
            }
            var report = new NewReport(id, region, Path.GetFileName(sourceFile), Sha256.OfBytes(received), $"../../sources/{id}.txt", normalized, Sha256.OfText(normalized.Text));
            var sections = HeadingFinder.Find(normalized.Text);
            var yaml = ReportSkeleton.Write(report, MetadataGuess.Read(normalized.Text), sections);

            Directory.CreateDirectory(Path.GetDirectoryName(textFile)!);
            Directory.CreateDirectory(Path.GetDirectoryName(yamlFile)!);
            var utf8 = new UTF8Encoding(false);
            AtomicFile.WriteAllBytes(textFile, utf8.GetBytes(normalized.Text));
            AtomicFile.WriteAllBytes(yamlFile, utf8.GetBytes(yaml));
            context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(textFile)} ({normalized.Edits.Count} repairs, listed in the YAML's edits)"));
            context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(yamlFile)} ({Count(sections)} numbered headings as sections)"));
            ReportWhatRemains(context, yamlFile);
            return ExitCodes.Ok;
        }

        /// <summary>Validates the new report with its registries and lists its findings: the fields to fill, and anything else.</summary>
        private static void ReportWhatRemains(CommandContext context, string yamlFile)
        {
            var given = DataFiles.Read(new[] { yamlFile });
            var dataset = DatasetLoader.Compile(given, out _);
            if (DataFiles.MissingRegistries(given).Count == 0)
            {
                context.Warn($"no registries ({string.Join(", ", RegistryParser.FileNames)}) above '{DataFiles.Display(yamlFile)}'; run 'reportsdk init'");
            }
            var findings = FindingWriter.Ordered(dataset.Findings);
            var toFill = findings.Count(f => f.Id == Rules.MissingField.Id);
            var other = findings.Count - toFill;
            context.Output.WriteLine($"to do: {toFill} fields to fill (FILL){(other > 0 ? $", {other} other findings" : "")}; then add the targets and actuals with their quotes:");
            foreach (var finding in findings) context.Output.WriteLine("  " + FindingWriter.Text(finding));
        }

        private static int Count(IReadOnlyList<SectionDraft> sections) => sections.Sum(s => 1 + Count(s.Children));
    }
}
