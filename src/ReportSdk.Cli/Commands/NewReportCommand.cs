using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ReportSdk.Curation.Drafting;
using ReportSdk.Curation.Intake;
using ReportSdk.Curation.Editing;
using ReportSdk.Cli.Loading;
using ReportSdk.Cli.Output;
using ReportSdk.Compiler.Compiling;
using ReportSdk.Compiler.Diagnostics;
using ReportSdk.Compiler.Model;
using ReportSdk.Compiler.Parsing;
using ReportSdk.Compiler.Regions;
using ReportSdk.Compiler.Text;

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
            var region = new Option<string>("--region") { Description = "The region: a code of regions.yaml (luoyang), a GB/T 2260 code (410300) or a name (洛阳市); found in the text when not given" };
            // No default value here: the default is chosen when the command runs (data; schemas, its old name, where only that exists).
            var output = new Option<string?>("--out") { Description = "The data folder (default: data)" };
            var command = new Command("new-report", "Take in a source document: its normalized text and a report YAML to fill") { source, id, region, output };
            command.SetAction(result => Run(context, result.GetValue(source)!, result.GetValue(id)!, result.GetValue(region), result.GetValue(output) ?? context.DefaultDataFolder()));
            return command;
        }

        private static int Run(CommandContext context, string sourceFile, string id, string? region, string dataFolder)
        {
            if (!Identifiers.IsKebabCase(id))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: --id '{id}' must be kebab-case: lower-case letters and digits joined by '-', such as luoyang-2021-gwr"));
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
            if (File.Exists(textFile))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: not overwriting '{DataFiles.Display(textFile)}'; nothing written (choose another --id, or remove the file first)"));
                return ExitCodes.Usage;
            }

            var received = InputFiles.ReadAllBytesOfNonEmpty(sourceFile);
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

            var regionsFile = Path.Combine(dataFolder, "regions.yaml");
            var regions = new InputFile(regionsFile, File.Exists(regionsFile) ? InputFiles.ReadAllText(regionsFile) : "regions: []\n");
            var registry = new CompileSession().CheckRegistry(new[] { regions }).Spec;
            // A page in traditional characters (貴港市, 會議, 市長) is read as simplified for what the text says of itself.
            var reading = ChineseScript.Reading(normalized.Text);
            var placed = PlaceRegion(context, region, reading, registry);
            if (placed is null) return ExitCodes.Usage;
            var (regionCode, newRegions, how) = placed.Value;

            // reports/<region>/<id>.yaml; a report whose region is still to fill waits in reports/ itself.
            var yamlFile = regionCode.Length == 0 ? Path.Combine(dataFolder, "reports", id + ".yaml") : Path.Combine(dataFolder, "reports", regionCode, id + ".yaml");
            if (File.Exists(yamlFile))
            {
                context.Error.WriteLine(LineText.Escape($"reportsdk: not overwriting '{DataFiles.Display(yamlFile)}'; nothing written (choose another --id, or remove the file first)"));
                return ExitCodes.Usage;
            }
            var up = regionCode.Length == 0 ? "../" : "../../";
            var report = new NewReport(id, regionCode, Path.GetFileName(sourceFile), Sha256.OfBytes(received), $"{up}sources/{id}.txt", normalized, Sha256.OfText(normalized.Text), how)
            {
                SchemaLink = up + "report.schema.json",
            };
            var metadata = MetadataGuess.Read(reading);
            var sections = HeadingFinder.Find(normalized.Text, int.TryParse(metadata.PlanYear?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var planYear) ? planYear : null);
            var yaml = ReportSkeleton.Write(report, metadata, sections);

            Directory.CreateDirectory(Path.GetDirectoryName(textFile)!);
            Directory.CreateDirectory(Path.GetDirectoryName(yamlFile)!);
            var utf8 = new UTF8Encoding(false);
            // regions.yaml first: refused (read-only), it leaves nothing written.
            var writing = regionsFile;
            try
            {
                if (newRegions.Count > 0)
                {
                    var before = File.Exists(regionsFile) ? InputFiles.ReadAllText(regionsFile) : "# yaml-language-server: $schema=registry.schema.json\nregions:\n";
                    AtomicFile.WriteAllBytes(regionsFile, utf8.GetBytes(YamlBlockList.Append(before, "regions", string.Concat(newRegions.Select(r => "  - " + r + "\n")))));
                    context.Output.WriteLine(LineText.Escape($"added {newRegions.Count} region{(newRegions.Count == 1 ? "" : "s")} to {DataFiles.Display(regionsFile)} from the national list of divisions: {string.Join("; ", newRegions)}"));
                }
                writing = textFile;
                AtomicFile.WriteAllBytes(textFile, utf8.GetBytes(normalized.Text));
                writing = yamlFile;
                AtomicFile.WriteAllBytes(yamlFile, utf8.GetBytes(yaml));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return context.CannotWrite(DataFiles.Display(writing), e);
            }
            context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(textFile)} ({normalized.Edits.Count} repairs, listed in the YAML's edits)"));
            context.Output.WriteLine(LineText.Escape($"wrote {DataFiles.Display(yamlFile)} ({Count(sections)} sections: the numbered headings{(sections.Any(s => s.IsPreamble) ? " and the preamble" : "")})"));
            ReportWhatRemains(context, yamlFile);
            return ExitCodes.Ok;
        }

        /// <summary>
        /// The report's region: the one given (a code of regions.yaml, a GB/T 2260 code, a name of the national list),
        /// or the one the text names (<see cref="RegionFinder"/>); with the regions.yaml entries to add for it. Null
        /// (and the reason on standard error) when it cannot be told.
        /// </summary>
        private static (string Code, IReadOnlyList<string> NewRegions, string? How)? PlaceRegion(CommandContext context, string? given, string text, RegistrySpec registry)
        {
            var divisions = AdministrativeDivisions.National;
            if (given is not null)
            {
                if (registry.FindRegion(given) is not null) return (given, Array.Empty<string>(), null);
                var byCode = given.Length == 6 && given.All(char.IsAsciiDigit) ? divisions.Find(given) : null;
                var named = byCode is null ? divisions.Named(given).Concat(divisions.All.Where(d => RegionFinder.Stem(d.Name) == given)).Distinct().ToList() : new List<Division> { byCode };
                if (named.Count == 1)
                {
                    var (code, entries) = RegionRegistration.For(named[0], registry, divisions);
                    return (code, entries, null);
                }
                var known = string.Join(", ", registry.Regions.Select(r => r.Code.Value));
                context.Error.WriteLine(LineText.Escape(named.Count == 0
                    ? $"reportsdk: --region '{given}' is neither a code of regions.yaml ({known}) nor a GB/T 2260 code or name of the national list of divisions{Hints.DidYouMean(given, registry.Regions.Select(r => r.Code.Value))}"
                    : $"reportsdk: --region '{given}' names {named.Count} divisions: {Describe(named, divisions)}; give its GB/T 2260 code"));
                return null;
            }
            var match = RegionFinder.Find(text, divisions);
            if (match.Division is { } found)
            {
                var (code, entries) = RegionRegistration.For(found, registry, divisions);
                return (code, entries, $"found in the text: {found.Name} ({found.Code}); --region to give another");
            }
            // Not found: the skeleton leaves the region to FILL (RS1003 until it is), saying what the text could be about.
            context.Error.WriteLine(LineText.Escape(match.Candidates.Count == 0
                ? "reportsdk: note: the text names no region of the national list of divisions: fill 'region' (or run again with --region, a GB/T 2260 code such as 410300 or a name such as 洛阳市)"
                : $"reportsdk: note: the text could be about {Describe(match.Candidates, divisions)}: fill 'region' (or run again with --region and the code of the right one)"));
            return ("", Array.Empty<string>(), match.Candidates.Count == 0 ? null : "could be " + Describe(match.Candidates, divisions));
        }

        private static string Describe(IEnumerable<Division> divisions, AdministrativeDivisions list)
            => string.Join(", ", divisions.Take(6).Select(d => $"{string.Concat(list.Chain(d).Select(c => c.Name))} {d.Code}"));

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
            context.Output.WriteLine($"to do: {toFill} fields to fill (FILL){(other > 0 ? $", {other} other findings" : "")}{(findings.Count > 0 ? ":" : "")}");
            foreach (var finding in findings) context.Output.WriteLine("  " + FindingWriter.Text(finding));
            context.Output.WriteLine(LineText.Escape($"next: check the lines marked CHECK, then 'reportsdk draft {DataFiles.Display(yamlFile)} --write' proposes the figures and dismissals of the text (docs/curating.md)"));
        }

        private static int Count(IReadOnlyList<SectionDraft> sections) => sections.Sum(s => 1 + Count(s.Children));
    }
}
